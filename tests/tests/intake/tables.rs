//! Tables from other platforms through a column mapping (CSV and XLSX), values kept as
//! written with a warning instead of refusing the row, aliases that resolve them once for
//! every work and every later import, legacy encodings, and cells with control characters.

use super::{demo_db, fixture, import, ok, write, EDITION};
use caravan_e2e::{caravan, Run};
use serde_json::Value;
use std::path::Path;

fn import_table(db: &Path, file: &Path, mapping: &str, extra: &[&str]) -> Value {
    ok(import_table_run(db, file, mapping, extra))
}

fn import_table_run(db: &Path, file: &Path, mapping: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "--json",
        "import",
        "table",
        file.to_str().unwrap(),
        "--edition",
        EDITION,
        "--mapping",
        mapping,
    ];
    args.extend_from_slice(extra);
    caravan(db, &args)
}

fn warnings(report: &Value) -> Vec<(String, String, Option<String>)> {
    report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["code"].as_str().unwrap().to_owned(),
                w["value"].as_str().unwrap().to_owned(),
                w["suggestion_code"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn work(db: &Path, reference: &str) -> Value {
    ok(caravan(db, &["--json", "works", "show", reference]))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn another_platforms_table_imports_through_its_mapping_and_again_unchanged() {
    let (_dir, db) = demo_db();
    let file = fixture("tables/festhome-es.csv");
    let mapping = fixture("tables/festhome-es.mapping.json");
    let report = import_table(&db, &file, mapping.to_str().unwrap(), &[]);
    assert_eq!(report["imported"], 3, "{report}");
    assert_eq!(report["rejected_total"], 0, "{report}");
    assert_eq!(report["encoding"], "UTF-8");

    // Every row imported; what no list knows is kept and warned about, with a suggestion.
    let w = warnings(&report);
    assert!(
        w.contains(&("unknown-country".into(), "Quatar".into(), Some("QA".into()))),
        "{w:?}"
    );
    assert!(
        w.contains(&(
            "unknown-language".into(),
            "Frnech".into(),
            Some("fr".into())
        )),
        "{w:?}"
    );
    assert!(
        w.contains(&("unknown-language".into(), "Klingonese".into(), None)),
        "{w:?}"
    );
    let quatar = &report["warnings"][0];
    assert_eq!(quatar["line"], 2, "{quatar}");
    assert_eq!(quatar["column"], "País");
    assert_eq!(quatar["suggestion"], "Qatar");
    assert!(
        quatar["message"].as_str().unwrap().contains("Qatar"),
        "{quatar}"
    );

    let salt = work(&db, "festhome:4412");
    assert_eq!(strings(&salt["countries"]), ["ES"]);
    assert_eq!(salt["unresolved"][0]["value"], "Quatar", "{salt}");
    assert_eq!(salt["runtime_seconds"], 5520);
    // Former names and other spellings are countries all the same.
    assert_eq!(strings(&work(&db, "festhome:4413")["countries"]), ["SK"]);
    assert_eq!(strings(&work(&db, "festhome:4414")["countries"]), ["MM"]);
    // Unmapped columns are kept as fields; the Spanish synopsis under Spanish.
    let fields = salt["fields"].to_string();
    assert!(
        fields.contains("Enlace de visionado") && fields.contains("vimeo.com/1"),
        "{fields}"
    );
    assert!(
        salt["synopses"].to_string().contains("\"es\""),
        "{}",
        salt["synopses"]
    );

    // The same file again changes nothing; the mapping saved by name reads it the same.
    ok(caravan(
        &db,
        &["--json", "mappings", "save", mapping.to_str().unwrap()],
    ));
    let again = import_table(&db, &file, "festhome", &[]);
    assert_eq!(
        (again["imported"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(3)),
        "{again}"
    );
    let list = ok(caravan(&db, &["--json", "mappings", "list"]));
    let names: Vec<&str> = list["mappings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["filmfreeway", "festhome"]);
}

#[test]
fn a_value_mapped_once_resolves_every_work_and_every_later_import() {
    let (dir, db) = demo_db();
    let file = fixture("tables/festhome-es.csv");
    let mapping = fixture("tables/festhome-es.mapping.json");
    import_table(&db, &file, mapping.to_str().unwrap(), &[]);
    let unresolved = ok(caravan(
        &db,
        &["--json", "unresolved", "--edition", EDITION],
    ));
    assert!(
        unresolved["values"]
            .to_string()
            .contains("\"suggestion_code\":\"QA\""),
        "{unresolved}"
    );

    let set = ok(caravan(
        &db,
        &["--json", "aliases", "add", "country", "Quatar", "qa"],
    ));
    assert_eq!(set["resolved"], 1, "{set}");
    assert_eq!(set["alias"]["code"], "QA");
    let salt = work(&db, "festhome:4412");
    assert_eq!(strings(&salt["countries"]), ["ES", "QA"]);
    assert_eq!(salt["unresolved"], serde_json::json!([]), "{salt}");

    // A FilmFreeway file that writes the same typo reads it as Qatar from now on.
    let ff = write(
        dir.path(),
        "quatar.csv",
        "Submission ID,Project Title,Country of Origin,Submission Categories\r\n\
         99001,Desert Bloom,Quatar,Shorts\r\n",
    );
    let report = ok(import(&db, &ff, &[]));
    assert_eq!(report["warnings"], serde_json::json!([]), "{report}");
    assert_eq!(strings(&work(&db, "ff:99001")["countries"]), ["QA"]);

    // A code that is no country is refused, naming it, and nothing changes.
    let bad = caravan(
        &db,
        &["--json", "aliases", "add", "country", "Narnia", "Narnia"],
    );
    assert_ne!(bad.status, 0);
    assert_eq!(bad.json()["error"]["code"], "alias-bad-code");
    let aliases = ok(caravan(&db, &["--json", "aliases", "list"]));
    assert_eq!(aliases["aliases"].as_array().unwrap().len(), 1, "{aliases}");
}

#[test]
fn a_workbook_imports_like_its_csv_and_headers_are_guessed_in_any_language() {
    let (dir, db) = demo_db();
    let path = dir.path().join("formulaire.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let rows: [[&str; 6]; 3] = [
        [
            "Numéro",
            "Titre",
            "Titre original",
            "Réalisateur(s)",
            "Pays",
            "Durée",
        ],
        [
            "F-1",
            "The Long Winter",
            "Долгая зима",
            "Ivan Petrov",
            "Russie",
            "1:40:00",
        ],
        [
            "F-2",
            "Harbour Lights",
            "Lumières du port",
            "Claire Dubois",
            "France",
            "12:30",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    sheet.write_number(1, 6, 2025).unwrap();
    sheet.write_string(0, 6, "Année").unwrap();
    book.save(&path).unwrap();

    let preview = ok(caravan(
        &db,
        &["--json", "import", "preview", path.to_str().unwrap()],
    ));
    let guessed: Vec<(String, String)> = preview["guess"]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["header"].as_str().unwrap().to_owned(),
                c["target"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("Numéro", "id"),
        ("Titre", "title"),
        ("Titre original", "original-title"),
        ("Réalisateur(s)", "directors"),
        ("Pays", "countries"),
        ("Durée", "runtime"),
        ("Année", "year"),
    ]
    .iter()
    .map(|(h, t)| ((*h).to_owned(), (*t).to_owned()))
    .collect();
    assert_eq!(guessed, expected);
    assert_eq!(preview["rows"][0][1], "The Long Winter");
    assert_eq!(preview["rows"][0][6], "2025");
    assert_eq!(preview["filmfreeway"], false);
    let export = ok(caravan(
        &db,
        &[
            "--json",
            "import",
            "preview",
            super::sample().to_str().unwrap(),
        ],
    ));
    assert_eq!(export["filmfreeway"], true, "{export}");

    let mapping = write(dir.path(), "form.json", &{
        let mut m = preview["guess"].clone();
        m["name"] = "form".into();
        m.to_string()
    });
    let report = import_table(&db, &path, mapping.to_str().unwrap(), &[]);
    assert_eq!(report["imported"], 2, "{report}");
    assert_eq!(report["encoding"], Value::Null);
    let winter = work(&db, "form:F-1");
    assert_eq!(strings(&winter["countries"]), ["RU"]);
    assert_eq!(winter["year"], 2025);
    assert!(winter["titles"].to_string().contains("Долгая зима"));
}

#[test]
fn files_in_legacy_encodings_are_detected_and_read() {
    let (dir, db) = demo_db();
    let cases: [(&encoding_rs::Encoding, &str, &str, &str); 4] = [
        (
            encoding_rs::WINDOWS_1251,
            "windows-1251",
            "Сталкер",
            "Андрей Тарковский",
        ),
        (
            encoding_rs::WINDOWS_1252,
            "windows-1252",
            "Les Quatre Cents Coups",
            "François Truffaut",
        ),
        (
            encoding_rs::SHIFT_JIS,
            "Shift_JIS",
            "東京物語",
            "小津安二郎",
        ),
        (encoding_rs::GB18030, "GBK", "霸王别姬", "陈凯歌"),
    ];
    for (i, (encoding, name, title, director)) in cases.iter().enumerate() {
        let text = format!(
            "Submission ID,Project Title,Directors,Synopsis,Submission Categories\r\n\
             {id},{title},{director},\"{title} — {director}: une œuvre, ein Werk, работа, 作品です。\",Features\r\n",
            id = 80_000 + i
        );
        let (bytes, _, lossy) = encoding.encode(&text);
        let text_bytes = if lossy {
            // Not every synopsis character exists in every legacy encoding: keep the title
            // and director, which do.
            encoding
                .encode(&format!(
                    "Submission ID,Project Title,Directors,Submission Categories\r\n{},{title},{director},Features\r\n",
                    80_000 + i
                ))
                .0
                .into_owned()
        } else {
            bytes.into_owned()
        };
        let path = dir.path().join(format!("{name}.csv"));
        std::fs::write(&path, &text_bytes).unwrap();
        let report = ok(import(&db, &path, &[]));
        assert_eq!(report["encoding"], *name, "{report}");
        assert_eq!(report["imported"], 1, "{report}");
        let shown = work(&db, &format!("ff:{}", 80_000 + i));
        assert!(
            shown["titles"].to_string().contains(title),
            "{name}: {}",
            shown["titles"]
        );
        assert!(shown["credits"].to_string().contains(director), "{name}");
    }

    // Detection can be overruled: the same Windows-1251 bytes read as Windows-1252 give
    // other letters, and naming no encoding at all is a coded error.
    let path = dir.path().join("windows-1251.csv");
    let forced = ok(import(
        &db,
        &path,
        &["--encoding", "windows-1252", "--dry-run"],
    ));
    assert_eq!(forced["encoding"], "windows-1252");
    let bad = import(&db, &path, &["--encoding", "martian"]);
    assert_eq!(bad.json()["error"]["code"], "encoding-unknown");
}

#[test]
fn control_characters_in_a_cell_are_taken_out_not_fatal() {
    let (dir, db) = demo_db();
    let file = write(
        dir.path(),
        "nul.csv",
        "Submission ID,Project Title,Synopsis,Submission Categories\r\n\
         70001,\u{0}Nul Start,Bell\u{7} and escape\u{1b} here,Shorts\r\n\
         70002,Fine,Fine,Shorts\r\n",
    );
    let report = ok(import(&db, &file, &["--partial"]));
    assert_eq!(report["imported"], 2, "{report}");
    assert_eq!(report["rejected_total"], 0, "{report}");
    let codes: Vec<(String, String, Option<String>)> = warnings(&report);
    assert_eq!(codes.len(), 2, "{codes:?}");
    assert!(codes.iter().all(|(c, _, _)| c == "cell-control-characters"));
    let shown = work(&db, "ff:70001");
    assert_eq!(shown["title"], "Nul Start", "{shown}");
    assert!(shown["synopses"]
        .to_string()
        .contains("Bell and escape here"));
}

#[test]
fn a_mapping_that_cannot_import_is_refused_by_name() {
    let (dir, db) = demo_db();
    let file = fixture("tables/festhome-es.csv");
    let no_id = write(
        dir.path(),
        "no-id.json",
        r#"{"name":"x","columns":{"Título":"title"}}"#,
    );
    let run = import_table_run(&db, &file, no_id.to_str().unwrap(), &[]);
    assert_eq!(run.json()["error"]["code"], "mapping-no-id");
    let absent = import_table_run(&db, &file, "nowhere", &[]);
    assert_eq!(absent.json()["error"]["code"], "mapping-not-found");
    let wrong = write(
        dir.path(),
        "wrong.json",
        r#"{"name":"x","columns":{"Tittle":"title","Nº":"id"}}"#,
    );
    let missing = import_table_run(&db, &file, wrong.to_str().unwrap(), &[]);
    let error = missing.json()["error"].clone();
    assert_eq!(error["code"], "table-missing-column", "{error}");
    assert!(error["message"].as_str().unwrap().contains("Tittle"));
}

#[test]
fn an_isrc_with_a_prefix_no_list_has_yet_is_kept_with_a_warning() {
    let (dir, db) = demo_db();
    let file = write(
        dir.path(),
        "isrc.csv",
        "Submission ID,Project Title,ISRC,Project Type,Submission Categories\r\n\
         60001,Night Song,XQ-RC1-76-07839,Music,Shorts\r\n\
         60002,Day Song,GXF3D2400001,Music,Shorts\r\n",
    );
    let report = ok(import(&db, &file, &[]));
    assert_eq!(report["imported"], 2, "{report}");
    assert_eq!(
        warnings(&report),
        [(
            "unknown-isrc-prefix".to_owned(),
            "XQRC17607839".to_owned(),
            None
        )]
    );
    let song = work(&db, "XQRC17607839");
    assert_eq!(song["title"], "Night Song");
}

#[test]
fn bad_workbooks_mappings_and_aliases_are_refused_by_name_and_change_nothing() {
    let (dir, db) = demo_db();
    let before = super::contents(&db);
    // A file that starts like a workbook and is none.
    let broken = dir.path().join("broken.xlsx");
    std::fs::write(&broken, b"PK\x03\x04 not a workbook at all").unwrap();
    let mapping = fixture("tables/festhome-es.mapping.json");
    let e = import_table_run(&db, &broken, mapping.to_str().unwrap(), &[]).error();
    assert_eq!(e["code"], "xlsx-unreadable", "{e}");
    assert!(
        e["message"].as_str().unwrap().contains("broken.xlsx"),
        "{e}"
    );
    // FilmFreeway's preset is built in: a mapping of that name is not saved over it.
    let builtin = write(
        dir.path(),
        "ff.json",
        r#"{"name":"filmfreeway","columns":{"Title":"title","Id":"id"}}"#,
    );
    let e = caravan(
        &db,
        &["--json", "mappings", "save", builtin.to_str().unwrap()],
    )
    .error();
    assert_eq!(e["code"], "mapping-builtin", "{e}");
    let e = caravan(
        &db,
        &["--json", "aliases", "add", "genre", "Docu", "documentary"],
    )
    .error();
    assert_eq!(e["code"], "alias-bad-vocabulary", "{e}");
    let e = caravan(&db, &["--json", "aliases", "remove", "country", "Quatar"]).error();
    assert_eq!(e["code"], "alias-not-found", "{e}");
    assert_eq!(
        super::contents(&db),
        before,
        "nothing refused changed the store"
    );
}
