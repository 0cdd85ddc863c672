//! Juries on a real SQLite file with the demo's Golden Goblet competition (20 films):
//! a rubric, jurors with their languages, conflicts declared and found (a juror credited
//! on a film, a juror whose member recommended one), the assignment with its hard rules,
//! scores checked against the scale, paper ballots imported all or nothing, and results.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_core::api::{
    AssignRequest, ConflictRequest, ConflictTarget, CriterionAddRequest, JurorRequest, LangText,
    PairRequest, RoundRef, RoundRequest, ScoreRequest,
};
use caravan_core::{Caravan, World};
use caravan_domain::WorkId;
use std::collections::BTreeMap;

fn l10n() -> caravan_i18n::Localizer {
    caravan_i18n::Localizer::for_locale("en-US")
}

fn open(dir: &std::path::Path) -> Caravan {
    let c = Caravan::open(
        &dir.join("caravan.db"),
        World::fixed(1_780_000_000_000, "chair"),
    )
    .unwrap();
    c.seed_demo().unwrap();
    c
}

fn goblet() -> RoundRef {
    RoundRef {
        section: "golden-goblet".into(),
        edition: None,
        round: 1,
    }
}

fn text(lang: &str, text: &str) -> LangText {
    LangText {
        lang: lang.into(),
        text: text.into(),
    }
}

fn rubric(c: &Caravan) {
    for (key, en, zh, weight) in [
        ("story", "Story", "故事", 2.0),
        ("craft", "Craft", "技艺", 1.0),
    ] {
        c.jury_criterion_add(&CriterionAddRequest {
            round: goblet(),
            key: key.into(),
            labels: vec![text("en", en), text("zh-Hans", zh)],
            min: 0.0,
            max: 10.0,
            step: Some(0.5),
            weight: Some(weight),
        })
        .unwrap();
    }
}

fn juror(c: &Caravan, email: &str, name: &str, langs: &[&str]) {
    c.jury_juror_add(&JurorRequest {
        email: email.into(),
        name: name.into(),
        names: vec![],
        languages: langs.iter().map(|l| l.to_string()).collect(),
        country: None,
        member: None,
        company: None,
        sections: vec![goblet()],
        card: None,
    })
    .unwrap();
}

fn assign(c: &Caravan, k: u32, max_load: Option<u32>) -> caravan_core::api::AssignReport {
    c.jury_assign(
        &AssignRequest {
            round: goblet(),
            reviews_per_entry: k,
            max_load,
        },
        &l10n(),
    )
    .unwrap()
}

/// The demo's id of a work by its English title.
fn work(c: &Caravan, title: &str) -> WorkId {
    c.search(title, "en", 5).unwrap().hits[0].work_id
}

#[test]
fn every_entry_gets_its_reviewers_and_no_conflicted_pair_is_ever_assigned() {
    let dir = tempfile::tempdir().unwrap();
    let c = open(dir.path());
    rubric(&c);
    let shown = c.jury_rubric(&goblet()).unwrap();
    assert_eq!((shown.entries, shown.criteria.len()), (20, 2));
    for (email, name, langs) in [
        ("ana@jury.example", "Ana Ugalde", &["es", "en"][..]),
        ("chen@jury.example", "Chen Kaige", &["zh", "en"][..]),
        ("keiko@jury.example", "Keiko Abe", &["ja"][..]),
        ("oleg@jury.example", "Oleg Ivanov", &["ru", "kk"][..]),
        ("sara@jury.example", "Sara Karimi", &["fa", "ar", "tr"][..]),
    ] {
        juror(&c, email, name, langs);
    }
    // Chen Kaige directed Farewell My Concubine: found, not declared.
    let farewell = work(&c, "Farewell My Concubine");
    let found = c.jury_conflicts(&goblet(), &l10n()).unwrap().conflicts;
    assert!(
        found.iter().any(|x| x.juror == "chen@jury.example"
            && x.work_id == farewell
            && x.why == "credited"),
        "{found:?}"
    );
    // Keiko declares one.
    let spirited = work(&c, "Spirited Away");
    c.jury_conflict_add(
        &ConflictRequest {
            juror: "keiko@jury.example".into(),
            target: ConflictTarget::Work(spirited),
            reason: Some("worked on its subtitles".into()),
        },
        &l10n(),
    )
    .unwrap();

    let report = assign(&c, 3, None);
    assert!(report.uncovered.is_empty(), "{:?}", report.uncovered);
    assert_eq!(report.assignments.len(), 60);
    let mut per_work: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
    let mut load: BTreeMap<&str, u32> = BTreeMap::new();
    for a in &report.assignments {
        per_work.entry(a.work_id.get()).or_default().push(&a.juror);
        *load.entry(&a.juror).or_default() += 1;
    }
    assert!(per_work.values().all(|j| j.len() == 3));
    assert!(!per_work[&farewell.get()].contains(&"chen@jury.example"));
    assert!(!per_work[&spirited.get()].contains(&"keiko@jury.example"));
    // 60 reviews over 5 jurors: 12 each.
    assert!(load.values().all(|&l| l == 12), "{load:?}");
    // Stalker (Russian) goes to the juror who understands it.
    assert!(per_work[&work(&c, "Stalker").get()].contains(&"oleg@jury.example"));

    // Run again: everything is covered, so nothing is added and nothing moves.
    let again = assign(&c, 3, None);
    assert_eq!((again.added, again.assignments.len()), (0, 60));

    // Four reviews each with at most 15 per juror cannot be done (80 > 75), and the
    // report says which entries fell short and why.
    let short = assign(&c, 4, Some(15));
    assert_eq!(short.assignments.len(), 75);
    assert!(!short.uncovered.is_empty());
    assert!(short
        .uncovered
        .iter()
        .all(|u| u.reason == "jurors-full" || u.reason == "too-few-jurors"));
    // Farewell has only four conflict-free jurors and asks for four: it is not short of
    // jurors; Spirited Away likewise.
    let pair = |juror: &str, w: WorkId| PairRequest {
        round: goblet(),
        juror: juror.into(),
        work: w,
    };
    let e = c
        .jury_assign_add(&pair("chen@jury.example", farewell))
        .unwrap_err();
    assert_eq!(e.code(), "conflicted-pair");
}

#[test]
fn scores_keep_to_the_scale_paper_ballots_come_all_or_nothing_and_results_follow() {
    let dir = tempfile::tempdir().unwrap();
    let c = open(dir.path());
    rubric(&c);
    juror(&c, "ana@jury.example", "Ana Ugalde", &["es"]);
    juror(&c, "oleg@jury.example", "Oleg Ivanov", &["ru"]);
    let stalker = work(&c, "Stalker");
    let roma = work(&c, "Roma");
    let score = |j: &str, w: WorkId, k: &str, v: f64| ScoreRequest {
        round: goblet(),
        juror: j.into(),
        work: w,
        criterion: k.into(),
        value: v,
    };
    // Not assigned yet: refused.
    assert_eq!(
        c.jury_score(&score("ana@jury.example", stalker, "story", 8.0))
            .unwrap_err()
            .code(),
        "not-assigned"
    );
    let pair = |juror: &str, w: WorkId| PairRequest {
        round: goblet(),
        juror: juror.into(),
        work: w,
    };
    c.jury_assign_add(&pair("ana@jury.example", stalker))
        .unwrap();
    for (v, code) in [
        (10.5, "score-off-scale"),
        (7.3, "score-off-scale"),
        (-1.0, "score-off-scale"),
    ] {
        assert_eq!(
            c.jury_score(&score("ana@jury.example", stalker, "story", v))
                .unwrap_err()
                .code(),
            code
        );
    }
    assert_eq!(
        c.jury_score(&score("ana@jury.example", stalker, "pace", 5.0))
            .unwrap_err()
            .code(),
        "criterion-not-found"
    );
    c.jury_score(&score("ana@jury.example", stalker, "story", 9.5))
        .unwrap();
    c.jury_score(&score("ana@jury.example", stalker, "craft", 8.0))
        .unwrap();

    // Paper ballots: a file with one bad row changes nothing.
    let csv = dir.path().join("ballots.csv");
    let resolve = |r: &str| -> Result<WorkId, caravan_core::Error> {
        match r {
            "stalker" => Ok(stalker),
            "roma" => Ok(roma),
            other => Err(caravan_core::Error::WorkNotFound(other.into())),
        }
    };
    std::fs::write(
        &csv,
        "juror,work,criterion,value,comment\n\
         oleg@jury.example,stalker,story,10,Tarkovsky at his most patient\n\
         oleg@jury.example,stalker,craft,9.5,\n\
         oleg@jury.example,roma,story,12,\n",
    )
    .unwrap();
    let before = c.jury_results(&goblet(), "en").unwrap();
    let e = c
        .jury_scores_import(&csv, &goblet(), &resolve, &l10n())
        .unwrap_err();
    assert_eq!(e.code(), "scores-rejected");
    let payload = e.to_payload(&l10n());
    let rejected = &payload.details.unwrap()["rejected"];
    assert_eq!(rejected[0]["line"], 4);
    assert_eq!(rejected[0]["code"], "score-off-scale");
    assert_eq!(c.jury_results(&goblet(), "en").unwrap(), before);
    assert!(c
        .jury_assignments(&goblet())
        .unwrap()
        .iter()
        .all(|a| a.juror != "oleg@jury.example"));

    // Corrected, it imports, assigning Oleg the works on his ballot.
    std::fs::write(
        &csv,
        "juror,work,criterion,value,comment\n\
         oleg@jury.example,stalker,story,10,Tarkovsky at his most patient\n\
         oleg@jury.example,stalker,craft,9.5,\n\
         oleg@jury.example,roma,story,6,\n\
         oleg@jury.example,roma,craft,7,\n",
    )
    .unwrap();
    let imported = c
        .jury_scores_import(&csv, &goblet(), &resolve, &l10n())
        .unwrap();
    assert_eq!((imported.imported, imported.updated), (4, 0));
    let again = c
        .jury_scores_import(&csv, &goblet(), &resolve, &l10n())
        .unwrap();
    assert_eq!((again.imported, again.unchanged), (0, 4));
    let paper: Vec<_> = c
        .jury_assignments(&goblet())
        .unwrap()
        .into_iter()
        .filter(|a| a.source == "paper")
        .collect();
    assert_eq!(paper.len(), 2);

    let r = c.jury_results(&goblet(), "en").unwrap();
    let first = &r.entries[0];
    assert_eq!((first.work_id, first.count), (stalker, 2));
    // Ana: (2·9.5 + 8)/3 = 9; Oleg: (2·10 + 9.5)/3 = 9.8333…
    assert!((first.mean.unwrap() - (9.0 + 29.5 / 3.0) / 2.0).abs() < 1e-9);
    assert_eq!(first.schulze_rank, 1);
    let roma_row = r.entries.iter().find(|e| e.work_id == roma).unwrap();
    assert_eq!((roma_row.count, roma_row.schulze_rank), (1, 2));
    // An entry no one scored is listed last, with a count of zero.
    assert_eq!(r.entries.last().unwrap().count, 0);
    assert!(r.krippendorff_alpha.criteria.contains_key("story"));

    // A second round takes the first round's best entry.
    let next = c
        .jury_round(&RoundRequest {
            round: RoundRef {
                round: 2,
                ..goblet()
            },
            deadline: Some("2027-03-01".into()),
            blind: true,
            shortlist: Some(1),
        })
        .unwrap();
    assert_eq!(
        (next.entries, next.blind, next.shortlisted),
        (1, true, true)
    );
}
