//! Juries through the core on a real SQLite file, at the scale of a large competition:
//! 5,000 entries (6,250 generated works, of which those neither withdrawn nor
//! disqualified), 40 jurors with their languages, a rubric of four criteria.
//!
//! - the assignment of 5,000 entries × 40 jurors × 3 reviews, conflicts and languages read
//!   from the store and the 15,000 assignments written (goal ≤ 1 s);
//! - 50,000 scores imported from a CSV file of paper ballots, in one transaction;
//! - the results over those 50,000 scores (goal ≤ 200 ms), median of 5;
//! - a juror's keystroke to durable save in this section, 500 times (goal p99 ≤ 20 ms),
//!   and the juror's sheet the window reads again after each keystroke.
//!
//! `cargo run --release -p caravan-core --example jury_latency -- DIR`

use caravan_core::api::{
    AssignRequest, CriterionAddRequest, JurorRequest, LangText, RoundRef, ScoreRequest,
};
use caravan_core::{Caravan, World};
use caravan_domain::WorkId;
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join("jury-latency.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let c = Caravan::open(&path, World::fixed(1_780_000_000_000, "bench"))?;
    let edition = c.add_edition(
        "bench-2027",
        "Bench 2027",
        Some(2027),
        &["competition".to_owned()],
    )?;
    c.seed_generated_works(6250, Some(edition.id))?;
    let round = RoundRef {
        section: "competition".into(),
        edition: None,
        round: 1,
    };
    for key in ["story", "craft", "sound", "acting"] {
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
            weight: Some(if key == "story" { 2.0 } else { 1.0 }),
        })?;
    }
    let languages = ["en", "fr", "ru", "zh", "es", "ar", "ja", "ko", "fa", "hi"];
    for i in 0..40 {
        c.jury_juror_add(&JurorRequest {
            email: format!("juror{i}@jury.example"),
            name: format!("Juror {i}"),
            names: vec![],
            languages: vec![languages[i % languages.len()].into(), "en".into()],
            country: None,
            member: None,
            company: None,
            sections: vec![round.clone()],
            card: None,
        })?;
    }
    let entries = c.jury_rubric(&round)?.entries;
    let l10n = caravan_i18n::Localizer::for_locale("en-US");
    let t = Instant::now();
    let report = c.jury_assign(
        &AssignRequest {
            round: round.clone(),
            reviews_per_entry: 3,
            max_load: None,
        },
        &l10n,
    )?;
    let assign_ms = ms(t);
    println!(
        "assignment through the core: {entries} entries × 40 jurors × 3 reviews: {assign_ms:.0} ms (goal ≤ 1,000 ms); {} assignments, {} uncovered",
        report.assignments.len(),
        report.uncovered.len()
    );
    // 50,000 scores: 12,500 sheets of four criteria.
    let mut csv = String::from("juror,work,criterion,value,comment\n");
    let mut n = 0;
    for (i, a) in report.assignments.iter().enumerate().take(12_500) {
        for (k, key) in ["story", "craft", "sound", "acting"].iter().enumerate() {
            let value = ((i * 7 + k * 3) % 21) as f64 / 2.0;
            csv += &format!("{},{},{key},{value},\n", a.juror, a.work_id.get());
            n += 1;
        }
    }
    let file = dir.join("jury-latency-ballots.csv");
    std::fs::write(&file, csv)?;
    let resolve = |r: &str| -> Result<WorkId, caravan_core::Error> {
        r.parse::<i64>()
            .map(WorkId)
            .map_err(|_| caravan_core::Error::WorkNotFound(r.into()))
    };
    let t = Instant::now();
    let imported = c.jury_scores_import(&file, &round, &resolve, &l10n)?;
    println!(
        "{n} scores imported from paper ballots in one transaction: {:.0} ms ({} new)",
        ms(t),
        imported.imported
    );
    let mut runs = Vec::new();
    let mut alpha = None;
    for _ in 0..5 {
        let t = Instant::now();
        let r = c.jury_results(&round, "en")?;
        runs.push(ms(t));
        alpha = r.krippendorff_alpha.total;
    }
    runs.sort_by(f64::total_cmp);
    println!(
        "results over {n} scores through the core: median {:.0} ms (goal ≤ 200 ms); α {:?}",
        runs[2], alpha
    );
    let mine: Vec<_> = report
        .assignments
        .iter()
        .filter(|a| a.juror == "juror0@jury.example")
        .collect();
    let mut keys = Vec::new();
    for i in 0..500 {
        let a = mine[i % mine.len()];
        let t = Instant::now();
        c.jury_score(&ScoreRequest {
            round: round.clone(),
            juror: a.juror.clone(),
            work: a.work_id,
            criterion: "story".into(),
            value: (i % 21) as f64 / 2.0,
        })?;
        keys.push(ms(t));
    }
    keys.sort_by(f64::total_cmp);
    // What the window asks after each keystroke: the juror's whole sheet, read again.
    let mut sheets = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let sheet = c.jury_sheet(&caravan_core::api::JurorSheetRequest {
            round: round.clone(),
            juror: "juror0@jury.example".into(),
            lang: "en".into(),
        })?;
        sheets.push((ms(t), sheet.entries.len()));
    }
    sheets.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "the juror's sheet of {} entries, read again after each keystroke in the window: median {:.2} ms",
        sheets[25].1, sheets[25].0
    );
    println!(
        "keystroke to durable save in this section: median {:.2} ms, p99 {:.2} ms (goal ≤ 20 ms)",
        keys[250], keys[495]
    );
    Ok(())
}
