//! How well search forgives a typing slip, and what it costs, over a large generated
//! database: the demo and its generated works (`caravan demo --generate`'s generator),
//! indexed from scratch in a fresh file.
//!
//! `cargo run --release -p caravan-core --example typo_recall -- [WORKS] [SAMPLES] [DB]`
//! (100,000 works and 1,000 samples unless said; with DB, a path that does not exist yet,
//! the database is made there and kept, for `search_latency`) prints one JSON document:
//!
//! * `indexing_s`: the time to add and index the generated works;
//! * `sizes_mb`: the whole file and each table of the search index;
//! * `raw_fts5`: the store's FTS5 MATCH alone on each sample title as typed correctly;
//! * `search_correct` and `search_slipped`: `Caravan::search` on the same titles typed
//!   correctly and with slips;
//! * `recall_correct` and `recall_slipped`: the share of those queries whose work is among
//!   the first ten hits;
//!
//! each twice: `with_number`, the titles as stored, where the generator's number alone
//! tells the work (and a search that only left out the slipped words would find it), and
//! `without_number`, the titles without it, where a hit is the work meant when it has the
//! same title: only correcting the slips finds it among the thousand works of that title.
//!
//! A sample is a stored title of a random work, folded, with one random slip (a letter
//! inserted, deleted, replaced, or two neighbours swapped) in every word of five to eight
//! letters and two in every word of nine or more; numbers and words of scripts written
//! without spaces are left as they are. The seed is fixed, so every run asks the same
//! queries.

use caravan_core::{Caravan, World};
use std::collections::HashMap;
use std::time::Instant;

/// The first ten hits are what a searcher reads.
const SHOWN: u32 = 10;

/// A small fixed-seed generator (splitmix64), so every run draws the same samples.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Whether a letter belongs to a script written without spaces between words, where a
/// slip is not a slip in a word.
fn unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x1100..=0x11FF
        | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7FF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// One random slip in `word`.
fn slip_once(word: &[char], draw: &mut Draw) -> Vec<char> {
    let mut out = word.to_vec();
    let at = draw.below(word.len());
    // Another letter of the same word, so the slip stays in its script (a word of one
    // letter repeated is replaced by nothing else and left for `slip_word` to draw again).
    let other = |draw: &mut Draw, not: char| {
        (0..64)
            .map(|_| word[draw.below(word.len())])
            .find(|&c| c != not)
            .unwrap_or(not)
    };
    match draw.below(4) {
        0 => {
            let c = word[draw.below(word.len())];
            out.insert(draw.below(word.len() + 1), c);
        }
        1 => {
            out.remove(at);
        }
        2 => out[at] = other(draw, word[at]),
        _ => {
            let i = at.min(word.len() - 2);
            if word[i] == word[i + 1] {
                out[i] = other(draw, word[i]);
            } else {
                out.swap(i, i + 1);
            }
        }
    }
    out
}

/// `word` with exactly `edits` slips, as the optimal string alignment distance counts them.
fn slip_word(word: &[char], edits: usize, draw: &mut Draw) -> Vec<char> {
    let original: String = word.iter().collect();
    loop {
        let mut out = word.to_vec();
        for _ in 0..edits {
            out = slip_once(&out, draw);
        }
        let slipped: String = out.iter().collect();
        if strsim::osa_distance(&original, &slipped) == edits {
            return out;
        }
    }
}

/// The title folded, with its words slipped; None when it has no word to slip.
fn slip_title(title: &str, draw: &mut Draw) -> Option<String> {
    let folded = caravan_text::fold(title);
    let chars: Vec<char> = folded.chars().collect();
    let mut out = String::with_capacity(folded.len() + 8);
    let mut slipped = false;
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_alphabetic() {
            i += 1;
        }
        let word = &chars[start..i];
        let edits = match word.len() {
            _ if word.iter().any(|c| unspaced(*c)) => 0,
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        if edits == 0 {
            out.extend(word);
        } else {
            out.extend(slip_word(word, edits, draw));
            slipped = true;
        }
    }
    slipped.then_some(out)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn stats(mut v: Vec<f64>) -> serde_json::Value {
    v.sort_by(f64::total_cmp);
    serde_json::json!({
        "median_ms": (percentile(&v, 0.5) * 1000.0).round() / 1000.0,
        "p95_ms": (percentile(&v, 0.95) * 1000.0).round() / 1000.0,
        "max_ms": (v[v.len() - 1] * 1000.0).round() / 1000.0,
    })
}

/// Each table's size in MB, the search index's tables by name, the rest together.
fn sizes(path: &std::path::Path) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let conn = rusqlite::Connection::open(path)?;
    let _: (i64, i64, i64) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    let mut stmt = conn.prepare(
        "SELECT CASE WHEN d.name LIKE 'search%' THEN d.name
                     WHEN coalesce(m.tbl_name, '') LIKE 'search%' THEN m.tbl_name
                     ELSE 'everything else' END, sum(d.pgsize)
         FROM dbstat d LEFT JOIN sqlite_schema m ON m.name = d.name GROUP BY 1 ORDER BY 1",
    )?;
    let mut out = serde_json::Map::new();
    let mut search = 0i64;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (name, bytes) = row?;
        if name != "everything else" {
            search += bytes;
        }
        out.insert(name, mb(bytes));
    }
    out.insert("search, all".into(), mb(search));
    out.insert(
        "file".into(),
        mb(i64::try_from(std::fs::metadata(path)?.len())?),
    );
    Ok(out.into())
}

fn mb(bytes: i64) -> serde_json::Value {
    serde_json::json!((bytes as f64 / 1e5).round() / 10.0)
}

/// A title without the number the generator gave it: the title of every work made from
/// the same demo work.
fn unnumbered(title: &str) -> &str {
    match title.rsplit_once(' ') {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => title,
    }
}

/// One query typed correctly and with slips, and whether a work found is the one meant.
struct Sample {
    work: i64,
    correct: String,
    slipped: String,
}

/// Latencies and recall over samples; `meant(hit, work)` says whether a hit is the work.
fn measure(
    caravan: &Caravan,
    samples: &[Sample],
    meant: impl Fn(i64, i64) -> bool,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let found = |hits: &caravan_core::api::SearchResults, work: i64| {
        hits.hits.iter().any(|h| meant(h.work_id.get(), work))
    };
    let (mut raw, mut correct, mut slipped) = (Vec::new(), Vec::new(), Vec::new());
    let (mut found_correct, mut found_slipped) = (0usize, 0usize);
    let mut misses = Vec::new();
    for sample in samples {
        let fts = caravan_text::fts5_query(&sample.correct).unwrap_or_default();
        let t = Instant::now();
        let ids = caravan
            .store()
            .read(|db| caravan_store::search::matches(db, &fts, SHOWN))?;
        raw.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(ids);

        let t = Instant::now();
        let hits = caravan.search(&sample.correct, "en", SHOWN)?;
        correct.push(t.elapsed().as_secs_f64() * 1000.0);
        found_correct += usize::from(found(&hits, sample.work));

        let t = Instant::now();
        let hits = caravan.search(&sample.slipped, "en", SHOWN)?;
        slipped.push(t.elapsed().as_secs_f64() * 1000.0);
        if found(&hits, sample.work) {
            found_slipped += 1;
        } else if misses.len() < 20 {
            misses.push(serde_json::json!([sample.correct, sample.slipped]));
        }
    }
    let share = |n: usize| (n as f64 / samples.len() as f64 * 1000.0).round() / 1000.0;
    Ok(serde_json::json!({
        "raw_fts5": stats(raw),
        "search_correct": stats(correct),
        "search_slipped": stats(slipped),
        "recall_correct": share(found_correct),
        "recall_slipped": share(found_slipped),
        "some_misses": misses,
    }))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let works: u64 = args
        .next()
        .map(|r| r.parse())
        .transpose()?
        .unwrap_or(100_000);
    let samples: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(1000);
    let dir = tempfile::tempdir()?;
    let path = match args.next() {
        Some(kept) if std::path::Path::new(&kept).exists() => {
            return Err(format!("{kept} exists: name a new file").into())
        }
        Some(kept) => std::path::PathBuf::from(kept),
        None => dir.path().join("caravan.db"),
    };
    let caravan = Caravan::open(&path, World::fixed(0, "bench"))?;
    let demo = caravan.seed_demo()?.works;
    let t = Instant::now();
    caravan.seed_generated_works(works.saturating_sub(demo), None)?;
    let indexing_s = t.elapsed().as_secs_f64();
    let sizes = sizes(&path)?;

    let raw_db =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let titles: Vec<(i64, String)> = raw_db
        .prepare(
            "SELECT work_id, text FROM work_texts WHERE field = 'title' ORDER BY work_id, lang",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut unnumbered_titles: HashMap<i64, Vec<&str>> = HashMap::new();
    for (work, title) in &titles {
        unnumbered_titles
            .entry(*work)
            .or_default()
            .push(unnumbered(title));
    }
    let mut draw = Draw(0x5EED);
    // As stored, with the generator's number: the work meant is the one with that number.
    let mut numbered = Vec::with_capacity(samples);
    // Without the number: any work with the title is the one meant.
    let mut bare = Vec::with_capacity(samples);
    while numbered.len() < samples {
        let (work, title) = &titles[draw.below(titles.len())];
        let (Some(slipped), Some(bare_slipped)) = (
            slip_title(title, &mut draw),
            slip_title(unnumbered(title), &mut draw),
        ) else {
            continue;
        };
        numbered.push(Sample {
            work: *work,
            correct: title.clone(),
            slipped,
        });
        bare.push(Sample {
            work: *work,
            correct: unnumbered(title).to_owned(),
            slipped: bare_slipped,
        });
    }
    // Warm the page cache as a running window would have it, on other titles.
    for _ in 0..200 {
        let (_, title) = &titles[draw.below(titles.len())];
        caravan.search(title, "en", SHOWN)?;
        caravan.search(unnumbered(title), "en", SHOWN)?;
    }
    let with_number = measure(&caravan, &numbered, |hit, work| hit == work)?;
    let without_number = measure(&caravan, &bare, |hit, work| {
        let title = unnumbered_titles.get(&work).map(Vec::as_slice);
        let hit_titles = unnumbered_titles.get(&hit).map(Vec::as_slice);
        matches!((title, hit_titles), (Some(a), Some(b)) if a.iter().any(|t| b.contains(t)))
    })?;
    let doc = serde_json::json!({
        "works": works,
        "samples": samples,
        "indexing_s": (indexing_s * 100.0).round() / 100.0,
        "sizes_mb": sizes,
        "with_number": with_number,
        "without_number": without_number,
    });
    println!("{}", serde_json::to_string_pretty(&doc)?);
    Ok(())
}
