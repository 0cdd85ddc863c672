//! The thumbnail benchmark's worker: runs Caravan's whole intake of an image — decode
//! under limits, EXIF orientation, three WebP thumbnails, SHA-256 and perceptual hash —
//! over many files and writes the thumbnails out, on N threads.
//!
//! `cargo run --release -p caravan-media --example thumbnails -- THREADS OUT_DIR FILE…`

// A benchmark harness: a panic is the report.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

fn main() {
    let mut args = std::env::args().skip(1);
    let threads: usize = args.next().and_then(|t| t.parse().ok()).expect("THREADS");
    let out = PathBuf::from(args.next().expect("OUT_DIR"));
    let files: Vec<PathBuf> = args.map(PathBuf::from).collect();
    std::fs::create_dir_all(&out).unwrap();
    let next = AtomicUsize::new(0);
    let limits = caravan_media::Limits::default();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let bytes = std::fs::read(file).unwrap();
                let got = caravan_media::ingest(&bytes, &limits).unwrap();
                for t in &got.thumbnails {
                    std::fs::write(out.join(format!("{i}-{}.webp", t.size)), &t.bytes).unwrap();
                }
            });
        }
    });
}
