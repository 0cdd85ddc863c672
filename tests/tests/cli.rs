//! The `caravan` command line against CLI.md: shapes of `--json` output, localised text,
//! and coded errors that leave the database untouched.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_e2e::{caravan, command, fingerprint, Run};
use serde_json::Value;
use std::path::PathBuf;

fn demo_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let run = caravan(&db, &["--json", "demo"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    (dir, db)
}

#[test]
fn demo_is_idempotent_and_reports_totals() {
    let (_dir, db) = demo_db();
    let again = caravan(&db, &["demo", "--json"]);
    assert_eq!(again.status, 0);
    let totals = again.json();
    for key in ["alliances", "members", "editions", "works"] {
        assert!(totals[key].as_u64().unwrap() > 0, "{key}: {totals}");
    }
    assert!(totals["works"].as_u64().unwrap() >= 60);
    assert_eq!(caravan(&db, &["demo", "--json"]).json(), totals);
}

#[test]
fn works_list_has_the_contract_shape_and_pages() {
    let (_dir, db) = demo_db();
    let page = caravan(
        &db,
        &["works", "list", "--json", "--limit", "5", "--offset", "2"],
    )
    .json();
    assert!(page["total"].as_u64().unwrap() >= 60);
    let works = page["works"].as_array().unwrap();
    assert_eq!(works.len(), 5);
    for w in works {
        for key in ["id", "kind", "title", "original_title", "year"] {
            assert!(w.get(key).is_some(), "{key} missing in {w}");
        }
    }
    assert_eq!(works[0]["id"], 3);
    let edition = caravan(
        &db,
        &["works", "list", "--edition", "srimf-pingyao-2018", "--json"],
    )
    .json();
    assert!(edition["works"]
        .as_array()
        .unwrap()
        .iter()
        .all(|w| w["kind"] == "music"));
}

#[test]
fn titles_follow_the_language_with_fallback() {
    let (_dir, db) = demo_db();
    let first_title = |lang: &str| {
        caravan(
            &db,
            &["--lang", lang, "works", "list", "--limit", "1", "--json"],
        )
        .json()["works"][0]["title"]
            .clone()
    };
    assert_eq!(first_title("en-US"), "Farewell My Concubine");
    assert_eq!(first_title("zh-CN"), "霸王别姬");
    assert_eq!(first_title("zh-TW"), "霸王別姬");
    assert_eq!(first_title("ru"), "Прощай, моя наложница");
    assert_eq!(first_title("ar"), "霸王别姬");
}

#[test]
fn works_show_lists_every_language_variant() {
    let (_dir, db) = demo_db();
    let work = caravan(&db, &["works", "show", "9", "--json", "--lang", "zh-TW"]).json();
    assert_eq!(work["id"], 9);
    assert_eq!(work["kind"], "film");
    assert_eq!(work["year"], 2019);
    assert_eq!(work["title"], "寄生上流");
    let titles = work["titles"].as_array().unwrap();
    assert!(titles.len() >= 8);
    assert!(titles
        .iter()
        .any(|t| t["lang"] == "ko" && t["text"] == "기생충" && t["original"] == true));
    assert!(titles.iter().filter(|t| t["original"] == true).count() == 1);
    assert_eq!(
        work["credits"][0],
        serde_json::json!({"role": "director", "name": "Bong Joon-ho"})
    );
    assert!(work["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["kind"].is_string() && i["value"].is_string()));

    let by_isrc = caravan(&db, &["works", "show", "SEAYD7601020", "--json"]).json();
    assert_eq!(by_isrc["title"], "Dancing Queen");
}

#[test]
fn editions_are_added_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let added = caravan(
        &db,
        &[
            "edition",
            "add",
            "tbilisi-2027",
            "--name",
            "Tbilisi IFF 2027",
            "--year",
            "2027",
            "--section",
            "competition",
            "--section",
            "shorts",
            "--json",
        ],
    )
    .json();
    let e = &added["edition"];
    assert_eq!(e["slug"], "tbilisi-2027");
    assert_eq!(e["name"], "Tbilisi IFF 2027");
    assert_eq!(e["year"], 2027);
    assert!(e["id"].is_u64());
    assert_eq!(e["sections"].as_array().unwrap().len(), 2);
    let list = caravan(&db, &["editions", "list", "--json"]).json();
    assert_eq!(list["editions"][0]["slug"], "tbilisi-2027");

    let again = caravan(
        &db,
        &["--json", "edition", "add", "tbilisi-2027", "--name", "X"],
    );
    assert_eq!(again.error()["code"], "slug-taken");
}

#[test]
fn global_flags_go_before_or_after_the_command_and_env_stands_in_for_db() {
    let (_dir, db) = demo_db();
    let before = caravan(
        &db,
        &["--json", "--lang", "fr", "works", "list", "--limit", "1"],
    )
    .json();
    let after = caravan(
        &db,
        &["works", "list", "--limit", "1", "--lang", "fr", "--json"],
    )
    .json();
    assert_eq!(before, after);
    assert_eq!(after["works"][0]["title"], "Adieu ma concubine");

    let mut cmd = command();
    cmd.args(["works", "list", "--json", "--limit", "1"])
        .env("CARAVAN_DB", &db);
    let run: Run = cmd.output().unwrap().into();
    assert_eq!(run.json()["total"], before["total"]);
}

#[test]
fn text_output_is_localised() {
    let (_dir, db) = demo_db();
    let ru = caravan(&db, &["--lang", "ru", "works", "list", "--limit", "2"]);
    assert!(
        ru.stdout.starts_with("Произведения 1–2 из "),
        "{}",
        ru.stdout
    );
    let zh = caravan(&db, &["--lang", "zh-CN", "works", "show", "1"]);
    assert!(zh.stdout.contains("导演: Chen Kaige"), "{}", zh.stdout);
    let help = caravan(&db, &["--lang", "ar", "--help"]);
    assert_eq!(help.status, 0);
    assert!(help.stdout.contains("الأوامر"), "{}", help.stdout);
    let fr_error = caravan(&db, &["--lang", "fr", "works", "show", "999999"]);
    assert_ne!(fr_error.status, 0);
    assert!(
        // French sets a narrow no-break space inside its guillemets.
        fr_error
            .stderr
            .contains("Aucune œuvre «\u{202f}999999\u{202f}»"),
        "{}",
        fr_error.stderr
    );
    assert!(fr_error.stdout.is_empty());
}

fn assert_error(run: Run, code: &str) -> Value {
    let error = run.error();
    assert_eq!(error["code"], code, "{error}");
    error
}

#[test]
fn bad_commands_and_ids_get_coded_errors() {
    let (_dir, db) = demo_db();
    assert_error(
        caravan(&db, &["--json", "definitely-not-a-command"]),
        "cli-unknown-command",
    );
    assert_error(
        caravan(&db, &["--json", "works", "show", "999999"]),
        "work-not-found",
    );
    assert_error(
        caravan(&db, &["--json", "works", "show", "no-such-key"]),
        "work-not-found",
    );
    assert_error(
        caravan(&db, &["--json", "works", "list", "--limit", "many"]),
        "cli-invalid-value",
    );
    assert_error(
        caravan(&db, &["--json", "works", "list", "--colour"]),
        "cli-unknown-argument",
    );
    assert_error(
        caravan(&db, &["--json", "works", "list", "--edition", "nope-2026"]),
        "edition-not-found",
    );
    let e = assert_error(
        caravan(&db, &["--json", "--lang", "tlh", "works", "list"]),
        "lang-unsupported",
    );
    assert!(e["message"].as_str().unwrap().contains("zh-CN"));
    assert_error(
        caravan(&db, &["--json", "--lang", "!!", "works", "list"]),
        "lang-invalid",
    );
    let fr = assert_error(
        caravan(&db, &["--json", "--lang", "fr", "works", "show", "424242"]),
        "work-not-found",
    );
    assert!(
        fr["message"].as_str().unwrap().starts_with("Aucune œuvre"),
        "{fr}"
    );
}

#[test]
fn broken_databases_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();

    let text = dir.path().join("notes.db");
    std::fs::write(&text, "these are festival notes\n").unwrap();
    let before = fingerprint(&text);
    let e = assert_error(
        caravan(&text, &["--json", "works", "list"]),
        "db-not-sqlite",
    );
    assert!(
        e["message"].as_str().unwrap().contains("notes.db"),
        "names the file: {e}"
    );
    assert_eq!(fingerprint(&text), before);

    let newer = dir.path().join("newer.db");
    caravan(&newer, &["--json", "demo"]);
    mark_as_newer(&newer);
    let before = fingerprint(&newer);
    assert_error(
        caravan(&newer, &["--json", "works", "list"]),
        "db-newer-version",
    );
    assert_error(caravan(&newer, &["--json", "demo"]), "db-newer-version");
    assert_eq!(fingerprint(&newer), before);

    let corrupt = dir.path().join("corrupt.db");
    caravan(&corrupt, &["--json", "demo", "--generate", "3000"]);
    // Scribble over the pages of the works table itself: its root and the leaves after it.
    let root: i64 = {
        let conn = rusqlite::Connection::open(&corrupt).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        conn.query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'works'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let mut bytes = fingerprint(&corrupt);
    let page = 4096;
    let start = (root as usize - 1) * page;
    for b in &mut bytes[start..start + page] {
        *b = 0x5A;
    }
    std::fs::write(&corrupt, &bytes).unwrap();
    // Read pages of the list, in both orders, and search: the damage must surface as
    // db-corrupt, nothing else.
    let mut codes = Vec::new();
    for sort in ["id", "title"] {
        for offset in (0..3100).step_by(500) {
            let offset = offset.to_string();
            let run = caravan(
                &corrupt,
                &[
                    "--json", "works", "list", "--limit", "500", "--offset", &offset, "--sort",
                    sort,
                ],
            );
            if run.status != 0 {
                codes.push(run.error()["code"].clone());
            }
        }
    }
    for query in ["stalker", "amelie", "茉莉花", "Blue"] {
        let run = caravan(&corrupt, &["--json", "search", query]);
        if run.status != 0 {
            codes.push(run.error()["code"].clone());
        }
    }
    assert!(!codes.is_empty(), "a corrupt database went unnoticed");
    assert!(codes.iter().all(|c| c == "db-corrupt"), "{codes:?}");
    assert_eq!(
        fingerprint(&corrupt),
        bytes,
        "the corrupt file was modified"
    );
}

/// Marks a Caravan database as written by a future version, by raising the
/// `user_version` field of the SQLite header (bytes 60–63).
fn mark_as_newer(path: &std::path::Path) {
    // Closing the last connection folded the WAL into the main file.
    let mut bytes = fingerprint(path);
    let version = u32::from_be_bytes(bytes[60..64].try_into().unwrap());
    bytes[60..64].copy_from_slice(&(version + 1).to_be_bytes());
    std::fs::write(path, bytes).unwrap();
}

fn media_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../src-tauri/crates/media/tests/fixtures")
        .join(name)
}

#[test]
fn media_add_list_remove_have_the_contract_shape() {
    let (_dir, db) = demo_db();
    let poster = media_fixture("formats/pil_sample_cmyk.jpg");
    let poster = poster.to_str().unwrap();
    let added = caravan(
        &db,
        &["media", "add", "9", poster, "--kind", "poster", "--json"],
    )
    .json();
    let m = &added["media"];
    assert!(m["id"].is_i64());
    assert_eq!(m["sha256"].as_str().unwrap().len(), 64);
    assert!(m["width"].as_u64().unwrap() > 0 && m["height"].as_u64().unwrap() > 0);
    assert_eq!(m["format"], "jpeg");
    let thumbs = m["thumbnails"].as_array().unwrap();
    assert_eq!(
        thumbs
            .iter()
            .map(|t| t["size"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [160, 480, 1280]
    );
    for t in thumbs {
        for key in ["width", "height", "format", "path"] {
            assert!(t.get(key).is_some(), "{key} in {t}");
        }
        let path = std::path::Path::new(t["path"].as_str().unwrap());
        assert!(path.is_absolute() && path.exists(), "{}", path.display());
    }
    let listed = caravan(&db, &["media", "list", "parasite", "--json"]).json();
    assert_eq!(listed["media"][0]["id"], m["id"]);
    let id = m["id"].as_i64().unwrap().to_string();
    assert_eq!(
        caravan(&db, &["media", "remove", &id, "--json"]).json(),
        serde_json::json!({ "removed": m["id"] })
    );
    assert_eq!(
        caravan(&db, &["media", "list", "9", "--json"]).json()["media"],
        serde_json::json!([])
    );
    assert_error(
        caravan(&db, &["--json", "media", "remove", &id]),
        "media-not-found",
    );
}

#[test]
fn bad_images_are_refused_and_nothing_is_stored() {
    let (dir, db) = demo_db();
    for (file, code) in [
        ("hostile/reallybig.bmp", "media-too-large"),
        ("hostile/broken.png", "media-corrupt"),
        ("hostile/truncated_image.png", "media-truncated"),
        ("PROVENANCE.md", "media-unsupported"),
    ] {
        let path = media_fixture(file);
        let e = assert_error(
            caravan(
                &db,
                &["--json", "media", "add", "1", path.to_str().unwrap()],
            ),
            code,
        );
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            e["message"].as_str().unwrap().contains(&name),
            "names the file: {e}"
        );
    }
    let poster = media_fixture("formats/hopper.gif");
    assert_error(
        caravan(
            &db,
            &[
                "--json",
                "media",
                "add",
                "1",
                poster.to_str().unwrap(),
                "--kind",
                "banner",
            ],
        ),
        "value-unknown",
    );
    assert_error(
        caravan(
            &db,
            &["--json", "media", "add", "999999", poster.to_str().unwrap()],
        ),
        "work-not-found",
    );
    assert_eq!(
        caravan(&db, &["media", "list", "1", "--json"]).json()["media"],
        serde_json::json!([])
    );
    let media_dir = dir.path().join("caravan.media");
    let stored = std::fs::read_dir(&media_dir)
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 0, "files left behind in {}", media_dir.display());
    let ru = caravan(
        &db,
        &[
            "--lang",
            "ru",
            "media",
            "add",
            "1",
            media_fixture("hostile/reallybig.bmp").to_str().unwrap(),
        ],
    );
    assert!(ru.stderr.contains("больше допустимого"), "{}", ru.stderr);
}

/// The command paths `caravan --help` lists, walked down to the leaves, with the options
/// and arguments of each (the global flags left out).
fn help_tree(path: &[String], out: &mut Vec<(String, Vec<String>)>) {
    let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
    args.push("--help");
    let run: caravan_e2e::Run = caravan_e2e::command().args(&args).output().unwrap().into();
    assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
    let mut section = "";
    let mut subcommands = Vec::new();
    let mut options = Vec::new();
    for line in run.stdout.lines() {
        if !line.starts_with(' ') {
            section = line.trim_end_matches(':');
            continue;
        }
        let word = line.split_whitespace().next().unwrap_or("");
        match section {
            "Commands" => subcommands.push(word.to_owned()),
            "Options" => {
                let flag = line
                    .split_whitespace()
                    .find(|w| w.starts_with("--"))
                    .unwrap_or("")
                    .trim_end_matches(',');
                if !["--db", "--lang", "--json", "--help", "--version"].contains(&flag) {
                    options.push(flag.to_owned());
                }
            }
            "Arguments" => options.push(word.trim_matches(['<', '>', '.']).to_owned()),
            _ => {}
        }
    }
    if !path.is_empty() {
        out.push((path.join(" "), options));
    }
    for sub in subcommands {
        let mut p = path.to_vec();
        p.push(sub);
        help_tree(&p, out);
    }
}

#[test]
fn the_reference_lists_every_command_and_option() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/cli.md"),
    )
    .unwrap();
    // The sections of the page, by the command each is headed with.
    let mut sections: std::collections::BTreeMap<String, String> = Default::default();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("### `caravan ") {
            current = Some(h.trim_end_matches('`').to_owned());
            sections.insert(current.clone().unwrap(), String::new());
        } else if let Some(c) = &current {
            let s = sections.get_mut(c).unwrap();
            s.push_str(line);
            s.push('\n');
        }
    }
    let mut tree = Vec::new();
    help_tree(&[], &mut tree);
    assert!(tree.len() > 20, "{tree:?}");
    let commands: Vec<&str> = tree.iter().map(|(p, _)| p.as_str()).collect();
    let mut problems = Vec::new();
    for (path, options) in &tree {
        // A group (`works`, `media` …) is documented through its commands.
        let is_group = commands.iter().any(|c| c.starts_with(&format!("{path} ")));
        let Some(text) = sections.get(path) else {
            if !is_group || ["duplicates"].contains(&path.as_str()) {
                problems.push(format!("docs/cli.md has no section for `caravan {path}`"));
            }
            continue;
        };
        for option in options {
            let named = if option.starts_with("--") {
                text.contains(option.as_str())
            } else {
                text.contains(&option.to_uppercase()) || text.contains(option.as_str())
            };
            if !named {
                problems.push(format!(
                    "`caravan {path}`: docs/cli.md does not mention {option}"
                ));
            }
        }
    }
    for documented in sections.keys() {
        if !commands.contains(&documented.as_str()) {
            problems.push(format!(
                "docs/cli.md documents `caravan {documented}`, which is not a command"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
