//! Every importer fed thousands of mutated copies of its own fixtures, seeded so a failure
//! names the case that reproduces it: FilmFreeway exports and another platform's table
//! (CSV), a workbook (XLSX), DDEX messages (XML) and images. Whatever the bytes, an import
//! ends in a clean report or a coded error a curator can read — never a panic, never the
//! database's own error (which is what a NUL in a title once gave), never a hang.
//!
//! `MUTATION_CASES` multiplies the cases of every kind (default 1) for a longer run, and
//! `MUTATION_SEED` starts the generator elsewhere.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_core::{Caravan, Error, ImportOptions, World};
use caravan_domain::EditionId;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

/// Codes that mean the importer let something through that it should have caught.
const INTERNAL: &[&str] = &["db-error", "unexpected", "request-invalid"];

/// A small, fixed pseudo-random generator (xorshift64*): the cases must be the same on
/// every machine, and a test needs no more than this.
struct Cases(u64);

impl Cases {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that break readers: NUL and other controls, quotes and delimiters, line ends,
/// bytes that are never UTF-8 or start a multi-byte character, XML's markup.
const HOSTILE: &[u8] = &[
    0x00, 0x01, 0x07, 0x1b, 0x7f, b'"', b',', b';', b'\t', b'\n', b'\r', 0xff, 0xfe, 0xc3, 0xe2,
    0x80, b'<', b'>', b'&', b'/', b'=', b'\'', b'0', b'9', b':',
];

/// One mutated copy of `input`: one to four edits of random kinds.
fn mutate(input: &[u8], cases: &mut Cases) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + cases.below(4) {
        let len = out.len().max(1);
        let at = cases.below(len);
        match cases.below(8) {
            0 => {
                if let Some(b) = out.get_mut(at) {
                    *b ^= 1 << cases.below(8);
                }
            }
            1 => out.insert(at.min(out.len()), HOSTILE[cases.below(HOSTILE.len())]),
            2 => {
                let end = (at + 1 + cases.below(64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 => {
                let end = (at + 1 + cases.below(256)).min(out.len());
                let copy = out[at.min(end)..end].to_vec();
                let to = cases.below(out.len().max(1)).min(out.len());
                out.splice(to..to, copy);
            }
            4 => out.truncate(at),
            5 => {
                if let Some(b) = out.get_mut(at) {
                    *b = HOSTILE[cases.below(HOSTILE.len())];
                }
            }
            6 => {
                // A long run of one byte: deep nesting, huge cells, endless numbers.
                let b = HOSTILE[cases.below(HOSTILE.len())];
                let n = 1 + cases.below(4096);
                out.splice(
                    at.min(out.len())..at.min(out.len()),
                    std::iter::repeat_n(b, n),
                );
            }
            _ => {
                let a = cases.below(len);
                let b = cases.below(len);
                if a < out.len() && b < out.len() {
                    out.swap(a, b);
                }
            }
        }
    }
    out
}

fn repeat() -> usize {
    std::env::var("MUTATION_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

fn seed() -> u64 {
    std::env::var("MUTATION_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x00C0_FFEE_D15C_0B01)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} fixtures in {}", dir.display());
    files
}

/// Runs `cases` mutated copies of each fixture through `import`, and fails naming every
/// case that panicked or ended in an internal error.
fn fuzz(
    kind: &str,
    fixtures: &[PathBuf],
    cases: usize,
    import: &dyn Fn(&Path) -> Result<(), Error>,
) {
    let dir = tempfile::tempdir().unwrap();
    let mut generator = Cases(seed() ^ kind.len() as u64 ^ 0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    let mut clean = 0usize;
    let ext = fixtures[0]
        .extension()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for case in 0..cases * repeat() {
        let fixture = &fixtures[case % fixtures.len()];
        let bytes = mutate(&std::fs::read(fixture).unwrap(), &mut generator);
        let path = dir.path().join(format!("case.{ext}"));
        std::fs::write(&path, &bytes).unwrap();
        match std::panic::catch_unwind(AssertUnwindSafe(|| import(&path))) {
            Ok(Ok(())) => clean += 1,
            Ok(Err(e)) if !INTERNAL.contains(&e.code()) => {}
            Ok(Err(e)) => failures.push(format!(
                "{kind} case {case} ({}): {} {e}",
                fixture.display(),
                e.code()
            )),
            Err(_) => failures.push(format!(
                "{kind} case {case} ({}): panicked",
                fixture.display()
            )),
        }
        if failures.len() > 20 {
            break;
        }
    }
    assert!(
        failures.is_empty(),
        "seed {}:\n{}",
        seed(),
        failures.join("\n")
    );
    // Mutations that keep a file readable are most of what tests the rows' own checks.
    assert!(clean > 0, "{kind}: no mutated case imported at all");
}

fn store(dir: &tempfile::TempDir) -> (Caravan, EditionId) {
    let caravan = Caravan::open(
        &dir.path().join("caravan.db"),
        World::fixed(1_750_000_000_000, "tester"),
    )
    .unwrap();
    caravan.seed_demo().unwrap();
    let edition = caravan.edition_by_slug("siff-2026").unwrap().id;
    (caravan, edition)
}

/// With `--partial`, so the good rows of a mutated file reach the store and its own checks
/// meet them too; every fifth case for real, the others as a dry run, which runs the same
/// statements and rolls them back (and spares the disk a commit per case).
fn options(path: &Path) -> ImportOptions {
    let case = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    ImportOptions {
        partial: true,
        dry_run: !case.is_multiple_of(5),
        ..ImportOptions::default()
    }
}

/// The header and first rows of a CSV fixture: enough for every column to be mutated,
/// small enough for thousands of cases.
fn head_of(csv: &Path, rows: usize, dir: &Path) -> PathBuf {
    let text = std::fs::read(csv).unwrap();
    let mut out = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&text[..]);
    let mut writer = csv::Writer::from_writer(&mut out);
    for record in reader.byte_records().take(rows + 1) {
        writer.write_byte_record(&record.unwrap()).unwrap();
    }
    drop(writer);
    let path = dir.join(csv.file_name().unwrap());
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn mutated_filmfreeway_exports_import_or_are_refused_with_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let (caravan, edition) = store(&dir);
    let fixtures: Vec<PathBuf> = files_in(&root().join("tests/fixtures/filmfreeway"), "csv")
        .iter()
        .map(|f| head_of(f, 6, dir.path()))
        .collect();
    fuzz("filmfreeway", &fixtures, 1000, &|path| {
        caravan
            .import_filmfreeway(path, edition, options(path), &mut |_| {})
            .map(|_| ())
    });
}

#[test]
fn mutated_tables_and_workbooks_import_or_are_refused_with_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let (caravan, edition) = store(&dir);
    let tables = root().join("tests/fixtures/tables");
    let mapping = caravan
        .mapping(tables.join("festhome-es.mapping.json").to_str().unwrap())
        .unwrap();
    let csv = files_in(&tables, "csv");
    fuzz("table", &csv, 400, &|path| {
        caravan
            .import_table(path, edition, mapping.clone(), options(path), &mut |_| {})
            .map(|_| ())
    });

    // A workbook of the same rows, written here, then mutated as a whole file.
    let book_path = dir.path().join("festhome.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let text = std::fs::read_to_string(&csv[0]).unwrap();
    for (r, line) in text.lines().enumerate() {
        for (c, cell) in line.split(';').enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    book.save(&book_path).unwrap();
    fuzz("xlsx", &[book_path], 150, &|path| {
        caravan
            .import_table(path, edition, mapping.clone(), options(path), &mut |_| {})
            .map(|_| ())
    });
}

#[test]
fn mutated_ddex_messages_import_or_are_refused_with_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let (caravan, edition) = store(&dir);
    let fixtures = files_in(
        &root().join("src-tauri/crates/intake/tests/fixtures/ddex"),
        "xml",
    );
    fuzz("ddex", &fixtures, 1500, &|path| {
        caravan
            .import_ddex(path, edition, None, ImportOptions::default())
            .map(|_| ())
    });
}

#[test]
fn mutated_images_are_taken_or_refused_with_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let (caravan, _) = store(&dir);
    let work = caravan_domain::WorkId(1);
    assert!(caravan.work_exists(work).unwrap());
    let fixtures = files_in(
        &root().join("src-tauri/crates/media/tests/fixtures/formats"),
        "png",
    )
    .into_iter()
    .chain(files_in(
        &root().join("src-tauri/crates/media/tests/fixtures/formats"),
        "gif",
    ))
    .collect::<Vec<_>>();
    fuzz("image", &fixtures, 200, &|path| {
        caravan
            .add_media(work, path, caravan_domain::MediaKind::Still)
            .map(|_| ())
    });
}
