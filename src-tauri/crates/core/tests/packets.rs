//! Offline scoring between a chair's profile and a juror's, on real SQLite files: a packet
//! sealed to the juror with only its entries, opened on the juror's laptop into a juror
//! profile, scores set there, score sheets signed and sealed back, and merged on the
//! chair's side — idempotent, score by score the newer winning, the same in every order —
//! while a sheet altered, from an unknown key or for works not assigned is refused whole.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

mod common;

use caravan_core::api::{
    AssignRequest, CriterionAddRequest, JurorRequest, LangText, RoundRef, ScoreRequest,
};
use caravan_core::{Caravan, Clock, FixedEntropy, World};
use common::{state, Profile};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};

/// A clock that moves a second each time it is read, so every score has its own time.
#[derive(Debug)]
struct Ticking(AtomicI64);

impl Clock for Ticking {
    fn now_ms(&self) -> i64 {
        self.0.fetch_add(1000, Ordering::SeqCst)
    }
}

fn goblet() -> RoundRef {
    RoundRef {
        section: "golden-goblet".into(),
        edition: None,
        round: 1,
    }
}

fn l10n() -> caravan_i18n::Localizer {
    caravan_i18n::Localizer::for_locale("en-US")
}

/// The juror's laptop: a profile of its own, with a clock that moves.
fn juror_profile(dir: &Path) -> Caravan {
    let c = Caravan::open(
        &dir.join("juror.db"),
        World {
            clock: Box::new(Ticking(AtomicI64::new(1_790_000_000_000))),
            entropy: Box::new(FixedEntropy::new(0x33)),
            ..World::fixed(0, "juror")
        },
    )
    .unwrap();
    c.identity_init(
        "Ana Ugalde",
        "ana-ugalde",
        Some(&caravan_domain::CountryCode::parse("ES").unwrap()),
        &[caravan_domain::LangTag::parse("es").unwrap()],
    )
    .unwrap();
    c
}

/// The chair with the demo, a rubric, Ana (whose card it holds) and Oleg as jurors, and
/// the assignment made; Ana's laptop holding the chair's card.
fn setup(dir: &Path) -> (Profile, Caravan) {
    let chair = Profile::new_in(0x21, "Shanghai IFF", "siff-chair", "CN");
    chair.caravan.seed_demo().unwrap();
    for key in ["story", "craft"] {
        chair
            .caravan
            .jury_criterion_add(&CriterionAddRequest {
                round: goblet(),
                key: key.into(),
                labels: vec![LangText {
                    lang: "en".into(),
                    text: key.into(),
                }],
                min: 0.0,
                max: 10.0,
                step: Some(0.5),
                weight: None,
            })
            .unwrap();
    }
    let juror = juror_profile(dir);
    let card = dir.join("ana.card");
    juror.write_card(&card).unwrap();
    juror.import_card(&chair.card()).unwrap();
    for (email, name, card) in [
        (
            "ana@jury.example",
            "Ana Ugalde",
            Some(card.display().to_string()),
        ),
        ("oleg@jury.example", "Oleg Ivanov", None),
    ] {
        chair
            .caravan
            .jury_juror_add(&JurorRequest {
                email: email.into(),
                name: name.into(),
                names: vec![],
                languages: vec!["es".into(), "en".into()],
                country: None,
                member: None,
                company: None,
                sections: vec![goblet()],
                card,
            })
            .unwrap();
    }
    chair
        .caravan
        .jury_assign(
            &AssignRequest {
                round: goblet(),
                reviews_per_entry: 1,
                max_load: None,
            },
            &l10n(),
        )
        .unwrap();
    (chair, juror)
}

/// Ana's works on her laptop, by the chair's ids in the packet's order.
fn score_all(juror: &Caravan, values: &[(f64, f64)]) {
    let mine = juror.jury_assignments(&goblet()).unwrap();
    for (a, (story, craft)) in mine.iter().zip(values.iter().cycle()) {
        for (criterion, value) in [("story", *story), ("craft", *craft)] {
            juror
                .jury_score(&ScoreRequest {
                    round: goblet(),
                    juror: a.juror.clone(),
                    work: a.work_id,
                    criterion: criterion.into(),
                    value,
                })
                .unwrap();
        }
    }
}

/// The chair's scores as text, for comparing two databases.
fn scores(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT juror_id, work_id, criterion_id, value, scored_at FROM scores ORDER BY 1, 2, 3",
        )
        .unwrap();
    let rows: Vec<String> = stmt
        .query_map([], |r| {
            Ok(format!(
                "{}|{}|{}|{}|{}",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, f64>(3)?,
                r.get::<_, i64>(4)?
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.join("\n")
}

/// A copy of the chair's database as it is now.
fn snapshot(from: &Path, to: &Path) -> Caravan {
    let conn = rusqlite::Connection::open(from).unwrap();
    conn.execute("VACUUM INTO ?1", [to.to_str().unwrap()])
        .unwrap();
    Profile::open_at(to.parent().unwrap(), 0x21)
}

#[test]
fn a_packet_carries_only_the_jurors_entries_and_its_sheets_merge_the_same_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let (chair, juror) = setup(dir.path());
    let packet = dir.path().join("ana.packet");
    // Oleg gave no card: no packet can be sealed to him.
    assert_eq!(
        chair
            .caravan
            .jury_packet_export("oleg@jury.example", &packet)
            .unwrap_err()
            .code(),
        "juror-no-card"
    );
    let written = chair
        .caravan
        .jury_packet_export("ana@jury.example", &packet)
        .unwrap();
    assert_eq!(written.entries, 10, "{written:?}");

    // Someone else's laptop cannot open it.
    let other_dir = tempfile::tempdir().unwrap();
    let other = Profile::new_in(0x44, "Busan IFF", "busan", "KR");
    other.caravan.import_card(&chair.card()).unwrap();
    assert_eq!(
        other.caravan.jury_packet_open(&packet).unwrap_err().code(),
        "envelope-not-addressed"
    );
    drop(other_dir);

    let opened = juror.jury_packet_open(&packet).unwrap();
    assert_eq!((opened.entries, opened.chair.as_str()), (10, "siff-chair"));
    // Only Ana's entries, and nothing about Oleg.
    let mine = juror.jury_assignments(&goblet()).unwrap();
    assert_eq!(mine.len(), 10);
    assert!(mine.iter().all(|a| a.juror == "ana@jury.example"));
    let jurors_there: i64 = rusqlite::Connection::open(dir.path().join("juror.db"))
        .unwrap()
        .query_row("SELECT count(*) FROM jurors", [], |r| r.get(0))
        .unwrap();
    assert_eq!(jurors_there, 1);
    // Opened again: the same works, not copies.
    juror.jury_packet_open(&packet).unwrap();
    assert_eq!(juror.jury_assignments(&goblet()).unwrap().len(), 10);

    // Three sheets over time: the scores change between them.
    let mut sheets: Vec<PathBuf> = Vec::new();
    for (i, values) in [
        [(6.0, 7.0), (8.5, 5.0)],
        [(7.5, 7.0), (9.0, 4.5)],
        [(10.0, 2.0), (3.0, 8.0)],
    ]
    .iter()
    .enumerate()
    {
        score_all(&juror, values);
        let sheet = dir.path().join(format!("sheet-{i}.sheet"));
        let w = juror.jury_sheet_export(&sheet).unwrap();
        assert_eq!(w.scores, 20);
        sheets.push(sheet);
    }

    // Merged in every order, each sheet twice: the same scores every time, the last
    // sheet's.
    let base = dir.path().join("base");
    std::fs::create_dir_all(&base).unwrap();
    drop(snapshot(&chair.db(), &base.join("caravan.db")));
    let mut outcomes = Vec::new();
    for (n, order) in [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ]
    .iter()
    .enumerate()
    {
        let copy = dir.path().join(format!("order-{n}"));
        std::fs::create_dir_all(&copy).unwrap();
        let c = snapshot(&base.join("caravan.db"), &copy.join("caravan.db"));
        for &i in order.iter().chain(order.iter()) {
            c.jury_sheet_merge(&sheets[i]).unwrap();
        }
        let again = c.jury_sheet_merge(&sheets[order[0]]).unwrap();
        assert!(again.already);
        drop(c);
        outcomes.push(scores(&copy.join("caravan.db")));
    }
    assert!(
        outcomes.windows(2).all(|w| w[0] == w[1]),
        "merging depends on the order"
    );
    let last = {
        let copy = dir.path().join("last-only");
        std::fs::create_dir_all(&copy).unwrap();
        let c = snapshot(&base.join("caravan.db"), &copy.join("caravan.db"));
        c.jury_sheet_merge(&sheets[2]).unwrap();
        drop(c);
        scores(&copy.join("caravan.db"))
    };
    assert_eq!(outcomes[0], last);
    assert!(!last.is_empty());

    // A sheet altered after signing, one from a key no juror's card names, and a packet
    // merged as a sheet: refused, and nothing changes.
    let before = state(&chair.db());
    let mut altered = std::fs::read(&sheets[0]).unwrap();
    let at = altered.len() - 10;
    altered[at] ^= 1;
    let altered_path = dir.path().join("altered.sheet");
    std::fs::write(&altered_path, &altered).unwrap();
    assert!(chair.caravan.jury_sheet_merge(&altered_path).is_err());
    assert_eq!(
        chair.caravan.jury_sheet_merge(&packet).unwrap_err().code(),
        "sheet-unknown-juror"
    );
    let truncated = dir.path().join("truncated.sheet");
    std::fs::write(&truncated, &std::fs::read(&sheets[0]).unwrap()[..200]).unwrap();
    assert!(chair.caravan.jury_sheet_merge(&truncated).is_err());
    assert_eq!(state(&chair.db()), before);

    // Merged for real: the results count Ana's last scores.
    let merged = chair.caravan.jury_sheet_merge(&sheets[2]).unwrap();
    assert_eq!(
        (merged.scores, merged.applied, merged.already),
        (20, 20, false)
    );
    let r = chair.caravan.jury_results(&goblet(), "en").unwrap();
    assert_eq!(r.entries.iter().filter(|e| e.count == 1).count(), 10);
}
