//! The submissions table at scale, in process, against the floor: a hand-written SQL query
//! giving the same page (its rows, every title of each work, countries, languages,
//! genres, and the count the page reports), on a connection of its own to the same file.
//!
//! `cargo run --release -p caravan-core --example table_latency -- DB EDITION [ROUNDS]`
//! prints one JSON document: for the first page, a sort by title, a filter by country and
//! the statistics, the median and 95th percentile of each, in milliseconds.

use caravan_core::api::{StatsRequest, SubmissionFilter, SubmissionsQuery};
use caravan_core::{Caravan, World};
use caravan_domain::{CountryCode, SubmissionColumn};
use std::time::Instant;

/// The columns of one row of the table, as a hand-written query would fetch them.
const ROW: &str = "s.id, s.work_id, sc.slug, sc.name, s.submission_status, s.judging_status,
    l.slug, l.name, s.submitted_at, w.year, w.runtime_seconds,
    (SELECT json_group_array(json_array(lang, text, is_original)) FROM work_texts
       WHERE work_id = s.work_id AND field = 'title'),
    (SELECT group_concat(country) FROM work_countries WHERE work_id = s.work_id),
    (SELECT group_concat(lang) FROM work_languages WHERE work_id = s.work_id),
    (SELECT group_concat(genre) FROM work_genres WHERE work_id = s.work_id)";

const FROM: &str = "FROM submissions s JOIN sections sc ON sc.id = s.section_id
    JOIN works w ON w.id = s.work_id LEFT JOIN judging_labels l ON l.id = s.judging_label_id";

/// One figure: Caravan's call (returning how many rows it made) and the floor's SQL.
type Figure<'a> = (
    &'static str,
    Box<dyn Fn() -> Result<usize, Box<dyn std::error::Error>> + 'a>,
    Vec<String>,
);

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn stats(mut v: Vec<f64>) -> serde_json::Value {
    v.sort_by(f64::total_cmp);
    serde_json::json!({
        "median_ms": (percentile(&v, 0.5) * 1000.0).round() / 1000.0,
        "p95_ms": (percentile(&v, 0.95) * 1000.0).round() / 1000.0,
    })
}

/// Runs every statement, reading every column of every row, and returns how many rows.
fn raw(db: &rusqlite::Connection, sqls: &[String], edition: i64) -> Result<usize, rusqlite::Error> {
    let mut rows = 0;
    for sql in sqls {
        let mut stmt = db.prepare_cached(sql)?;
        let n = stmt.column_count();
        let mut q = stmt.query([edition])?;
        while let Some(r) = q.next()? {
            for i in 0..n {
                std::hint::black_box(r.get_ref(i)?);
            }
            rows += 1;
        }
    }
    Ok(rows)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: table_latency DB EDITION [ROUNDS]";
    let db = args.next().ok_or(usage)?;
    let slug = args.next().ok_or(usage)?;
    let rounds: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(30);
    let caravan = Caravan::open(db.as_ref(), World::fixed(0, "bench"))?;
    let edition = caravan.edition_by_slug(&slug)?.id;
    let raw_db =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let query = |sort: SubmissionColumn, filter: SubmissionFilter| SubmissionsQuery {
        edition,
        lang: "en-US".into(),
        filter,
        sort,
        descending: false,
        after: None,
        offset: 0,
        limit: 100,
    };
    let france = SubmissionFilter {
        country: Some(CountryCode::parse("FR")?),
        ..SubmissionFilter::default()
    };
    let count = |cond: &str| {
        format!(
            "SELECT count(*) FROM submissions s JOIN sections sc ON sc.id = s.section_id
             WHERE sc.edition_id = ?1 {cond}"
        )
    };
    let page = |join: &str, cond: &str, order: &str| {
        format!(
            "SELECT {ROW} {FROM} {join} WHERE sc.edition_id = ?1 {cond} ORDER BY {order} LIMIT 100"
        )
    };
    let in_france = "AND s.work_id IN (SELECT work_id FROM work_countries WHERE country = 'FR')";
    let by_title = "JOIN title_sort_keys k ON k.work_id = s.work_id AND k.locale = 'en-US'";
    let tally = |key: &str, join: &str| {
        format!(
            "SELECT {key} AS k, count(*) AS n FROM submissions s
             JOIN sections sc ON sc.id = s.section_id {join}
             WHERE sc.edition_id = ?1 GROUP BY k ORDER BY n DESC, k"
        )
    };
    let figures: Vec<Figure<'_>> = vec![
        (
            "first_page",
            Box::new(|| {
                Ok(caravan
                    .submissions_page(&query(SubmissionColumn::Id, SubmissionFilter::default()))?
                    .submissions
                    .len())
            }),
            vec![
                count(""),
                // Read in id order, the edition tested per row: a page costs a page.
                format!(
                    "SELECT {ROW} {FROM} WHERE +s.section_id IN
                       (SELECT id FROM sections WHERE edition_id = ?1) ORDER BY s.id LIMIT 100"
                ),
            ],
        ),
        (
            "sort_by_title",
            Box::new(|| {
                Ok(caravan
                    .submissions_page(&query(SubmissionColumn::Title, SubmissionFilter::default()))?
                    .submissions
                    .len())
            }),
            vec![count(""), page(by_title, "", "k.key, s.id")],
        ),
        (
            "filter_by_country",
            Box::new(|| {
                Ok(caravan
                    .submissions_page(&query(SubmissionColumn::Id, france.clone()))?
                    .submissions
                    .len())
            }),
            vec![count(in_france), page("", in_france, "s.id")],
        ),
        (
            "statistics",
            Box::new(|| {
                let s = caravan.edition_stats(&StatsRequest {
                    edition,
                    filter: SubmissionFilter::default(),
                })?;
                Ok(s.by_country.len() + s.by_language.len() + s.by_genre.len() + s.by_status.len())
            }),
            vec!["SELECT dimension, key, count FROM edition_tallies
                  WHERE edition_id = ?1 AND count > 0 ORDER BY dimension, count DESC, key"
                .to_owned()],
        ),
    ];
    // For comparison only: the statistics counted afresh with GROUP BY, as the store
    // counts a filtered table.
    let group_by = vec![
        count(""),
        tally(
            "x.country",
            "JOIN work_countries x ON x.work_id = s.work_id",
        ),
        tally("x.lang", "JOIN work_languages x ON x.work_id = s.work_id"),
        tally("x.genre", "JOIN work_genres x ON x.work_id = s.work_id"),
        tally("s.submission_status", ""),
    ];
    // For comparison only: sorting by the title text itself, with no key kept in an index.
    let naive_title = vec![
        count(""),
        format!(
            "SELECT {ROW} {FROM} WHERE sc.edition_id = ?1 ORDER BY (SELECT text FROM work_texts
               WHERE work_id = s.work_id AND field = 'title' ORDER BY lang <> 'en', is_original DESC LIMIT 1)
               COLLATE NOCASE, s.id LIMIT 100"
        ),
    ];
    let total = caravan
        .submissions_page(&query(SubmissionColumn::Id, SubmissionFilter::default()))?
        .total;
    let mut out = serde_json::Map::new();
    out.insert("submissions".into(), total.into());
    for (name, ours, floor) in &figures {
        // Warm both connections' caches once, as a running window would have them.
        ours()?;
        raw(&raw_db, floor, edition.get())?;
        let (mut a, mut b) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
        for _ in 0..rounds {
            let t = Instant::now();
            std::hint::black_box(ours()?);
            a.push(t.elapsed().as_secs_f64() * 1000.0);
            let t = Instant::now();
            std::hint::black_box(raw(&raw_db, floor, edition.get())?);
            b.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        let (ma, mb) = (stats(a), stats(b));
        let ratio = ma["median_ms"].as_f64().unwrap_or(0.0)
            / mb["median_ms"].as_f64().unwrap_or(1.0).max(1e-9);
        out.insert(
            (*name).into(),
            serde_json::json!({ "caravan": ma, "hand_sql": mb, "ratio": (ratio * 100.0).round() / 100.0 }),
        );
    }
    for (name, sqls) in [
        ("sort_by_title_text_without_keys", &naive_title),
        ("statistics_by_group_by", &group_by),
    ] {
        let mut times = Vec::with_capacity(rounds.min(5));
        for _ in 0..rounds.min(5) {
            let t = Instant::now();
            raw(&raw_db, sqls, edition.get())?;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        out.insert(name.into(), stats(times));
    }
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
