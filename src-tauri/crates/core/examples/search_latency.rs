//! Search latency over a large database, against the floor: a raw FTS5 MATCH on the same
//! index, with the same query text, ranked by SQLite's own BM25 and limited the same way.
//!
//! `cargo run --release -p caravan-core --example search_latency -- DB [ROUNDS]` prints one
//! JSON document: per query and overall, the median and 95th percentile in milliseconds.

use caravan_core::api::WorksQuery;
use caravan_core::{Caravan, World};
use std::time::Instant;

/// Queries as curators type them: whole and partial titles in many scripts, people,
/// one- and two-character Chinese, romanisations.
const QUERIES: &[&str] = &[
    "amelie",
    "Farewell My Concubine",
    "别姬",
    "霸",
    "千尋",
    "сталкер",
    "ежик",
    "левиа",
    "ذيب",
    "وجده",
    "기생충",
    "올드",
    "ลุงบุญมี",
    "Παράδεισος",
    "Tarkovsky",
    "kaige",
    "ba wang",
    "sátántangó",
    "city of god 4242",
    "once upon",
];

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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let db = args.next().ok_or("usage: search_latency DB [ROUNDS]")?;
    let rounds: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(20);
    let caravan = Caravan::open(db.as_ref(), World::fixed(0, "bench"))?;
    let works = caravan
        .works_page(&WorksQuery {
            lang: "en".into(),
            edition: None,
            sort: caravan_domain::WorkColumn::Id,
            descending: false,
            after: None,
            offset: 0,
            limit: 1,
        })?
        .total;
    // The floor queries the same file through a connection of its own.
    let raw_db =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    // Warm the page cache once, as a running window would have it.
    for q in QUERIES {
        caravan.search(q, "en", 10)?;
        let fts = caravan_text::fts5_query(q).unwrap_or_default();
        let mut stmt = raw_db.prepare_cached(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT 10",
        )?;
        let _ = stmt.query_map([&fts], |r| r.get::<_, i64>(0))?.count();
    }
    let mut all_caravan = Vec::new();
    let mut all_raw = Vec::new();
    let mut per_query = Vec::new();
    for q in QUERIES {
        let mut ours = Vec::with_capacity(rounds);
        let mut raw = Vec::with_capacity(rounds);
        let mut hits = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            hits = caravan.search(q, "en", 10)?.hits.len();
            ours.push(t.elapsed().as_secs_f64() * 1000.0);
            let fts = caravan_text::fts5_query(q).unwrap_or_default();
            let t = Instant::now();
            let mut stmt = raw_db.prepare_cached(
                "SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT 10",
            )?;
            let ids: Vec<i64> = stmt
                .query_map([&fts], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            std::hint::black_box(ids);
            raw.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        all_caravan.extend_from_slice(&ours);
        all_raw.extend_from_slice(&raw);
        per_query.push(serde_json::json!({
            "query": q, "hits": hits, "caravan": stats(ours), "raw_fts5": stats(raw),
        }));
    }
    let doc = serde_json::json!({
        "works": works,
        "rounds": rounds,
        "caravan": stats(all_caravan),
        "raw_fts5": stats(all_raw),
        "queries": per_query,
    });
    println!("{}", serde_json::to_string_pretty(&doc)?);
    Ok(())
}
