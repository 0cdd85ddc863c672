//! DDEX deliveries of every ERN version in use, through the command line: each reads
//! into works, music videos become music with their ISRC, a side track with only a
//! proprietary id is kept under it, what is not a work is counted, and what deserves a
//! look is a warning rather than a refusal.

use super::{ddex_fixture, demo_db, ok};
use caravan_e2e::caravan;
use serde_json::Value;
use std::path::Path;

const MUSIC: &str = "srimf-pingyao-2018";

fn import(db: &Path, name: &str) -> Value {
    let file = ddex_fixture(name);
    ok(caravan(
        db,
        &[
            "--json",
            "import",
            "ddex",
            file.to_str().unwrap(),
            "--edition",
            MUSIC,
        ],
    ))
}

fn skipped(report: &Value, kind: &str) -> u64 {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == kind)
        .and_then(|s| s["count"].as_u64())
        .unwrap_or(0)
}

#[test]
fn deliveries_of_every_ern_version_import() {
    let (_dir, db) = demo_db();
    for name in [
        "ern341_album.xml",
        "ern35_single.xml",
        "ern36_video.xml",
        "ern371_album.xml",
        "ern37d2_album.xml",
        "ern382_album.xml",
        "ern382_diacritics.xml",
        "ern41_single.xml",
        "ern42_video_single.xml",
        "ern43_album.xml",
        "ern431_catalogue.xml",
        "ern43_dj_mix.xml",
    ] {
        let report = import(&db, name);
        assert!(
            report["imported"].as_u64().unwrap() >= 1,
            "{name}: {report}"
        );
        assert_eq!(report["rejected_total"], 0, "{name}: {report}");
    }
}

#[test]
fn a_music_video_is_music_with_its_isrc_and_images_are_counted() {
    let (_dir, db) = demo_db();
    let report = import(&db, "ern42_video_single.xml");
    assert_eq!(report["imported"], 1, "{report}");
    assert!(skipped(&report, "Image") >= 1, "{report}");
    let video = ok(caravan(&db, &["--json", "works", "show", "AZX011700009"]));
    assert_eq!(video["kind"], "music");
    assert!(video["fields"].to_string().contains("Video"), "{video}");
}

#[test]
fn a_side_track_with_only_a_proprietary_id_is_kept_under_it() {
    let (_dir, db) = demo_db();
    let report = import(&db, "ern43_dj_mix.xml");
    assert_eq!(report["rejected_total"], 0, "{report}");
    let works = ok(caravan(
        &db,
        &[
            "--json",
            "works",
            "list",
            "--edition",
            MUSIC,
            "--limit",
            "100",
        ],
    ));
    let ids: Vec<Value> = works["works"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            ok(caravan(
                &db,
                &["--json", "works", "show", &w["id"].to_string()],
            ))["identifiers"]
                .clone()
        })
        .collect();
    assert!(
        ids.iter()
            .any(|i| i.to_string().contains("ddex-proprietary")
                && i.to_string().contains("PADPIDA0000000020X:ST-0456")),
        "{ids:?}"
    );
}

#[test]
fn one_isrc_on_two_resources_imports_the_first_and_warns_naming_both() {
    let (_dir, db) = demo_db();
    let report = import(&db, "duplicate_isrc.xml");
    assert_eq!(report["imported"], 2, "{report}");
    let warning = &report["warnings"][0];
    assert_eq!(warning["code"], "ddex-duplicate-isrc", "{report}");
    assert_eq!(warning["value"], "KZA1A2400001");
    assert!(warning["message"]
        .as_str()
        .unwrap()
        .contains("KZA1A2400001"));

    // Elements nested past any real message are refused at once, naming the line.
    let deep = ddex_fixture("too_deep.xml");
    let e = caravan(
        &db,
        &[
            "--json",
            "import",
            "ddex",
            deep.to_str().unwrap(),
            "--edition",
            MUSIC,
        ],
    )
    .error();
    assert_eq!(e["code"], "ddex-too-deep", "{e}");
}

#[test]
fn a_two_gigabyte_file_is_refused_before_it_is_read() {
    let (dir, db) = demo_db();
    let huge = dir.path().join("huge.xml");
    // Sparse: two gigabytes on paper, nothing on the disk.
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(2 << 30).unwrap();
    drop(file);
    let before = super::contents(&db);
    let e = caravan(
        &db,
        &[
            "--json",
            "import",
            "ddex",
            huge.to_str().unwrap(),
            "--edition",
            MUSIC,
        ],
    )
    .error();
    assert_eq!(e["code"], "ddex-too-large", "{e}");
    assert_eq!(super::contents(&db), before);
}
