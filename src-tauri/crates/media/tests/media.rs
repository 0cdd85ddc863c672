//! Images as submitters send them: every format Caravan reads, EXIF orientations 1–8,
//! and a corpus of malformed and hostile files, each decoded correctly or refused with a
//! code — never a crash, a hang, or an allocation past the limits.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_media::{decode, ingest, perceptual_distance, Limits, MediaError, MediaFiles, SIZES};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn fixture(path: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn fixtures_in(dir: &str) -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut out: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_supported_format_decodes_with_three_thumbnails() {
    for (name, bytes) in fixtures_in("formats") {
        let got = ingest(&bytes, &Limits::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got.sha256.len(), 64);
        assert_eq!(got.thumbnails.len(), 3, "{name}");
        for (thumb, size) in got.thumbnails.iter().zip(SIZES) {
            assert_eq!(thumb.size, size);
            assert_eq!(thumb.format, "webp");
            assert!(thumb.width.max(thumb.height) <= size, "{name}: {thumb:?}");
            // Never enlarged: a small image keeps its size.
            assert_eq!(
                thumb.width.max(thumb.height),
                size.min(got.width.max(got.height)),
                "{name}: {thumb:?}"
            );
            let back = image::load_from_memory(&thumb.bytes).unwrap();
            assert_eq!(
                (back.width(), back.height()),
                (thumb.width, thumb.height),
                "{name}"
            );
        }
    }
}

#[test]
fn exif_orientation_is_applied() {
    let reference = ingest(&fixture("orientation/Landscape_1.jpg"), &Limits::default()).unwrap();
    assert!(reference.width > reference.height, "landscape");
    for n in 0..=8 {
        let name = format!("orientation/Landscape_{n}.jpg");
        let got = ingest(&fixture(&name), &Limits::default()).unwrap();
        assert_eq!(
            (got.width, got.height),
            (reference.width, reference.height),
            "{name} is not upright"
        );
        let distance = perceptual_distance(&got.phash, &reference.phash).unwrap();
        assert!(
            distance <= 40,
            "{name} looks different from Landscape_1: {distance} bits"
        );
    }
    let webp = decode(
        &fixture("orientation/hopper_orientation_6.webp"),
        &Limits::default(),
    )
    .unwrap();
    let plain = decode(&fixture("formats/hopper.webp"), &Limits::default()).unwrap();
    assert_eq!(
        (webp.image.width(), webp.image.height()),
        (plain.image.height(), plain.image.width())
    );
}

fn mean_rgb(bytes: &[u8]) -> [f64; 3] {
    let img = decode(bytes, &Limits::default()).unwrap().image.into_rgb8();
    let n = f64::from(img.width() * img.height());
    let mut sum = [0.0; 3];
    for p in img.pixels() {
        for (total, channel) in sum.iter_mut().zip(p.0) {
            *total += f64::from(channel);
        }
    }
    sum.map(|s| s / n)
}

#[test]
fn cmyk_jpegs_keep_their_colours() {
    let cmyk = mean_rgb(&fixture("formats/pil_sample_cmyk.jpg"));
    let rgb = mean_rgb(&fixture("formats/pil_sample_rgb.jpg"));
    for c in 0..3 {
        assert!(
            (cmyk[c] - rgb[c]).abs() < 12.0,
            "channel {c}: CMYK {cmyk:?} vs RGB {rgb:?}"
        );
    }
}

#[test]
fn no_metadata_reaches_a_thumbnail() {
    let original = fixture("formats/exif_gps.jpg");
    assert!(
        original.windows(4).any(|w| w == b"Exif"),
        "the fixture carries EXIF"
    );
    let got = ingest(&original, &Limits::default()).unwrap();
    for t in &got.thumbnails {
        for marker in [&b"Exif"[..], b"EXIF", b"GPS", b"XMP "] {
            assert!(
                !t.bytes.windows(marker.len()).any(|w| w == marker),
                "{marker:?} in {}px",
                t.size
            );
        }
    }
}

#[test]
fn hostile_files_decode_or_are_refused_with_a_code() {
    let known: HashSet<&str> = [
        "media-empty",
        "media-unsupported",
        "media-truncated",
        "media-corrupt",
        "media-too-large",
    ]
    .into();
    let mut refused = Vec::new();
    for (name, bytes) in fixtures_in("hostile") {
        match ingest(&bytes, &Limits::default()) {
            Ok(got) => assert!(got.width > 0 && got.height > 0, "{name}"),
            Err(e) => {
                eprintln!("{name}: {} ({e})", e.code());
                assert!(known.contains(e.code()), "{name}: {} ({e})", e.code());
                refused.push((name, e.code()));
            }
        }
    }
    let code_of = |file: &str| refused.iter().find(|(n, _)| n == file).map(|(_, c)| *c);
    assert_eq!(code_of("reallybig.bmp"), Some("media-too-large"));
    // Past PNG's own 2³¹−1 limit: a malformed header, whichever way it is read.
    assert!(matches!(
        code_of("png_width_4294967295.png"),
        Some("media-corrupt" | "media-too-large")
    ));
    assert!(matches!(
        code_of("zero_width.gif"),
        Some("media-corrupt" | "media-too-large")
    ));
    assert!(code_of("broken.png").is_some());
    assert!(matches!(
        code_of("truncated_image.png"),
        Some("media-truncated" | "media-corrupt")
    ));
}

#[test]
fn a_bomb_is_refused_from_its_header() {
    // 3,000,000 × 2,000,000 claimed: refused before a single row is allocated.
    let err = decode(&fixture("hostile/reallybig.bmp"), &Limits::default()).unwrap_err();
    assert!(matches!(err, MediaError::TooLarge { .. }), "{err:?}");
    // Tighter limits refuse what the defaults accept.
    let tight = Limits {
        max_side: 100,
        max_pixels: 10_000,
        max_alloc: 1 << 20,
    };
    assert_eq!(
        decode(&fixture("formats/hopper.gif"), &tight)
            .unwrap_err()
            .code(),
        "media-too-large"
    );
}

#[test]
fn not_images_are_refused() {
    assert_eq!(
        ingest(b"", &Limits::default()).unwrap_err().code(),
        "media-empty"
    );
    assert_eq!(
        ingest(b"%PDF-1.7\n...", &Limits::default())
            .unwrap_err()
            .code(),
        "media-unsupported"
    );
    assert_eq!(
        ingest("Афиша фильма".as_bytes(), &Limits::default())
            .unwrap_err()
            .code(),
        "media-unsupported"
    );
}

#[test]
fn files_are_content_addressed_and_collected() {
    let dir = tempfile::tempdir().unwrap();
    let files = MediaFiles::beside(&dir.path().join("caravan.db"));
    assert_eq!(files.root(), dir.path().join("caravan.media"));
    let a = files.put(b"poster one").unwrap();
    let again = files.put(b"poster one").unwrap();
    let b = files.put(b"poster two").unwrap();
    assert_eq!(a, again);
    let path = files.path_of(&a).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"poster one");
    assert!(files.path_of("../../etc/passwd").is_none());
    assert_eq!(files.collect(&HashSet::from([a.clone()])).unwrap(), 1);
    assert!(path.exists());
    assert!(!files.path_of(&b).unwrap().exists());
    assert!(!Path::new(&files.root().join(".tmp")).exists());
}
