//! Juries on the command line, in CLI.md's shapes: a rubric, jurors (with `--lang` after
//! the command naming their languages), a conflict, the assignment, paper ballots and the
//! results, with the coded errors that leave the store as it was.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_e2e::caravan;
use serde_json::Value;

fn ok(db: &std::path::Path, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend(args);
    let run = caravan(db, &all);
    assert_eq!(run.status, 0, "{args:?}: {}{}", run.stdout, run.stderr);
    run.json()
}

fn fails(db: &std::path::Path, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend(args);
    let run = caravan(db, &all);
    assert_ne!(run.status, 0, "{args:?} should fail: {}", run.stdout);
    run.json()["error"].clone()
}

#[test]
fn a_jury_scores_a_section_and_its_results_have_the_contract_shape() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    ok(&db, &["demo"]);
    let s = ["--section", "golden-goblet"];
    let rubric = ok(
        &db,
        &[
            "jury",
            "criterion",
            "add",
            "story",
            s[0],
            s[1],
            "--label",
            "Story",
            "--label-in",
            "zh-Hans=故事",
            "--min",
            "0",
            "--max",
            "10",
            "--step",
            "0.5",
            "--weight",
            "2",
        ],
    );
    assert_eq!(rubric["rubric"]["criteria"][0]["key"], "story", "{rubric}");
    ok(
        &db,
        &[
            "jury",
            "criterion",
            "add",
            "craft",
            s[0],
            s[1],
            "--label",
            "Craft",
            "--min",
            "0",
            "--max",
            "10",
        ],
    );
    let e = fails(
        &db,
        &[
            "jury",
            "criterion",
            "add",
            "pace",
            s[0],
            s[1],
            "--label",
            "Pace",
            "--min",
            "5",
            "--max",
            "1",
        ],
    );
    assert_eq!(e["code"], "scale-invalid");

    for (email, name, langs) in [
        ("ana@jury.example", "Ana Ugalde", "es,en"),
        ("oleg@jury.example", "Oleg Ivanov", "ru"),
        ("keiko@jury.example", "Keiko Abe", "ja"),
        ("chen@jury.example", "Chen Kaige", "zh"),
    ] {
        let j = ok(
            &db,
            &[
                "jury",
                "juror",
                "add",
                email,
                "--name",
                name,
                "--lang",
                langs,
                "--country",
                "FR",
            ],
        );
        assert_eq!(j["juror"]["email"], email, "{j}");
        assert!(j["juror"]["id"].is_i64());
        assert_eq!(j["juror"]["languages"][0], langs.split(',').next().unwrap());
    }
    // --lang before the command is still the interface language.
    let text = caravan(
        &db,
        &[
            "--lang",
            "fr",
            "jury",
            "rubric",
            "--section",
            "golden-goblet",
        ],
    );
    assert_eq!(text.status, 0, "{}", text.stderr);
    let declared = ok(
        &db,
        &[
            "jury",
            "conflict",
            "add",
            "keiko@jury.example",
            "spirited-away",
            "--reason",
            "subtitled it",
        ],
    );
    assert!(
        declared["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["why"] == "declared"),
        "{declared}"
    );
    let conflicts = ok(&db, &["jury", "conflicts", s[0], s[1]]);
    assert!(
        conflicts["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["juror"] == "chen@jury.example" && c["why"] == "credited"),
        "{conflicts}"
    );

    let assigned = ok(
        &db,
        &[
            "jury",
            "assign",
            s[0],
            s[1],
            "--reviews-per-entry",
            "2",
            "--max-load",
            "10",
        ],
    );
    for key in ["assignments", "uncovered", "cost"] {
        assert!(assigned.get(key).is_some(), "{key}: {assigned}");
    }
    let pairs = assigned["assignments"].as_array().unwrap();
    assert_eq!(pairs.len(), 40, "{assigned}");
    assert!(pairs
        .iter()
        .all(|p| p.get("juror").is_some() && p["work_id"].is_i64()));
    assert!(assigned["uncovered"].as_array().unwrap().is_empty());
    let e = fails(
        &db,
        &[
            "jury",
            "assign",
            "add",
            "keiko@jury.example",
            "spirited-away",
            s[0],
            s[1],
        ],
    );
    assert_eq!(e["code"], "conflicted-pair");

    // Paper ballots: one bad row refuses the file, with the row named; nothing changes.
    let stalker = ok(&db, &["works", "show", "stalker"])["id"]
        .as_i64()
        .unwrap();
    let ballots = dir.path().join("ballots.csv");
    std::fs::write(
        &ballots,
        format!(
            "juror,work,criterion,value,comment\n\
             oleg@jury.example,{stalker},story,9.5,\n\
             oleg@jury.example,{stalker},craft,9,\n\
             ana@jury.example,{stalker},story,8,\n\
             ana@jury.example,{stalker},craft,11,too high\n"
        ),
    )
    .unwrap();
    let e = fails(
        &db,
        &[
            "jury",
            "scores",
            "import",
            ballots.to_str().unwrap(),
            s[0],
            s[1],
        ],
    );
    assert_eq!(e["code"], "scores-rejected");
    assert_eq!(e["details"]["rejected"][0]["line"], 5, "{e}");
    assert_eq!(e["details"]["rejected"][0]["code"], "score-off-scale");
    let before = ok(&db, &["jury", "results", s[0], s[1]]);
    assert!(before["entries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["count"] == 0));
    std::fs::write(
        &ballots,
        format!(
            "juror,work,criterion,value,comment\n\
             oleg@jury.example,{stalker},story,9.5,\n\
             oleg@jury.example,{stalker},craft,9,\n\
             ana@jury.example,{stalker},story,8,\n\
             ana@jury.example,{stalker},craft,10,\n\
             ana@jury.example,roma,story,6,\n\
             ana@jury.example,roma,craft,5,\n"
        ),
    )
    .unwrap();
    let imported = ok(
        &db,
        &[
            "jury",
            "scores",
            "import",
            ballots.to_str().unwrap(),
            s[0],
            s[1],
        ],
    );
    assert_eq!(
        (imported["imported"].as_u64(), imported["updated"].as_u64()),
        (Some(6), Some(0)),
        "{imported}"
    );
    assert!(imported["rejected"].as_array().unwrap().is_empty());

    let results = ok(&db, &["jury", "results", s[0], s[1]]);
    let top = &results["entries"][0];
    for key in [
        "work_id",
        "count",
        "mean",
        "median",
        "stddev",
        "min",
        "max",
        "normalized_mean",
        "weighted_total",
        "schulze_rank",
        "borda_score",
        "disagreement",
    ] {
        assert!(top.get(key).is_some(), "{key}: {top}");
    }
    assert_eq!(
        (top["work_id"].as_i64(), top["count"].as_u64()),
        (Some(stalker), Some(2))
    );
    assert_eq!(top["schulze_rank"], 1);
    // Oleg (2·9.5 + 9)/3, Ana (2·8 + 10)/3: mean 9, stddev √2/3·…, rubric points 2·8.75 + 9.5.
    assert!((top["mean"].as_f64().unwrap() - 9.0).abs() < 1e-9);
    assert!((top["weighted_total"].as_f64().unwrap() - 27.0).abs() < 1e-9);
    let alpha = &results["krippendorff_alpha"];
    assert!(
        alpha.get("total").is_some() && alpha["criteria"].get("story").is_some(),
        "{alpha}"
    );
    let e = fails(
        &db,
        &["jury", "results", "--section", "belt-and-road-film-week"],
    );
    assert_eq!(e["code"], "round-not-found");
    let e = fails(&db, &["jury", "round", s[0], s[1], "--shortlist", "5"]);
    assert_eq!(e["code"], "shortlist-first-round");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "not a film").unwrap();
    let e = fails(
        &db,
        &["jury", "screener", "stalker", notes.to_str().unwrap()],
    );
    assert_eq!(e["code"], "screener-not-video");
    let e = fails(&db, &["jury", "screener", "stalker", "/nowhere/film.webm"]);
    assert_eq!(e["code"], "file-unreadable");
}

/// `caravan --json ARGS` with a passphrase for the profile's keys.
fn keyed(db: &std::path::Path, args: &[&str]) -> Value {
    let mut cmd = caravan_e2e::command();
    cmd.arg("--db")
        .arg(db)
        .arg("--json")
        .args(args)
        .env("CARAVAN_PASSPHRASE", "jury pass");
    let run: caravan_e2e::Run = cmd.output().unwrap().into();
    assert_eq!(run.status, 0, "{args:?}: {}{}", run.stdout, run.stderr);
    run.json()
}

#[test]
fn a_juror_scores_offline_from_a_packet_and_the_chair_merges_the_signed_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let chair = dir.path().join("chair.db");
    let laptop = dir.path().join("laptop.db");
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    keyed(&chair, &["demo"]);
    keyed(
        &chair,
        &[
            "identity",
            "init",
            "--name",
            "Shanghai IFF",
            "--member",
            "siff",
        ],
    );
    keyed(&chair, &["identity", "card", "--out", &path("chair.card")]);
    keyed(
        &laptop,
        &[
            "identity",
            "init",
            "--name",
            "Ana Ugalde",
            "--member",
            "ana-ugalde",
        ],
    );
    keyed(&laptop, &["identity", "card", "--out", &path("ana.card")]);
    keyed(&laptop, &["members", "import-card", &path("chair.card")]);
    keyed(
        &chair,
        &[
            "jury",
            "criterion",
            "add",
            "story",
            "--section",
            "golden-goblet",
            "--label",
            "Story",
            "--min",
            "1",
            "--max",
            "5",
        ],
    );
    keyed(
        &chair,
        &[
            "jury",
            "juror",
            "add",
            "ana@jury.example",
            "--name",
            "Ana Ugalde",
            "--lang",
            "es",
            "--card",
            &path("ana.card"),
            "--section",
            "golden-goblet",
        ],
    );
    keyed(
        &chair,
        &[
            "jury",
            "assign",
            "--section",
            "golden-goblet",
            "--reviews-per-entry",
            "1",
        ],
    );
    let packet = keyed(
        &chair,
        &[
            "jury",
            "packet",
            "export",
            "--juror",
            "ana@jury.example",
            "--out",
            &path("ana.packet"),
        ],
    );
    assert_eq!(packet["packet"]["entries"], 20, "{packet}");
    let opened = keyed(&laptop, &["jury", "packet", "open", &path("ana.packet")]);
    assert_eq!(
        (
            opened["packet"]["chair"].as_str(),
            opened["packet"]["entries"].as_u64()
        ),
        (Some("siff"), Some(20))
    );
    // On the laptop, the juror scores every entry with the work ids of the laptop.
    let mine = keyed(&laptop, &["jury", "results", "--section", "golden-goblet"]);
    for (i, e) in mine["entries"].as_array().unwrap().iter().enumerate() {
        let work = e["work_id"].as_i64().unwrap().to_string();
        let value = (1 + i % 5).to_string();
        keyed(
            &laptop,
            &[
                "jury",
                "score",
                "ana@jury.example",
                &work,
                "story",
                &value,
                "--section",
                "golden-goblet",
            ],
        );
    }
    let sheet = keyed(
        &laptop,
        &["jury", "sheet", "export", "--out", &path("ana.sheet")],
    );
    assert_eq!(sheet["sheet"]["scores"], 20, "{sheet}");
    let merged = keyed(&chair, &["jury", "sheet", "merge", &path("ana.sheet")]);
    assert_eq!(
        (
            merged["sheet"]["applied"].as_u64(),
            merged["sheet"]["already"].as_bool()
        ),
        (Some(20), Some(false))
    );
    let again = keyed(&chair, &["jury", "sheet", "merge", &path("ana.sheet")]);
    assert_eq!(again["sheet"]["already"], true);
    let results = keyed(&chair, &["jury", "results", "--section", "golden-goblet"]);
    assert!(
        results["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["count"] == 1),
        "{results}"
    );
    // The laptop cannot merge its own sheet as if it were the chair.
    let mut cmd = caravan_e2e::command();
    cmd.arg("--db")
        .arg(&laptop)
        .args(["--json", "jury", "sheet", "merge", &path("ana.sheet")])
        .env("CARAVAN_PASSPHRASE", "jury pass");
    let run: caravan_e2e::Run = cmd.output().unwrap().into();
    assert_ne!(run.status, 0);
}

#[test]
fn an_award_is_decided_by_absolute_then_relative_majority_and_a_work_wins_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    ok(&db, &["demo"]);
    let e = ["--edition", "siff-2026"];
    let voters: Vec<String> = (0..5).map(|i| format!("juror{i}@jury.example")).collect();
    for v in &voters {
        ok(&db, &["jury", "juror", "add", v, "--name", v]);
    }
    let award = ok(
        &db,
        &[
            "award",
            "add",
            "golden-goblet",
            e[0],
            e[1],
            "--label",
            "Golden Goblet",
            "--label-in",
            "zh-Hans=金爵奖",
        ],
    );
    assert_eq!(award["award"]["exclusive"], true, "{award}");
    ok(
        &db,
        &[
            "award",
            "add",
            "best-director",
            e[0],
            e[1],
            "--label",
            "Best Director",
        ],
    );
    let vote_fails = |award: &str, work: &str, round: &str, voter: &str| -> Value {
        fails(
            &db,
            &[
                "award", "vote", award, work, e[0], e[1], "--round", round, "--voter", voter,
            ],
        )
    };
    let vote = |award: &str, round: &str, voter: &str, work: &str| {
        ok(
            &db,
            &[
                "award", "vote", award, work, e[0], e[1], "--round", round, "--voter", voter,
            ],
        );
    };
    // Round 1: 2 – 2 – 1: no absolute majority.
    for (v, w) in voters
        .iter()
        .zip(["stalker", "stalker", "roma", "roma", "ida"])
    {
        vote("golden-goblet", "1", v, w);
    }
    let dup = vote_fails("golden-goblet", "ida", "1", &voters[0]);
    assert_eq!(dup["code"], "vote-duplicate");
    let t1 = ok(
        &db,
        &[
            "award",
            "tally",
            "golden-goblet",
            e[0],
            e[1],
            "--round",
            "1",
        ],
    );
    assert_eq!(
        (
            t1["tally"]["winner"].is_null(),
            t1["tally"]["absolute"].as_bool()
        ),
        (true, Some(true)),
        "{t1}"
    );
    // Round 2: 2 – 2 – 1 again: still none. Round 3, 2 – 1 – 1 – 1: a relative majority
    // decides (a tie for the most votes would not).
    for (v, w) in voters
        .iter()
        .zip(["stalker", "stalker", "roma", "roma", "ida"])
    {
        vote("golden-goblet", "2", v, w);
    }
    assert!(ok(
        &db,
        &[
            "award",
            "tally",
            "golden-goblet",
            e[0],
            e[1],
            "--round",
            "2"
        ]
    )["tally"]["winner"]
        .is_null());
    for (v, w) in voters
        .iter()
        .zip(["stalker", "stalker", "roma", "ida", "leviathan"])
    {
        vote("golden-goblet", "3", v, w);
    }
    let t3 = ok(
        &db,
        &[
            "award",
            "tally",
            "golden-goblet",
            e[0],
            e[1],
            "--round",
            "3",
        ],
    );
    let stalker = ok(&db, &["works", "show", "stalker"])["id"]
        .as_i64()
        .unwrap();
    assert_eq!(t3["tally"]["winner"].as_i64(), Some(stalker), "{t3}");
    assert_eq!(t3["tally"]["counts"][0]["votes"], 2);
    let decided = vote_fails("golden-goblet", "roma", "4", &voters[0]);
    assert_eq!(decided["code"], "award-decided");
    // Stalker won an exclusive award: it cannot win Best Director too.
    let empty = fails(&db, &["award", "tally", "best-director", e[0], e[1]]);
    assert_eq!(empty["code"], "ballot-empty");
    let taken = vote_fails("best-director", "stalker", "1", &voters[0]);
    assert_eq!(taken["code"], "award-work-taken");
    let listed = ok(&db, &["awards", "list", e[0], e[1]]);
    let winner = &listed["awards"][0]["winners"][0];
    assert_eq!(
        (
            winner["round"].as_u64(),
            winner["votes"].as_u64(),
            winner["cast"].as_u64()
        ),
        (Some(3), Some(2), Some(5))
    );
}
