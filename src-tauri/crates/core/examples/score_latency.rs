//! A juror's keystroke to durable save: one score set through the core (the check
//! against the rubric and the conflicts, and a committed transaction on the SQLite file in
//! WAL mode), against the floor of one `INSERT … ON CONFLICT` committed on a connection of
//! its own to the same file with the same durability (WAL, `synchronous = NORMAL`: a commit survives Caravan being killed). 1,000 keystrokes each, on a demo
//! database with a rubric, five jurors and the assignment made.
//!
//! `cargo run --release -p caravan-core --example score_latency -- DIR` prints the
//! median, 99th percentile and maximum in milliseconds (goal: p99 ≤ 20 ms).

use caravan_core::api::{
    AssignRequest, CriterionAddRequest, JurorRequest, LangText, RoundRef, ScoreRequest,
};
use caravan_core::{Caravan, World};
use std::time::Instant;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(label: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    println!(
        "{label}: median {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        percentile(&ms, 0.5),
        percentile(&ms, 0.99),
        ms[ms.len() - 1]
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join("score-latency.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let c = Caravan::open(&path, World::fixed(1_780_000_000_000, "juror"))?;
    c.seed_demo()?;
    let round = RoundRef {
        section: "golden-goblet".into(),
        edition: None,
        round: 1,
    };
    let l10n = caravan_i18n::Localizer::for_locale("en-US");
    for key in ["story", "craft", "sound"] {
        c.jury_criterion_add(&CriterionAddRequest {
            round: round.clone(),
            key: key.into(),
            labels: vec![LangText {
                lang: "en".into(),
                text: key.into(),
            }],
            min: 0.0,
            max: 10.0,
            step: Some(0.5),
            weight: None,
        })?;
    }
    for i in 0..5 {
        c.jury_juror_add(&JurorRequest {
            email: format!("juror{i}@jury.example"),
            name: format!("Juror {i}"),
            names: vec![],
            languages: vec!["en".into()],
            country: None,
            member: None,
            company: None,
            sections: vec![round.clone()],
            card: None,
        })?;
    }
    c.jury_assign(
        &AssignRequest {
            round: round.clone(),
            reviews_per_entry: 3,
            max_load: None,
        },
        &l10n,
    )?;
    let mine: Vec<_> = c
        .jury_assignments(&round)?
        .into_iter()
        .filter(|a| a.juror == "juror0@jury.example")
        .collect();
    let mut core = Vec::with_capacity(1000);
    for i in 0..1000 {
        let a = &mine[i % mine.len()];
        let request = ScoreRequest {
            round: round.clone(),
            juror: a.juror.clone(),
            work: a.work_id,
            criterion: ["story", "craft", "sound"][i % 3].into(),
            value: (i % 21) as f64 / 2.0,
        };
        let t = Instant::now();
        c.jury_score(&request)?;
        core.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    drop(c);
    // The floor: the same write, committed alone, on a connection of its own.
    let conn = rusqlite::Connection::open(&path)?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")?;
    let (round_id, juror_id, work_id, criterion_id): (i64, i64, i64, i64) = conn.query_row(
        "SELECT round_id, juror_id, work_id, criterion_id FROM scores LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let mut floor = Vec::with_capacity(1000);
    for i in 0..1000 {
        let t = Instant::now();
        conn.execute(
            "INSERT INTO scores (round_id, juror_id, work_id, criterion_id, value, scored_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 0)
             ON CONFLICT (round_id, juror_id, work_id, criterion_id) DO UPDATE SET value = excluded.value",
            rusqlite::params![round_id, juror_id, work_id, criterion_id, (i % 21) as f64 / 2.0],
        )?;
        floor.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    report("keystroke to durable save, through the core", core);
    report("the same write alone (floor)", floor);
    Ok(())
}
