//! Intake through the command line: FilmFreeway and DDEX imports (and what they refuse),
//! identifiers, multilingual titles, search in many scripts, duplicates, and exports that
//! import back unchanged.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

#[path = "intake/ddex.rs"]
mod ddex;
#[path = "intake/tables.rs"]
mod tables;

use caravan_e2e::{caravan, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};

const EDITION: &str = "siff-2026";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn ddex_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../src-tauri/crates/intake/tests/fixtures/ddex")
        .join(name)
}

fn sample() -> PathBuf {
    fixture("filmfreeway/festival-export.csv")
}

fn demo_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let run = caravan(&db, &["--json", "demo"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    (dir, db)
}

fn ok(run: Run) -> Value {
    assert_eq!(
        run.status, 0,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run.json()
}

/// Exports the edition as `format` to `out`, with filters, and returns the reply.
fn export(db: &Path, format: &str, out: &Path, extra: &[&str]) -> Value {
    let mut args = vec![
        "--json",
        "export",
        format,
        "--edition",
        EDITION,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    ok(caravan(db, &args))
}

fn import(db: &Path, file: &Path, extra: &[&str]) -> Run {
    let mut args = vec![
        "--json",
        "import",
        "filmfreeway",
        file.to_str().unwrap(),
        "--edition",
        EDITION,
    ];
    args.extend_from_slice(extra);
    caravan(db, &args)
}

/// Everything a user could notice in the store, to prove a refused import changed nothing.
fn contents(db: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut out = String::new();
    for table in [
        "works",
        "work_texts",
        "identifiers",
        "credits",
        "submissions",
        "sections",
        "judging_labels",
        "work_fields",
        "work_genres",
        "audit_log",
    ] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(table);
            out.push(':');
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

/// Writes a FilmFreeway CSV: the sample's header and first rows, with cells replaced.
fn csv_with(
    dir: &Path,
    name: &str,
    rows: usize,
    edit: impl Fn(usize, &mut Vec<String>, &[String]),
) -> PathBuf {
    let text = std::fs::read_to_string(sample()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let header = records[0].clone();
    let path = dir.join(name);
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(&header).unwrap();
    for (i, rec) in records[1..=rows].iter().enumerate() {
        let mut rec = rec.clone();
        edit(i, &mut rec, &header);
        w.write_record(&rec).unwrap();
    }
    w.flush().unwrap();
    path
}

fn col(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap()
}

#[test]
fn a_filmfreeway_export_imports_and_imports_again_without_duplicates() {
    let (_dir, db) = demo_db();
    let before = ok(caravan(&db, &["--json", "works", "list"]))["total"]
        .as_u64()
        .unwrap();
    let report = ok(import(&db, &sample(), &[]));
    assert_eq!(report["imported"], 25, "{report}");
    assert_eq!(report["updated"], 0);
    assert_eq!(report["unchanged"], 0);
    assert_eq!(report["rejected"], serde_json::json!([]));
    let again = ok(import(&db, &sample(), &[]));
    assert_eq!(
        (again["imported"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(25))
    );
    let after = ok(caravan(&db, &["--json", "works", "list"]))["total"]
        .as_u64()
        .unwrap();
    assert_eq!(after, before + 25);

    // A work is found by its Submission ID or its Tracking Number.
    let work = ok(caravan(&db, &["--json", "works", "show", "ff:7300136"]));
    assert_eq!(
        ok(caravan(&db, &["--json", "works", "show", "FLM41008"]))["id"],
        work["id"]
    );
    let titles = work["titles"].as_array().unwrap();
    assert!(
        titles.iter().any(|t| t["lang"] == "es"
            && t["text"] == "Una mujer fantástica"
            && t["original"] == true),
        "{work}"
    );
    assert!(titles
        .iter()
        .any(|t| t["lang"] == "en" && t["text"] == "A Fantastic Woman" && t["original"] == false));
    assert_eq!(
        work["countries"],
        serde_json::json!(["CL", "DE", "US", "ES"])
    );
    assert_eq!(work["runtime_seconds"], 98 * 60 + 56);
    assert_eq!(
        work["credits"][0],
        serde_json::json!({"role": "director", "name": "Sebastián Lelio"})
    );
    // Custom questions keep their question; unknown columns are kept too.
    let fields = work["fields"].as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|f| f["name"] == "Do you hold screening rights for Central Asia?"),
        "{work}"
    );
    assert!(fields.iter().any(|f| f["name"] == "Email"));
    // Quoted newlines and quotes in a synopsis survive.
    let synopsis = work["synopses"][0]["text"].as_str().unwrap();
    assert!(
        synopsis.contains("(2017).\nPremiered") && synopsis.contains("\"in competition\""),
        "{synopsis:?}"
    );
    // Categories became sections and festival labels became judging labels.
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    let subs = subs["submissions"].as_array().unwrap();
    let fantastic = subs.iter().find(|s| s["work_id"] == work["id"]).unwrap();
    assert_eq!(fantastic["section"], "documentary");
    assert_eq!(fantastic["status"], "withdrawn");
    assert_eq!(fantastic["judging"], "selected");
    assert!(subs.iter().any(|s| s["label_name"] == "Finalist"));
}

#[test]
fn a_newer_export_updates_by_submission_id_and_keeps_curators_translations() {
    let (dir, db) = demo_db();
    let first = csv_with(dir.path(), "first.csv", 5, |_, _, _| {});
    ok(import(&db, &first, &[]));
    // A curator adds a French title by hand.
    ok(caravan(
        &db,
        &[
            "--json",
            "titles",
            "set",
            "ff:7300068",
            "fr",
            "Plan familial",
        ],
    ));
    let newer = csv_with(dir.path(), "newer.csv", 5, |i, rec, h| {
        if i == 4 {
            rec[col(h, "Submission Status")] = "In Consideration".into();
            rec[col(h, "Project Title")] = "The Family Plan".into();
        }
    });
    let report = ok(import(&db, &newer, &[]));
    assert_eq!(
        (
            report["imported"].as_u64(),
            report["updated"].as_u64(),
            report["unchanged"].as_u64()
        ),
        (Some(0), Some(1), Some(4)),
        "{report}"
    );
    let work = ok(caravan(&db, &["--json", "works", "show", "ff:7300068"]));
    let titles = work["titles"].as_array().unwrap();
    assert!(
        titles.iter().any(|t| t["text"] == "The Family Plan"),
        "{work}"
    );
    assert!(
        !titles.iter().any(|t| t["text"] == "Family Plan"),
        "the old submitted title is replaced"
    );
    assert!(titles.iter().any(|t| t["lang"] == "fr"
        && t["text"] == "Plan familial"
        && t["provenance"] == "curator"));
}

#[test]
fn rejected_rows_change_nothing_unless_partial() {
    let (dir, db) = demo_db();
    let bad = csv_with(dir.path(), "bad.csv", 6, |i, rec, h| match i {
        1 => rec[col(h, "Duration")] = "about two hours".into(),
        2 => rec[col(h, "Country of Origin")] = "Narnia".into(),
        3 => rec[col(h, "Project Title")] = String::new(),
        4 => rec[col(h, "Completion Date")] = "31/31/2020".into(),
        _ => {}
    });
    let before = contents(&db);
    let run = import(&db, &bad, &[]);
    let error = run.error();
    assert_eq!(error["code"], "import-rejected");
    let rejected = error["details"]["rejected"].as_array().unwrap();
    let found: Vec<(u64, &str, &str)> = rejected
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["column"].as_str().unwrap(),
                r["code"].as_str().unwrap(),
            )
        })
        .collect();
    // Line numbers count the header and the quoted newline in every synopsis above.
    assert_eq!(
        found,
        [
            (4, "Duration", "ff-bad-duration"),
            (8, "Project Title", "ff-missing-title"),
            (10, "Completion Date", "ff-bad-date"),
        ],
        "{error}"
    );
    // A country no list knows refuses nothing: it is kept as written, with a warning.
    let warning = &error["details"]["warnings"][0];
    assert_eq!(
        (
            warning["line"].as_u64(),
            warning["code"].as_str(),
            warning["value"].as_str()
        ),
        (Some(6), Some("unknown-country"), Some("Narnia")),
        "{warning}"
    );
    assert_eq!(error["details"]["rejected_total"], 3);
    assert_eq!(contents(&db), before, "a refused file changes nothing");

    // In Russian, the same refusal is explained in Russian.
    let ru = caravan(
        &db,
        &[
            "--json",
            "--lang",
            "ru",
            "import",
            "filmfreeway",
            bad.to_str().unwrap(),
            "--edition",
            EDITION,
        ],
    );
    let msg = ru.error()["details"]["rejected"][0]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(msg.contains("Строка") || msg.contains("строк"), "{msg}");

    let partial = ok(import(&db, &bad, &["--partial"]));
    assert_eq!(partial["imported"], 3);
    assert_eq!(partial["rejected"].as_array().unwrap().len(), 3);
}

#[test]
fn dry_run_reports_and_stores_nothing() {
    let (_dir, db) = demo_db();
    let before = contents(&db);
    let report = ok(import(&db, &sample(), &["--dry-run"]));
    assert_eq!(report["imported"], 25);
    assert_eq!(report["dry_run"], true);
    assert_eq!(contents(&db), before);
}

#[test]
fn excel_unicode_text_reads_like_the_csv() {
    let (dir, db) = demo_db();
    // Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated, CRLF.
    let text = std::fs::read_to_string(sample()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut tsv = Vec::new();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b'\t')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut tsv);
        for r in reader.records() {
            w.write_record(&r.unwrap()).unwrap();
        }
    }
    let utf8 = String::from_utf8(tsv).unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in utf8.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let path = dir.path().join("unicode.txt");
    std::fs::write(&path, bytes).unwrap();
    let report = ok(import(&db, &path, &[]));
    assert_eq!(report["imported"], 25, "{report}");
    let work = ok(caravan(&db, &["--json", "works", "show", "ff:7300119"]));
    assert!(work["titles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["text"] == "Két vallomás"));
    // And the CSV of the same rows changes nothing after it.
    assert_eq!(ok(import(&db, &sample(), &[]))["unchanged"], 25);
}

#[test]
fn question_headers_mixed_encodings_and_formulas() {
    let (dir, db) = demo_db();
    let path = dir.path().join("mixed.csv");
    let mut bytes =
        b"Submission ID,Project Title,Directors,Do you have a distributor?,Synopsis,Duration\r\n"
            .to_vec();
    bytes.extend_from_slice("9000001,Ёжик в тумане,Юрий Норштейн,No,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",0:10:30\r\n".as_bytes());
    // A row saved by another program in Latin-1: "Amélie" with a bare 0xE9.
    bytes.extend_from_slice(b"9000002,Am\xe9lie,Jean-Pierre Jeunet,Yes,,2:02:00\r\n");
    bytes.extend_from_slice(b"9000003,Ragged,row\r\n");
    std::fs::write(&path, &bytes).unwrap();
    let error = import(&db, &path, &[]).error();
    let rejected = &error["details"]["rejected"];
    assert_eq!(rejected[0]["line"], 3);
    assert_eq!(rejected[0]["column"], "Project Title");
    assert_eq!(rejected[0]["code"], "csv-bad-encoding");
    assert_eq!(rejected[1]["line"], 4);
    assert_eq!(rejected[1]["code"], "csv-bad-row");

    let report = ok(import(&db, &path, &["--partial"]));
    assert_eq!(report["imported"], 1);
    let work = ok(caravan(&db, &["--json", "works", "show", "ff:9000001"]));
    assert_eq!(work["titles"][0]["lang"], "ru", "{work}");
    assert_eq!(
        work["fields"][0],
        serde_json::json!({"name": "Do you have a distributor?", "value": "No"})
    );
    // The formula is text: stored as it came, exported so no spreadsheet runs it.
    assert!(work["synopses"][0]["text"]
        .as_str()
        .unwrap()
        .starts_with("=HYPERLINK("));
    let out = dir.path().join("out.csv");
    // A filter that names no country is refused, not answered with an empty file.
    let refused = caravan(
        &db,
        &[
            "--json",
            "export",
            "csv",
            "--edition",
            EDITION,
            "--out",
            out.to_str().unwrap(),
            "--country",
            "zz",
        ],
    );
    assert_eq!(refused.error()["code"], "country-invalid");
    assert!(!out.exists(), "nothing written");
    let all = dir.path().join("all.csv");
    export(&db, "csv", &all, &[]);
    let exported = std::fs::read_to_string(&all).unwrap();
    assert!(exported.contains("\"'=HYPERLINK("), "{exported}");
    assert!(!exported.contains(",=HYPERLINK("));
    // In the workbook the same cell is a string, never a formula.
    let xlsx = dir.path().join("all.xlsx");
    export(&db, "xlsx", &xlsx, &[]);
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let name = book.sheet_names()[0].clone();
    let formulas = book.worksheet_formula(&name).unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
    let cells = book.worksheet_range(&name).unwrap();
    assert!(cells
        .used_cells()
        .any(|(_, _, c)| c.to_string().starts_with("=HYPERLINK(")));
    // Re-importing the export changes nothing and takes the apostrophe off again.
    assert_eq!(ok(import(&db, &all, &["--partial"]))["imported"], 0);
    let work = ok(caravan(&db, &["--json", "works", "show", "ff:9000001"]));
    assert!(work["synopses"][0]["text"]
        .as_str()
        .unwrap()
        .starts_with("=HYPERLINK("));
}

#[test]
fn files_that_are_not_exports_are_refused_by_name() {
    let (dir, db) = demo_db();
    let before = contents(&db);
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(import(&db, &empty, &[]).error()["code"], "import-empty");
    let other = dir.path().join("other.csv");
    std::fs::write(&other, b"name,age\r\nAda,36\r\n").unwrap();
    let e = import(&db, &other, &[]).error();
    assert_eq!(e["code"], "import-missing-column");
    assert!(e["message"].as_str().unwrap().contains("other.csv"));
    let missing = dir.path().join("missing.csv");
    assert_eq!(import(&db, &missing, &[]).error()["code"], "import-io");
    let unknown = caravan(
        &db,
        &[
            "--json",
            "import",
            "filmfreeway",
            sample().to_str().unwrap(),
            "--edition",
            "nowhere-2030",
        ],
    );
    assert_eq!(unknown.error()["code"], "edition-not-found");
    // A header and no rows is a valid, empty export.
    let header_only = dir.path().join("header.csv");
    let text = std::fs::read_to_string(sample()).unwrap();
    std::fs::write(&header_only, text.lines().next().unwrap()).unwrap();
    let report = ok(import(&db, &header_only, &[]));
    assert_eq!(report["imported"], 0);
    assert_eq!(
        contents(&db)
            .lines()
            .filter(|l| !l.starts_with("audit_log"))
            .collect::<Vec<_>>(),
        before
            .lines()
            .filter(|l| !l.starts_with("audit_log"))
            .collect::<Vec<_>>()
    );
}

#[test]
fn ddex_recordings_become_music_with_their_isrc() {
    let (_dir, db) = demo_db();
    let file = ddex_fixture("ern43_album.xml");
    let args = [
        "--json",
        "import",
        "ddex",
        file.to_str().unwrap(),
        "--edition",
        "srimf-pingyao-2018",
    ];
    let report = ok(caravan(&db, &args));
    assert_eq!(report["imported"], 3, "{report}");
    assert_eq!(ok(caravan(&db, &args))["unchanged"], 3);
    let work = ok(caravan(
        &db,
        &["--json", "works", "show", "KZ-A1A-24-00001"],
    ));
    assert_eq!(work["kind"], "music");
    assert!(
        work["titles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["lang"] == "kk-Cyrl" && t["text"] == "Дала әні"),
        "{work}"
    );
    assert!(work["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["kind"] == "isrc" && i["value"] == "KZA1A2400001"));
    assert!(!work["credits"].as_array().unwrap().is_empty());
    assert!(work["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["name"] == "P Line"));

    let before = contents(&db);
    let bad = ddex_fixture("bad_isrc.xml");
    let e = caravan(
        &db,
        &[
            "--json",
            "import",
            "ddex",
            bad.to_str().unwrap(),
            "--edition",
            "srimf-pingyao-2018",
        ],
    )
    .error();
    assert_eq!(e["code"], "ddex-bad-isrc");
    let message = e["message"].as_str().unwrap();
    assert!(
        message.contains("bad_isrc.xml") && message.contains("ISRC"),
        "{message}"
    );
    let missing = ddex_fixture("missing_id.xml");
    let e = caravan(
        &db,
        &[
            "--json",
            "import",
            "ddex",
            missing.to_str().unwrap(),
            "--edition",
            "srimf-pingyao-2018",
        ],
    )
    .error();
    assert_eq!(e["code"], "ddex-missing-id");
    let truncated = ddex_fixture("truncated.xml");
    let e = caravan(
        &db,
        &[
            "--json",
            "import",
            "ddex",
            truncated.to_str().unwrap(),
            "--edition",
            "srimf-pingyao-2018",
        ],
    )
    .error();
    assert_eq!(e["code"], "ddex-malformed");
    assert_eq!(contents(&db), before);
}

#[test]
fn identifiers_are_checked_and_made_canonical() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let check = |v: &str| ok(caravan(&db, &["--json", "ids", "check", v]));
    let isan = check("ISAN 0000-0000-D07A-0090-Q-0000-0000-X");
    assert_eq!(
        (isan["kind"].as_str(), isan["valid"].as_bool()),
        (Some("isan"), Some(true))
    );
    let wrong = check("ISAN 0000-0000-D07A-0090-R-0000-0000-X");
    assert_eq!(wrong["valid"], false);
    assert_eq!(wrong["reason_code"], "check-character");
    assert!(wrong["reason"].as_str().unwrap().contains("ISAN"));
    assert_eq!(check("10.5240/7791-8534-2C23-9030-8610-5")["valid"], true);
    let isrc = check("us-rc1-76-07839");
    assert_eq!(
        (isrc["kind"].as_str(), isrc["canonical"].as_str()),
        (Some("isrc"), Some("USRC17607839"))
    );
    // A prefix no list has yet (new ones are allocated every year) is noted, not refused.
    let new_prefix = check("XQRC17607839");
    assert_eq!(
        (new_prefix["valid"].as_bool(), new_prefix["note"].as_str()),
        (Some(true), Some("unknown-prefix")),
        "{new_prefix}"
    );
    assert_eq!(check("GXF3D2400001")["note"], Value::Null);
    let iswc = check("T0345246801");
    assert_eq!(iswc["canonical"], "T-034.524.680-1");
    assert_eq!(check("T-034.524.680-2")["valid"], false);
    let unknown = check("hello");
    assert_eq!(
        (unknown["kind"].as_str(), unknown["valid"].as_bool()),
        (Some("unknown"), Some(false))
    );
    assert!(!db.exists(), "checking an identifier needs no database");
    let fr = ok(caravan(
        &db,
        &["--json", "--lang", "fr", "ids", "check", "T-034.524.680-2"],
    ));
    assert_ne!(fr["reason"], wrong["reason"]);

    // Added to a work: checked, made canonical, and never given to two works.
    ok(caravan(&db, &["--json", "demo"]));
    let before = contents(&db);
    let bad = caravan(
        &db,
        &[
            "--json",
            "ids",
            "add",
            "1",
            "ISAN 0000-0000-D07A-0090-R-0000-0000-X",
        ],
    )
    .error();
    assert_eq!(bad["code"], "id-invalid");
    assert!(bad["message"].as_str().unwrap().contains("0090-R"), "{bad}");
    assert_eq!(contents(&db), before);
    let work = ok(caravan(
        &db,
        &["--json", "ids", "add", "1", "isan 00000000d07a0090q"],
    ));
    assert!(
        work["identifiers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["kind"] == "isan" && i["value"] == "ISAN 0000-0000-D07A-0090-Q"),
        "{work}"
    );
    let taken = caravan(
        &db,
        &["--json", "ids", "add", "2", "ISAN 0000-0000-D07A-0090-Q"],
    )
    .error();
    assert_eq!(taken["code"], "id-taken");
    assert_eq!(
        ok(caravan(
            &db,
            &["--json", "works", "show", "ISAN 0000-0000-D07A-0090-Q"]
        ))["id"],
        1
    );
}

#[test]
fn titles_are_edited_per_language_and_searched_at_once() {
    let (_dir, db) = demo_db();
    let work = ok(caravan(
        &db,
        &[
            "--json",
            "titles",
            "set",
            "1",
            "ZH-hant-tw",
            "霸王別姬（台灣版）",
        ],
    ));
    let t = work["titles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["lang"] == "zh-Hant-TW")
        .cloned()
        .unwrap();
    assert_eq!(t["provenance"], "curator");
    let hits = ok(caravan(&db, &["--json", "search", "台灣版"]));
    assert_eq!(hits["hits"][0]["work_id"], 1, "{hits}");
    let work = ok(caravan(
        &db,
        &[
            "--json",
            "titles",
            "set",
            "1",
            "en",
            "Farewell, My Concubine",
            "--original",
        ],
    ));
    assert_eq!(
        work["titles"][0]["lang"], "en",
        "the original comes first: {work}"
    );
    let work = ok(caravan(
        &db,
        &["--json", "titles", "remove", "1", "zh-Hant-TW"],
    ));
    assert!(!work["titles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["lang"] == "zh-Hant-TW"));
    assert!(ok(caravan(&db, &["--json", "search", "台灣版"]))["hits"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(
        caravan(&db, &["--json", "titles", "remove", "1", "de"]).error()["code"],
        "title-not-found"
    );
    assert_eq!(
        caravan(&db, &["--json", "titles", "set", "1", "xx-!!", "t"]).error()["code"],
        "lang-invalid"
    );
    ok(caravan(
        &db,
        &[
            "--json",
            "synopses",
            "set",
            "1",
            "fr",
            "Deux acteurs de l'opéra de Pékin.",
        ],
    ));
}

#[test]
fn search_finds_titles_and_people_in_any_script() {
    let (_dir, db) = demo_db();
    let set = |work: &str, lang: &str, text: &str| {
        ok(caravan(&db, &["--json", "titles", "set", work, lang, text]));
    };
    set("2", "ru", "Ёжик в тумане");
    set("3", "ar", "مَدْرَسَةُ المُشاغِبِين");
    set("4", "el", "Άλφα και Ωμέγα");
    set("5", "th", "ฟ้าทะลายโจร");
    set("6", "ja", "千と千尋の神隠し");
    set("7", "ko", "기생충 이야기");
    set("8", "fr", "Le Fabuleux Destin d'Amélie Poulain");
    let found = |q: &str| -> Vec<Value> {
        let hits = ok(caravan(&db, &["--json", "search", q, "--limit", "5"]));
        hits["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["work_id"].clone())
            .collect()
    };
    assert_eq!(found("ежик")[0], 2);
    assert!(found("мадрасе").is_empty(), "nonsense finds nothing");
    assert_eq!(found("مدرسه المشاغبين")[0], 3);
    assert_eq!(found("αλφα")[0], 4);
    assert_eq!(found("ทะลาย")[0], 5);
    assert!(found("千尋").contains(&Value::from(6)));
    assert!(found("神隠").contains(&Value::from(6)));
    assert_eq!(found("생충")[0], 7);
    assert!(found("amelie poul").contains(&Value::from(8)));
    // An exact title match ranks first and scores highest.
    let exact = ok(caravan(
        &db,
        &["--json", "search", "le fabuleux destin d'amelie poulain"],
    ));
    assert_eq!(exact["hits"][0]["work_id"], 8);
    assert_eq!(exact["hits"][0]["score"], 1000.0);
    let hits = ok(caravan(&db, &["--json", "search", "ALPHA KAI OMEGA"]));
    assert_eq!(
        hits["hits"][0]["work_id"], 4,
        "romanised Greek finds it: {hits}"
    );
    let people = ok(caravan(&db, &["--json", "search", "kaige"]));
    assert!(
        people["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["work_id"] == 1),
        "Chen Kaige directed work 1: {people}"
    );
    let none = ok(caravan(&db, &["--json", "search", "\"NEAR( title:"]));
    assert!(none["hits"].is_array());
}

#[test]
fn duplicates_are_found_across_scripts_then_merged_or_dismissed() {
    let (dir, db) = demo_db();
    ok(import(
        &db,
        &csv_with(dir.path(), "a.csv", 3, |_, _, _| {}),
        &[],
    ));
    // The same film entered again under another Submission ID, its title romanised.
    let again = csv_with(dir.path(), "b.csv", 3, |i, rec, h| {
        rec[col(h, "Submission ID")] = format!("88{i}");
        rec[col(h, "Tracking Number")] = format!("DUP{i}");
        if i == 2 {
            rec[col(h, "Project Title")] = "Fenyes Szelek".into();
            rec[col(h, "Project Title (Original Language)")] = String::new();
        }
    });
    ok(import(&db, &again, &[]));
    let pairs = ok(caravan(
        &db,
        &["--json", "duplicates", "--edition", EDITION],
    ));
    let pairs = pairs["pairs"].as_array().unwrap();
    let a = ok(caravan(&db, &["--json", "works", "show", "ff:7300034"]))["id"].clone();
    let b = ok(caravan(&db, &["--json", "works", "show", "ff:882"]))["id"].clone();
    let pair = pairs
        .iter()
        .find(|p| (p["a"] == a && p["b"] == b) || (p["a"] == b && p["b"] == a))
        .unwrap_or_else(|| panic!("{pairs:?}"));
    let reasons: Vec<&str> = pair["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"title") && reasons.contains(&"director") && reasons.contains(&"runtime"),
        "{reasons:?}"
    );
    assert!(pair["score"].as_f64().unwrap() >= 0.8, "{pair}");

    // Dismissed for good.
    let other = pairs.iter().find(|p| p != &pair).unwrap();
    let (x, y) = (other["a"].to_string(), other["b"].to_string());
    ok(caravan(&db, &["--json", "duplicates", "dismiss", &x, &y]));
    let after = ok(caravan(
        &db,
        &["--json", "duplicates", "--edition", EDITION],
    ));
    assert!(!after["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["a"] == other["a"] && p["b"] == other["b"]));

    // Merged: one work with both entries' identifiers, every title and its history.
    let merged = ok(caravan(
        &db,
        &[
            "--json",
            "duplicates",
            "merge",
            &a.to_string(),
            &b.to_string(),
        ],
    ));
    let ids: Vec<&str> = merged["identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["value"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"7300034") && ids.contains(&"882"), "{merged}");
    let titles: Vec<&str> = merged["titles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Fényes szelek"), "{titles:?}");
    assert_eq!(
        caravan(&db, &["--json", "works", "show", "ff:882"]).json()["id"],
        merged["id"]
    );
    assert_eq!(
        caravan(
            &db,
            &["--json", "duplicates", "merge", "ff:882", "ff:7300034"]
        )
        .error()["code"],
        "duplicate-same-work"
    );
}

#[test]
fn exports_import_back_unchanged() {
    let (dir, db) = demo_db();
    ok(import(&db, &sample(), &[]));
    let out = dir.path().join("export.csv");
    let written = export(&db, "csv", &out, &[]);
    assert!(written["written"].as_u64().unwrap() >= 25);
    // Into the same database: nothing changes.
    let report = ok(import(&db, &out, &[]));
    assert_eq!(report["imported"], 0, "{report}");
    assert_eq!(report["updated"], 0, "{report}");
    // Into a fresh one, and out again: the same file.
    let fresh = dir.path().join("fresh.db");
    ok(caravan(
        &fresh,
        &["--json", "edition", "add", EDITION, "--name", "SIFF 2026"],
    ));
    ok(import(&fresh, &out, &[]));
    let again = dir.path().join("again.csv");
    export(&fresh, "csv", &again, &[]);
    assert_eq!(
        std::fs::read_to_string(&again).unwrap(),
        std::fs::read_to_string(&out).unwrap()
    );

    // Filters narrow the export.
    let withdrawn = dir.path().join("withdrawn.csv");
    let w = export(&db, "csv", &withdrawn, &["--status", "withdrawn"]);
    assert!(
        w["written"].as_u64().unwrap() >= 5 && w["written"].as_u64().unwrap() < 25,
        "{w}"
    );

    // The workbook is real and holds the same cells.
    let xlsx = dir.path().join("export.xlsx");
    export(&db, "xlsx", &xlsx, &[]);
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let mut csv_rows = csv::Reader::from_path(&out).unwrap();
    let header: Vec<String> = csv_rows
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let first_row: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(first_row, header);
    assert_eq!(
        sheet.height() as u64,
        written["written"].as_u64().unwrap() + 1
    );

    let json = dir.path().join("export.json");
    export(&db, "json", &json, &[]);
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(
        doc["works"].as_array().unwrap().len() as u64,
        written["written"].as_u64().unwrap()
    );

    let nowhere = dir.path().join("no/such/dir/x.csv");
    let e = caravan(
        &db,
        &[
            "--json",
            "export",
            "csv",
            "--edition",
            EDITION,
            "--out",
            nowhere.to_str().unwrap(),
        ],
    )
    .error();
    assert_eq!(e["code"], "export-io");
}

#[test]
fn statuses_change_in_bulk_and_statistics_count_entries() {
    let (_dir, db) = demo_db();
    ok(import(&db, &sample(), &[]));
    let stats = ok(caravan(
        &db,
        &["--json", "submissions", "stats", "--edition", EDITION],
    ));
    assert!(stats["total"].as_u64().unwrap() >= 25);
    assert!(stats["by_country"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["key"] == "FR"));
    assert!(stats["by_genre"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["key"] == "Drama"));
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    let ids: Vec<String> = subs["submissions"].as_array().unwrap()[..3]
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    let mut args = vec!["--json", "submissions", "status"];
    args.extend(ids.iter().map(String::as_str));
    args.extend(["--set", "disqualified", "--judging", "not-selected"]);
    let listed_before = subs["submissions"].as_array().unwrap()[..3].to_vec();
    let change = ok(caravan(&db, &args));
    assert_eq!(change["changed"], 3);
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    assert!(subs["submissions"].as_array().unwrap()[..3]
        .iter()
        .all(|s| s["status"] == "disqualified" && s["judging"] == "not-selected"));
    // Undone whole, by the number the change reported; a second undo is refused.
    let number = change["change"].to_string();
    let undone = ok(caravan(&db, &["--json", "submissions", "undo", &number]));
    assert_eq!(undone["changed"], 3);
    let subs_after = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    assert_eq!(
        subs_after["submissions"].as_array().unwrap()[..3],
        listed_before[..],
        "every submission is back as it was"
    );
    assert_eq!(
        caravan(&db, &["--json", "submissions", "undo", &number]).error()["code"],
        "status-change-undone"
    );
    assert_eq!(
        caravan(&db, &["--json", "submissions", "undo", "4242"]).error()["code"],
        "status-change-not-found"
    );

    // A change naming a submission that does not exist, or a status that does not, is
    // refused whole: not even the real submissions beside it change.
    let before = contents(&db);
    let first = ids[0].as_str();
    let missing = caravan(
        &db,
        &[
            "--json",
            "submissions",
            "status",
            first,
            "999999",
            "--set",
            "withdrawn",
        ],
    )
    .error();
    assert_eq!(missing["code"], "submission-not-found");
    assert!(missing["message"].as_str().unwrap().contains("999999"));
    let unknown = caravan(
        &db,
        &["--json", "submissions", "status", first, "--set", "maybe"],
    )
    .error();
    assert_eq!(unknown["code"], "value-unknown");
    let label = caravan(
        &db,
        &[
            "--json",
            "submissions",
            "status",
            first,
            "--judging",
            "no-such-label",
        ],
    )
    .error();
    assert_eq!(label["code"], "label-not-found", "{label}");
    assert!(label["message"].as_str().unwrap().contains("no-such-label"));
    assert_eq!(contents(&db), before);
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn submission_of<'a>(subs: &'a Value, work: &Value, section: &str) -> &'a Value {
    subs["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["work_id"] == *work && s["section"] == section)
        .unwrap_or_else(|| panic!("no {section} entry for {work}: {subs}"))
}

#[test]
fn a_music_edition_exports_and_imports_back_as_it_was() {
    let (dir, db) = demo_db();
    let edition = "srimf-pingyao-2018";
    let out = dir.path().join("music.csv");
    ok(caravan(
        &db,
        &[
            "--json",
            "export",
            "csv",
            "--edition",
            edition,
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let before = contents(&db);
    let report = ok(caravan(
        &db,
        &[
            "--json",
            "import",
            "filmfreeway",
            out.to_str().unwrap(),
            "--edition",
            edition,
        ],
    ));
    assert_eq!(
        (report["imported"].as_u64(), report["updated"].as_u64()),
        (Some(0), Some(0)),
        "{report}"
    );
    let after = contents(&db);
    let lines = |c: &str| {
        c.lines()
            .filter(|l| !l.starts_with("audit_log"))
            .map(str::to_owned)
            .collect::<std::collections::BTreeSet<_>>()
    };
    let (was, is) = (lines(&before), lines(&after));
    let gone: Vec<_> = was.difference(&is).collect();
    let new: Vec<_> = is.difference(&was).collect();
    assert!(
        gone.is_empty() && new.is_empty(),
        "music stays music, every credit stays:\ngone {gone:?}\nnew {new:?}"
    );
}

#[test]
fn statuses_a_curator_set_survive_reimports_and_exports() {
    let (dir, db) = demo_db();
    let file = write(
        dir.path(),
        "two.csv",
        "Submission ID,Project Title,Directors,Synopsis,Submission Categories,Judging Status\r\n\
         5001,La Rivière,Ana Lima,First cut,\"Shorts, Docs\",Undecided\r\n",
    );
    ok(import(&db, &file, &[]));
    let work = ok(caravan(&db, &["--json", "works", "show", "ff:5001"]))["id"].clone();
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    let docs = submission_of(&subs, &work, "docs")["id"].to_string();
    ok(caravan(
        &db,
        &[
            "--json",
            "submissions",
            "status",
            &docs,
            "--judging",
            "selected",
        ],
    ));

    // The file again, with only the synopsis changed: the curator's decision stands.
    let edited = write(
        dir.path(),
        "edited.csv",
        "Submission ID,Project Title,Directors,Synopsis,Submission Categories,Judging Status\r\n\
         5001,La Rivière,Ana Lima,Final cut,\"Shorts, Docs\",Undecided\r\n",
    );
    assert_eq!(ok(import(&db, &edited, &[]))["updated"], 1);
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    assert_eq!(submission_of(&subs, &work, "docs")["judging"], "selected");
    assert_eq!(
        submission_of(&subs, &work, "shorts")["judging"],
        "undecided"
    );

    // An export carries each section's judging, and imports back without changing either.
    let out = dir.path().join("out.csv");
    export(&db, "csv", &out, &[]);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("Undecided; Selected"));
    let again = ok(import(&db, &out, &[]));
    assert_eq!(again["updated"], 0, "{again}");
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    assert_eq!(submission_of(&subs, &work, "docs")["judging"], "selected");

    // A file that says something new wins.
    let decided = write(
        dir.path(),
        "decided.csv",
        "Submission ID,Project Title,Directors,Synopsis,Submission Categories,Judging Status\r\n\
         5001,La Rivière,Ana Lima,Final cut,\"Shorts, Docs\",Not Selected\r\n",
    );
    ok(import(&db, &decided, &[]));
    let subs = ok(caravan(
        &db,
        &["--json", "submissions", "list", "--edition", EDITION],
    ));
    assert_eq!(
        submission_of(&subs, &work, "docs")["judging"],
        "not-selected"
    );
}

#[test]
fn hostile_cells_are_refused_not_fatal() {
    let (dir, db) = demo_db();
    let long =
        "Best International Student Short Film Under Twenty Minutes Competition Section Award";
    let file = write(
        dir.path(),
        "hostile.csv",
        &format!(
            "Submission ID,Project Title,Duration,Submission Categories\r\n\
             1,Endless,200000000000000000,Shorts\r\n\
             2,Forever,9000000000000000:00:00,Shorts\r\n\
             3,Long Category,0:12:00,{long}\r\n"
        ),
    );
    let report = ok(import(&db, &file, &["--partial"]));
    assert_eq!(report["imported"], 1, "{report}");
    let codes: Vec<&str> = report["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["ff-bad-duration", "ff-bad-duration"]);
    let editions = ok(caravan(&db, &["--json", "editions", "list"]));
    assert!(editions
        .to_string()
        .contains("best-international-student-short-film-under-twenty-minutes"));
}

#[test]
fn a_dry_run_on_a_fresh_database_writes_nothing_at_all() {
    let (_dir, db) = demo_db();
    let settings = |db: &Path| -> Vec<String> {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        let mut stmt = conn
            .prepare("SELECT key || '=' || value FROM settings ORDER BY key")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let before = (contents(&db), settings(&db));
    ok(import(&db, &sample(), &["--dry-run"]));
    assert_eq!((contents(&db), settings(&db)), before);
}

#[test]
fn different_films_with_a_common_title_are_not_duplicates() {
    let (dir, db) = demo_db();
    let file = write(
        dir.path(),
        "homes.csv",
        "Submission ID,Project Title,Directors,Country of Origin,Completion Date,Duration\r\n\
         601,Home,Chidi Okafor,NG,2025-03-01,0:12:00\r\n\
         602,Home,Ingrid Berg,DE,2025-06-01,0:13:30\r\n\
         603,Home,Chidi Okafor,NG,2025-03-01,0:12:05\r\n",
    );
    ok(import(&db, &file, &[]));
    let id = |s: &str| {
        ok(caravan(&db, &["--json", "works", "show", s]))["id"]
            .as_i64()
            .unwrap()
    };
    let (a, b, c) = (id("ff:601"), id("ff:602"), id("ff:603"));
    let pairs = ok(caravan(
        &db,
        &["--json", "duplicates", "--edition", EDITION],
    ));
    let has = |x: i64, y: i64| {
        pairs["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["a"] == x.min(y) && p["b"] == x.max(y))
    };
    assert!(has(a, c), "the same film entered twice: {pairs}");
    assert!(!has(a, b) && !has(b, c), "two films called Home: {pairs}");
}

#[test]
fn merged_works_stay_whole_when_their_files_come_again() {
    let (dir, db) = demo_db();
    let file = write(
        dir.path(),
        "river.csv",
        "Submission ID,Project Title,Project Title (Original Language),Directors,Submission Categories,Judging Status\r\n\
         5001,The River,La Rivière,Ana Lima,Shorts,Undecided\r\n\
         5002,The River,Le Fleuve,Ana Lima,Docs,Selected\r\n",
    );
    ok(import(&db, &file, &[]));
    let keep = ok(caravan(&db, &["--json", "works", "show", "ff:5001"]))["id"].to_string();
    ok(caravan(
        &db,
        &["--json", "duplicates", "merge", &keep, "ff:5002"],
    ));
    let merged = ok(caravan(&db, &["--json", "works", "show", "ff:5002"]));
    let snapshot = |db: &Path| {
        let w = ok(caravan(db, &["--json", "works", "show", "ff:5001"]));
        let subs = ok(caravan(
            db,
            &["--json", "submissions", "list", "--edition", EDITION],
        ));
        let mine: Vec<Value> = subs["submissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["work_id"] == w["id"])
            .map(|s| serde_json::json!([s["section"], s["judging"]]))
            .collect();
        (w["titles"].clone(), mine)
    };
    let after_merge = snapshot(&db);
    assert_eq!(after_merge.1.len(), 2, "both entries kept: {after_merge:?}");
    assert!(merged["titles"].to_string().contains("Le Fleuve"));
    ok(import(&db, &file, &[]));
    assert_eq!(
        snapshot(&db),
        after_merge,
        "the file adds nothing it did not already say"
    );
    let third = ok(import(&db, &file, &[]));
    assert_eq!(third["updated"], 0, "and the next import is quiet: {third}");

    // A work with no FilmFreeway ids, exported, merged away, then its file imported
    // twice: one new work, not one per import.
    let out = dir.path().join("out.csv");
    export(&db, "csv", &out, &[]);
    ok(caravan(&db, &["--json", "duplicates", "merge", "1", "2"]));
    let total = |db: &Path| {
        ok(caravan(db, &["--json", "works", "list"]))["total"]
            .as_u64()
            .unwrap()
    };
    let before = total(&db);
    ok(import(&db, &out, &[]));
    ok(import(&db, &out, &[]));
    assert_eq!(
        total(&db),
        before,
        "the merged work's number now names the work kept"
    );
}

#[test]
fn a_number_names_a_work_by_its_id_and_nothing_else() {
    let (dir, db) = demo_db();
    let works = ok(caravan(&db, &["--json", "works", "list", "--limit", "1"]))["total"]
        .as_u64()
        .unwrap();
    // A Submission ID above every work's id, one equal to a demo work's id, and a
    // Tracking Number that is also a demo key.
    let file = write(
        dir.path(),
        "numbers.csv",
        "Submission ID,Tracking Number,Project Title,Submission Categories\r\n\
         2570,FLM2570,The Numbered Film,Competition\r\n\
         9,FLM0009,Not Parasite,Competition\r\n\
         2571,parasite,A Film Tracked as parasite,Competition\r\n",
    );
    ok(import(&db, &file, &[]));
    let missing = caravan(&db, &["--json", "works", "show", "2570"]).error();
    assert_eq!(
        missing["code"], "work-not-found",
        "2570 is a Submission ID, not a work"
    );
    let by_ff = ok(caravan(&db, &["--json", "works", "show", "ff:2570"]));
    assert_eq!(by_ff["titles"][0]["text"], "The Numbered Film", "{by_ff}");
    assert!(by_ff["id"].as_u64().unwrap() > works);
    // "9" is the demo's Parasite, whatever a file's Submission ID says.
    let nine = ok(caravan(&db, &["--json", "works", "show", "9"]));
    assert_eq!(nine["id"], 9);
    assert!(nine["titles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["text"] == "기생충"));
    let ff_nine = ok(caravan(&db, &["--json", "works", "show", "ff:9"]));
    assert_ne!(ff_nine["id"], 9);
    // A merge naming a number that is no work's id changes nothing.
    let before = contents(&db);
    let merge = caravan(&db, &["--json", "duplicates", "merge", "1", "2570"]).error();
    assert_eq!(merge["code"], "work-not-found");
    // A name two works answer to is ambiguous, and changes nothing either.
    let ambiguous = caravan(&db, &["--json", "titles", "set", "parasite", "fr", "X"]).error();
    assert_eq!(ambiguous["code"], "work-ambiguous", "{ambiguous}");
    assert_eq!(contents(&db), before);
    // Identifiers are found in any case and with or without hyphens.
    let isrc = ok(caravan(&db, &["--json", "works", "show", "se-ayd-7601020"]));
    assert!(isrc["titles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["text"] == "Dancing Queen"));
}

#[test]
fn export_filters_that_name_nothing_are_refused() {
    let (dir, db) = demo_db();
    ok(import(&db, &sample(), &[]));
    let out = dir.path().join("f.csv");
    let path = out.to_str().unwrap();
    for (flag, value, code) in [
        ("--status", "selectd", "value-unknown"),
        ("--judging", "winner-of-everything", "label-not-found"),
        ("--section", "no-such-section", "section-not-found"),
        ("--country", "QQ", "country-invalid"),
        ("--language", "!!", "lang-invalid"),
    ] {
        let run = caravan(
            &db,
            &[
                "--json",
                "export",
                "csv",
                "--edition",
                EDITION,
                "--out",
                path,
                flag,
                value,
            ],
        );
        assert_eq!(run.error()["code"], code, "{flag} {value}");
        assert!(!out.exists(), "{flag} {value}: no file is written");
    }
    // A real filter that happens to keep nothing is an honest empty export.
    let empty = ok(caravan(
        &db,
        &[
            "--json",
            "export",
            "csv",
            "--edition",
            EDITION,
            "--out",
            path,
            "--country",
            "AQ",
        ],
    ));
    assert_eq!(empty["written"], 0);
}

fn submissions(db: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["--json", "submissions", "list", "--edition", EDITION];
    args.extend_from_slice(extra);
    ok(caravan(db, &args))
}

#[test]
fn the_submissions_table_is_paged_filtered_and_sorted_in_the_store() {
    let (_dir, db) = demo_db();
    ok(import(&db, &sample(), &[]));
    let all = submissions(&db, &["--limit", "1000"]);
    let total = all["total"].as_u64().unwrap();
    assert_eq!(all["submissions"].as_array().unwrap().len() as u64, total);
    assert!(all["next"].is_null(), "one page holds them all");

    // Pages of 7 by cursor: every row once, in the same order as one big page.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut args = vec!["--limit", "7"];
        if let Some(a) = &after {
            args.extend(["--after", a.as_str()]);
        }
        let page = submissions(&db, &args);
        assert_eq!(page["total"].as_u64().unwrap(), total);
        seen.extend(
            page["submissions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].clone()),
        );
        match page["next"].as_str() {
            Some(n) => after = Some(n.to_owned()),
            None => break,
        }
    }
    let ids: Vec<Value> = all["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].clone())
        .collect();
    assert_eq!(seen, ids);

    // Titles sort by the reader's alphabet: in Russian Cyrillic first, in English Latin.
    let titles = |lang: &str, sort: &str| -> Vec<String> {
        ok(caravan(
            &db,
            &[
                "--json",
                "--lang",
                lang,
                "submissions",
                "list",
                "--edition",
                EDITION,
                "--limit",
                "1000",
                "--sort",
                sort,
            ],
        ))["submissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let en = titles("en-US", "title");
    let collator_order = |list: &[String]| {
        list.windows(2).all(|w| {
            w[0].to_lowercase().chars().next() <= w[1].to_lowercase().chars().next()
                || !w[1].is_ascii()
        })
    };
    assert!(collator_order(&en), "{en:?}");
    let mut reversed = titles("en-US", "title:desc");
    reversed.reverse();
    assert_eq!(reversed, en);
    let ru = titles("ru", "title");
    let first_latin = ru
        .iter()
        .position(|t| t.chars().next().is_some_and(|c| c.is_ascii_alphabetic()));
    let last_cyrillic = ru.iter().rposition(|t| {
        t.chars()
            .next()
            .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
    });
    if let (Some(l), Some(c)) = (first_latin, last_cyrillic) {
        assert!(
            c < l,
            "Cyrillic titles come first for a Russian reader: {ru:?}"
        );
    }

    // Filters: each kept row says what was asked, and the count agrees.
    let french = submissions(&db, &["--limit", "1000", "--country", "fr"]);
    let rows = french["submissions"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert_eq!(rows.len() as u64, french["total"].as_u64().unwrap());
    assert!(rows
        .iter()
        .all(|s| s["countries"].as_array().unwrap().iter().any(|c| c == "FR")));
    let words = submissions(&db, &["--q", "Fényes"]);
    assert!(words["total"].as_u64().unwrap() >= 1, "{words}");

    for (args, code) in [
        (vec!["--after", "title~b00~1"], "cursor-invalid"),
        (vec!["--sort", "rating"], "value-unknown"),
        (vec!["--status", "maybe"], "value-unknown"),
    ] {
        let mut full = vec!["--json", "submissions", "list", "--edition", EDITION];
        full.extend(args.iter().copied());
        assert_eq!(caravan(&db, &full).error()["code"], code, "{args:?}");
    }

    // The works list pages by cursor too.
    let first = ok(caravan(
        &db,
        &["--json", "works", "list", "--limit", "3", "--sort", "year"],
    ));
    let next = first["next"].as_str().unwrap().to_owned();
    let second = ok(caravan(
        &db,
        &[
            "--json", "works", "list", "--limit", "3", "--sort", "year", "--after", &next,
        ],
    ));
    let years = |p: &Value| -> Vec<i64> {
        p["works"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["year"].as_i64().unwrap_or(i64::MIN))
            .collect()
    };
    assert!(years(&first).iter().max() <= years(&second).iter().min());
}
