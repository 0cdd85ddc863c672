//! The real window in the real WebKit engine: the debug build of `caravan-app` driven
//! through tauri-driver and WebKitWebDriver, under the display `scripts/test` starts (Xvfb).
//!
//! Ignored by a plain `cargo test` because it needs that display and those drivers;
//! `scripts/test` runs it with `--run-ignored all`.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_e2e::{binary, fingerprint, target_dir};
use caravan_i18n::Localizer;
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const STEP: Duration = Duration::from_secs(30);

/// Fails the test, naming the step, if `f` does not finish within `STEP`.
async fn within<T, E: std::fmt::Debug>(what: &str, f: impl Future<Output = Result<T, E>>) -> T {
    match tokio::time::timeout(STEP, f).await {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => panic!("{what}: {e:?}"),
        Err(_) => panic!("{what}: no answer within {STEP:?}"),
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn tool(env: &str, name: &str, fallbacks: &[&str]) -> PathBuf {
    if let Some(p) = std::env::var_os(env) {
        return PathBuf::from(p);
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let mut candidates: Vec<PathBuf> = std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .map(|d| Path::new(d).join(name))
        .collect();
    candidates.extend(
        fallbacks
            .iter()
            .map(|f| PathBuf::from(f.replace("~", &home))),
    );
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} not found: scripts/install installs it (or set {env})"))
}

/// tauri-driver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run through scripts/test, which starts Xvfb"
        );
        let port = free_port();
        let native_port = free_port();
        let driver = tool(
            "CARAVAN_TAURI_DRIVER",
            "tauri-driver",
            &["~/.cargo/bin/tauri-driver"],
        );
        let webkit = tool(
            "CARAVAN_WEBKIT_DRIVER",
            "WebKitWebDriver",
            &["/usr/bin/WebKitWebDriver"],
        );
        let log = std::fs::File::create(artifact("tauri-driver.log")).unwrap();
        let child = Command::new(driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .arg("--native-driver")
            .arg(webkit)
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("LC_ALL", "C")
            // The window's keys are sealed with the passphrase typed into it, cheaply.
            .env("CARAVAN_KEYCHAIN", "off")
            .env("CARAVAN_PASSPHRASE_WORK_FACTOR", "8")
            .env_remove("CARAVAN_PASSPHRASE")
            .env_remove("LANG")
            .env_remove("CARAVAN_DB")
            .env_remove("CARAVAN_LANG")
            .stdout(Stdio::null())
            .stderr(log)
            // Its own process group, so dropping the driver also ends WebKitWebDriver.
            .process_group(0)
            .spawn()
            .expect("tauri-driver starts");
        let deadline = Instant::now() + STEP;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    /// Starts the app on the database `db` and connects to its webview.
    async fn open(&self, db: &Path) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert(
            "tauri:options".into(),
            json!({ "application": binary("caravan-app"), "args": ["--db", db] }),
        );
        within(
            "WebDriver session",
            ClientBuilder::native()
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{}", self.port)),
        )
        .await
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.child.wait();
    }
}

async fn find(client: &Client, testid: &str) -> Element {
    let css = format!("[data-testid=\"{testid}\"]");
    within(
        &format!("find {testid}"),
        client.wait().at_most(STEP).for_element(Locator::Css(&css)),
    )
    .await
}

/// Visible text without the Unicode isolation marks Fluent puts around placeables.
async fn text(client: &Client, testid: &str) -> String {
    let el = find(client, testid).await;
    within(&format!("text of {testid}"), el.text())
        .await
        .replace(['\u{2068}', '\u{2069}'], "")
}

async fn script(client: &Client, js: &str) -> Value {
    within(js, client.execute(js, vec![])).await
}

/// Polls until `js` returns `want`, failing with what it last returned.
async fn wait_for_script(client: &Client, js: &str, want: Value) {
    let deadline = Instant::now() + STEP;
    loop {
        let got = script(client, js).await;
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{js} returned {got}, wanted {want}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wait_for_text(client: &Client, testid: &str, want: &str) {
    let deadline = Instant::now() + STEP;
    loop {
        let got = text(client, testid).await;
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{testid} reads “{got}”, wanted “{want}”"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn close(client: Client) {
    within("close session", client.close()).await;
}

fn artifact(name: &str) -> PathBuf {
    let dir = target_dir().join("e2e");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn the_window_lists_works_switches_to_arabic_and_remembers() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let en = Localizer::for_locale("en-US");
    let ar = Localizer::for_locale("ar");

    // First start on an empty database: the demo is seeded and the list is painted.
    let client = driver.open(&db).await;
    wait_for_text(&client, "works-heading", &en.tr("works--heading", None)).await;
    find(&client, "work-row-1").await;
    wait_for_script(&client, "return document.documentElement.dir", json!("ltr")).await;
    let count = text(&client, "works-count").await;
    assert!(
        count.ends_with(" works") && count.len() > " works".len(),
        "{count}"
    );
    // The list is virtualised: far fewer rows exist than works.
    let rows = script(
        &client,
        "return document.querySelectorAll('[data-testid^=\"work-row-\"]').length",
    )
    .await;
    assert!(rows.as_u64().unwrap() < 60, "{rows} rows in the DOM");

    // Switch to Arabic: the whole window turns right to left, the heading is translated.
    let select = find(&client, "language-select").await;
    within("choose Arabic", select.select_by_value("ar")).await;
    wait_for_script(&client, "return document.documentElement.dir", json!("rtl")).await;
    wait_for_script(&client, "return document.documentElement.lang", json!("ar")).await;
    wait_for_text(&client, "works-heading", &ar.tr("works--heading", None)).await;

    // Open Farewell My Concubine: every language variant, the Chinese title among them.
    within("open the work", find(&client, "work-row-1").await.click()).await;
    wait_for_text(&client, "work-title-zh-Hans", "霸王别姬").await;
    wait_for_text(&client, "work-title-zh-Hant", "霸王別姬").await;
    wait_for_text(&client, "work-title-en", "Farewell My Concubine").await;
    let shot = within("screenshot", client.screenshot()).await;
    assert!(shot.starts_with(b"\x89PNG"), "the screenshot is a PNG");
    std::fs::write(artifact("work-arabic.png"), &shot).unwrap();
    within("back", find(&client, "back").await.click()).await;
    find(&client, "work-row-1").await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("works-arabic.png"), &shot).unwrap();
    close(client).await;

    // A restart opens in Arabic: the choice was remembered.
    let client = driver.open(&db).await;
    wait_for_text(&client, "works-heading", &ar.tr("works--heading", None)).await;
    wait_for_script(&client, "return document.documentElement.dir", json!("rtl")).await;
    let select = find(&client, "language-select").await;
    within("choose English", select.select_by_value("en-US")).await;
    wait_for_script(&client, "return document.documentElement.dir", json!("ltr")).await;
    wait_for_text(&client, "works-heading", &en.tr("works--heading", None)).await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("works-english.png"), &shot).unwrap();
    close(client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn the_window_shows_a_database_error_and_changes_nothing() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("festival-notes.db");
    std::fs::write(
        &notes,
        "Not a database: programme notes for the Belt and Road Film Week\n",
    )
    .unwrap();
    let before = fingerprint(&notes);

    let client = driver.open(&notes).await;
    wait_for_text(&client, "error-code", "db-not-sqlite").await;
    let message = text(&client, "error-message").await;
    assert!(
        message.contains("festival-notes.db"),
        "the message names the file: {message}"
    );
    let expected = Localizer::for_locale("en-US")
        .tr_with(
            "error--db-not-sqlite",
            [("path", notes.display().to_string())],
        )
        .replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(message, expected);
    close(client).await;
    assert_eq!(fingerprint(&notes), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn metadata_is_shown_as_text_never_as_html() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let seeded = caravan_e2e::caravan(&db, &["demo", "--json"]);
    assert_eq!(seeded.status, 0, "{}", seeded.stderr);
    // A submitter's title that is also markup and script.
    let hostile = r#"<img src=x onerror="document.title='pwned'">Bold <b>claims</b>"#;
    let id: i64 = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute(
            "INSERT INTO works (kind, year, created_at, updated_at) VALUES ('film', 2026, 0, 0)",
            [],
        )
        .unwrap();
        let id = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO work_texts (work_id, field, lang, text, is_original, provenance)
             VALUES (?1, 'title', 'en', ?2, 1, 'submitted')",
            rusqlite::params![id, hostile],
        )
        .unwrap();
        id
    };

    let client = driver.open(&db).await;
    find(&client, "work-row-1").await;
    // Scroll the new work, the last, into view and open it.
    script(&client, "const v = document.querySelector('[data-testid=\"works-list\"]'); v.scrollTop = v.scrollHeight; return 0").await;
    let row = format!("work-row-{id}");
    let row_text = text(&client, &row).await;
    assert!(
        row_text.contains(hostile),
        "the title is shown literally: {row_text}"
    );
    within("open the work", find(&client, &row).await.click()).await;
    wait_for_text(&client, "work-title-en", hostile).await;
    let markup = script(
        &client,
        "return document.querySelectorAll('#app img, #app b, #app script').length",
    )
    .await;
    assert_eq!(markup, json!(0), "metadata became elements");
    assert_ne!(
        script(&client, "return document.title").await,
        json!("pwned")
    );
    close(client).await;

    // A title of 200 letters without a space wraps inside its card and its heading.
    let long = "Ა".repeat(100) + &"W".repeat(100);
    let long_id: i64 = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute(
            "INSERT INTO works (kind, year, created_at, updated_at) VALUES ('film', 2026, 0, 0)",
            [],
        )
        .unwrap();
        let id = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO work_texts (work_id, field, lang, text, is_original, provenance)
             VALUES (?1, 'title', 'ka', ?2, 1, 'submitted')",
            rusqlite::params![id, long],
        )
        .unwrap();
        id
    };
    let client = driver.open(&db).await;
    find(&client, "work-row-1").await;
    script(&client, "const v = document.querySelector('[data-testid=\"works-list\"]'); v.scrollTop = v.scrollHeight; return 0").await;
    within(
        "open the long title",
        find(&client, &format!("work-row-{long_id}")).await.click(),
    )
    .await;
    wait_for_text(&client, "work-title-ka", &long).await;
    let overflow = script(
        &client,
        "const fits = (el) => el.scrollWidth <= el.clientWidth + 1;
         const card = document.querySelector('[data-testid=\"work-variant-ka\"]');
         const heading = document.querySelector('[data-testid=\"work-title\"]');
         return [fits(card), fits(heading), card.getBoundingClientRect().right <= window.innerWidth + 1]",
    )
    .await;
    assert_eq!(
        overflow,
        json!([true, true, true]),
        "the long title runs out of its card"
    );
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("long-title.png"), &shot).unwrap();
    close(client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn posters_show_in_the_list_and_on_the_work_page() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    assert_eq!(caravan_e2e::caravan(&db, &["demo"]).status, 0);
    let poster = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../src-tauri/crates/media/tests/fixtures/orientation/Landscape_8.jpg");
    let added = caravan_e2e::caravan(
        &db,
        &["media", "add", "1", poster.to_str().unwrap(), "--json"],
    );
    assert_eq!(added.status, 0, "{}", added.stderr);
    let media_id = added.json()["media"]["id"].as_i64().unwrap();

    let client = driver.open(&db).await;
    find(&client, "work-poster-1").await;
    // The thumbnail really loaded through the media:// protocol, upright (landscape).
    let js = "const i = document.querySelector('[data-testid=\"work-poster-1\"]'); return i.complete && i.naturalWidth > i.naturalHeight";
    wait_for_script(&client, js, json!(true)).await;
    within("open the work", find(&client, "work-row-1").await.click()).await;
    find(&client, &format!("media-{media_id}")).await;
    let js = format!("const i = document.querySelector('[data-testid=\"media-{media_id}\"] img'); return i.complete && i.naturalWidth > i.naturalHeight");
    wait_for_script(&client, &js, json!(true)).await;
    find(&client, "media-drop-hint").await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("work-poster.png"), &shot).unwrap();
    close(client).await;
}

async fn click(client: &Client, testid: &str) {
    within(
        &format!("click {testid}"),
        find(client, testid).await.click(),
    )
    .await;
}

async fn type_into(client: &Client, testid: &str, value: &str) {
    let el = find(client, testid).await;
    within(&format!("clear {testid}"), el.clear()).await;
    if !value.is_empty() {
        within(&format!("type into {testid}"), el.send_keys(value)).await;
    }
}

/// How many elements whose test id starts with `prefix` are in the page.
async fn count(client: &Client, prefix: &str) -> u64 {
    script(
        client,
        &format!("return document.querySelectorAll('[data-testid^=\"{prefix}\"]').length"),
    )
    .await
    .as_u64()
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn search_as_you_type_and_edit_titles_side_by_side() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let client = driver.open(&db).await;
    find(&client, "work-row-1").await;

    // Two Chinese characters, typed: the film is offered before anything is submitted.
    type_into(&client, "search-input", "别姬").await;
    click(&client, "search-hit-1").await;
    wait_for_text(&client, "work-title-zh-Hans", "霸王别姬").await;

    // A curator adds a Kazakh title beside the others; search finds it at once.
    click(&client, "add-language").await;
    type_into(&client, "edit-tag", "KK-cyrl").await;
    type_into(&client, "edit-title", "Қоштасу, тоқалым").await;
    click(&client, "edit-save").await;
    wait_for_text(&client, "work-title-kk-Cyrl", "Қоштасу, тоқалым").await;
    type_into(&client, "search-input", "қоштасу").await;
    find(&client, "search-hit-1").await;
    type_into(&client, "search-input", "").await;
    // An identifier is checked before it is kept.
    type_into(&client, "identifier-input", "T-034.524.680-2").await;
    click(&client, "identifier-add").await;
    find(&client, "error-banner").await;
    type_into(&client, "identifier-input", "T-034.524.680-1").await;
    click(&client, "identifier-add").await;
    find(&client, "identifier-iswc").await;
    // And removes the Kazakh title again.
    click(&client, "remove-kk-Cyrl").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"work-title-kk-Cyrl\"]') === null",
        json!(true),
    )
    .await;

    // The submissions table in Arabic runs right to left, its headings translated.
    let ar = Localizer::for_locale("ar");
    let select = find(&client, "language-select").await;
    within("choose Arabic", select.select_by_value("ar")).await;
    wait_for_script(&client, "return document.documentElement.dir", json!("rtl")).await;
    click(&client, "nav-submissions").await;
    wait_for_text(&client, "tab-table", &ar.tr("submissions--tab-table", None)).await;
    find(&client, "submissions-table").await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("submissions-arabic.png"), &shot).unwrap();
    close(client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn import_review_change_statuses_and_see_statistics() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    assert_eq!(caravan_e2e::caravan(&db, &["demo"]).status, 0);
    let sample =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/filmfreeway/festival-export.csv");
    // The sample with one row made bad: a duration nobody can read.
    let original = std::fs::read_to_string(&sample).unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, original.replacen("0:27:32", "twenty minutes", 1)).unwrap();
    let en = Localizer::for_locale("en-US");

    let client = driver.open(&db).await;
    click(&client, "nav-submissions").await;
    find(&client, "submissions-table").await;
    click(&client, "open-import").await;
    type_into(&client, "import-path", bad.to_str().unwrap()).await;
    click(&client, "import-run").await;
    // Refused whole: the report names the line, the column and the problem.
    find(&client, "rejected-0").await;
    let row = text(&client, "rejected-0").await;
    assert!(
        row.contains("Duration")
            && row.contains("twenty minutes")
            && row.contains("ff-bad-duration"),
        "{row}"
    );
    assert_eq!(count(&client, "rejected-").await, 1);
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("import-refused.png"), &shot).unwrap();

    // The good rows, on request.
    click(&client, "import-partial").await;
    click(&client, "import-run").await;
    let summary = en.tr_with(
        "import--summary",
        [
            ("imported", 24),
            ("updated", 0),
            ("unchanged", 0),
            ("rejected", 1),
        ],
    );
    wait_for_text(
        &client,
        "import-summary",
        &summary.replace(['\u{2068}', '\u{2069}'], ""),
    )
    .await;

    // Filter to withdrawn entries, select them, disqualify them, then undo.
    let withdrawn_rows = caravan_e2e::caravan(
        &db,
        &[
            "--json",
            "submissions",
            "list",
            "--edition",
            "siff-2026",
            "--status",
            "withdrawn",
        ],
    )
    .json()["total"]
        .as_u64()
        .unwrap();
    assert!(withdrawn_rows >= 4, "{withdrawn_rows} withdrawn rows");
    let filter = find(&client, "filter-status").await;
    within("filter", filter.select_by_value("withdrawn")).await;
    // The store filters: the table shows exactly the withdrawn entries.
    let rows_js = "return document.querySelectorAll('[data-testid^=\"submission-row-\"]').length";
    wait_for_script(&client, rows_js, json!(withdrawn_rows)).await;
    let shown = withdrawn_rows;
    click(&client, "select-shown").await;
    let bulk = find(&client, "bulk-status").await;
    within("bulk status", bulk.select_by_value("disqualified")).await;
    click(&client, "bulk-apply").await;
    find(&client, "bulk-undo").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid^=\"submission-row-\"]').length",
        json!(0),
    )
    .await;
    let listed = caravan_e2e::caravan(
        &db,
        &["--json", "submissions", "list", "--edition", "siff-2026"],
    )
    .json();
    let withdrawn = listed["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "withdrawn")
        .count();
    assert_eq!(withdrawn, 0, "the change is stored");
    click(&client, "bulk-undo").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid^=\"submission-row-\"]').length",
        json!(shown),
    )
    .await;

    // Statistics: bars by country, France among them.
    click(&client, "tab-stats").await;
    find(&client, "bar-country-FR").await;
    find(&client, "bar-genre-Drama").await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("statistics.png"), &shot).unwrap();
    close(client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn duplicates_are_merged_in_the_window() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    demo_with_a_film_entered_twice(&db, dir.path());
    let a = caravan_e2e::caravan(&db, &["--json", "works", "show", "ff:501"]).json()["id"]
        .as_i64()
        .unwrap();
    let b = caravan_e2e::caravan(&db, &["--json", "works", "show", "ff:502"]).json()["id"]
        .as_i64()
        .unwrap();

    let client = driver.open(&db).await;
    click(&client, "nav-duplicates").await;
    find(&client, &format!("pair-{a}-{b}")).await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("duplicates.png"), &shot).unwrap();
    click(&client, &format!("merge-keep-a-{a}-{b}")).await;
    // The merge asks first, naming what moves where; cancelling changes nothing.
    let asked = text(&client, "merge-confirmation").await;
    assert!(
        asked.contains(&format!("#{a}")) && asked.contains(&format!("#{b}")),
        "{asked}"
    );
    click(&client, "merge-cancel").await;
    find(&client, &format!("merge-keep-a-{a}-{b}")).await;
    click(&client, &format!("merge-keep-a-{a}-{b}")).await;
    click(&client, "merge-confirm").await;
    wait_for_script(
        &client,
        &format!("return document.querySelector('[data-testid=\"pair-{a}-{b}\"]') === null"),
        json!(true),
    )
    .await;
    close(client).await;
    let merged = caravan_e2e::caravan(&db, &["--json", "works", "show", "ff:502"]).json();
    assert_eq!(merged["id"], a, "502 now names the work kept");
    let titles: Vec<&str> = merged["titles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Ba Wang Bie Ji") && titles.contains(&"霸王别姬"),
        "{titles:?}"
    );
}

/// Seeds the demo and imports the same film twice, once under its romanised title.
fn demo_with_a_film_entered_twice(db: &Path, dir: &Path) {
    assert_eq!(caravan_e2e::caravan(db, &["demo"]).status, 0);
    let file = dir.join("twice.csv");
    std::fs::write(
        &file,
        "Submission ID,Project Title,Project Title (Original Language),Directors,Duration\r\n\
         501,Farewell My Concubine,霸王别姬,Chen Kaige,2:51:00\r\n\
         502,Ba Wang Bie Ji,,Chen Kaige,2:51:00\r\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let run = caravan_e2e::caravan(
        db,
        &[
            "--json",
            "import",
            "filmfreeway",
            file,
            "--edition",
            "siff-2026",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stdout);
}

/// Runs axe-core (the accessibility engine, from the UI's npm packages) inside the real
/// WebKit page and fails on any serious or critical violation, naming the view.
async fn axe(client: &Client, view: &str) {
    let source =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&source).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (scripts/setup installs the UI's packages)",
            source.display()
        )
    });
    let loaded = script(client, "return typeof window.axe").await;
    if loaded != json!("object") {
        within(
            "load axe-core",
            client.execute(&format!("{source}\nreturn true;"), vec![]),
        )
        .await;
    }
    let found = within(
        &format!("axe on {view}"),
        client.execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
               .catch(e => done([{ id: 'axe-failed', help: String(e) }]));",
            vec![],
        ),
    )
    .await;
    assert_eq!(
        found,
        json!([]),
        "{view}: serious or critical accessibility violations:\n{}",
        serde_json::to_string_pretty(&found).unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn every_view_passes_axe_in_english_and_arabic() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    // A pair of likely duplicates, so the duplicates view has something to show.
    demo_with_a_film_entered_twice(&db, dir.path());

    let client = driver.open(&db).await;
    for locale in ["en-US", "ar"] {
        let select = find(&client, "language-select").await;
        within("choose the language", select.select_by_value(locale)).await;
        wait_for_script(
            &client,
            "return document.documentElement.lang",
            json!(locale),
        )
        .await;
        click(&client, "nav-works").await;
        find(&client, "work-row-1").await;
        axe(&client, &format!("{locale}: works")).await;

        type_into(&client, "search-input", "别姬").await;
        find(&client, "search-results").await;
        axe(&client, &format!("{locale}: search results")).await;
        // Arrow down and Enter open the first result, from the keyboard alone.
        let input = find(&client, "search-input").await;
        within("arrow down", input.send_keys("\u{E015}")).await;
        wait_for_script(
            &client,
            "return document.querySelector('[data-testid=\"search-input\"]').getAttribute('aria-activedescendant') !== null",
            json!(true),
        )
        .await;
        within("enter", input.send_keys("\u{E007}")).await;
        find(&client, "work-detail").await;
        axe(&client, &format!("{locale}: a work")).await;
        click(&client, "back").await;

        click(&client, "nav-submissions").await;
        find(&client, "submissions-table").await;
        find(&client, "submissions-count").await;
        click(&client, "open-import").await;
        find(&client, "import-panel").await;
        axe(
            &client,
            &format!("{locale}: submissions and the import dialog"),
        )
        .await;
        click(&client, "tab-stats").await;
        find(&client, "stats").await;
        axe(&client, &format!("{locale}: statistics")).await;

        click(&client, "nav-duplicates").await;
        find(&client, "duplicates-count").await;
        axe(&client, &format!("{locale}: duplicates")).await;
    }
    close(client).await;
}

/// `caravan --json` on another profile's database (its keys sealed with "cannes pass"),
/// which must succeed.
fn cli(db: &Path, args: &[&str]) -> Value {
    let mut cmd = caravan_e2e::command();
    cmd.arg("--db")
        .arg(db)
        .arg("--json")
        .args(args)
        .env("CARAVAN_PASSPHRASE", "cannes pass");
    let run: caravan_e2e::Run = cmd.output().unwrap().into();
    assert_eq!(run.status, 0, "{args:?}: {}", run.stdout);
    run.json()
}

/// Cannes's profile made on the command line (with its keys, then `setup` commands run),
/// and its card written beside it: the card's path and its fingerprint.
fn cannes_profile(db: &Path, dir: &Path, setup: &[&[&str]]) -> (PathBuf, String) {
    cli(
        db,
        &[
            "identity",
            "init",
            "--name",
            "Festival de Cannes",
            "--member",
            "cannes",
            "--country",
            "FR",
        ],
    );
    for args in setup {
        cli(db, args);
    }
    let card = dir.join("cannes.card");
    let fp = cli(db, &["identity", "card", "--out", card.to_str().unwrap()])["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    (card, fp)
}

/// Makes the window's keys in the Alliance view's form, for Tbilisi, with a passphrase.
async fn make_keys(client: &Client) {
    click(client, "nav-alliance").await;
    type_into(client, "identity-name", "Tbilisi IFF").await;
    type_into(client, "identity-member", "tbilisi").await;
    type_into(client, "identity-country", "GE").await;
    type_into(client, "identity-passphrase", "window pass").await;
    click(client, "identity-make").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn the_alliance_view_makes_keys_verifies_a_member_and_syncs() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let point = dir.path().join("point");
    let cannes = dir.path().join("cannes.db");
    let (cannes_card, cannes_fp) = cannes_profile(&cannes, dir.path(), &[]);

    // A profile with no identity yet: the window makes its keys.
    let client = driver.open(&db).await;
    make_keys(&client).await;
    let fingerprint = text(&client, "identity-fingerprint").await;
    assert_eq!(fingerprint.split_whitespace().count(), 8, "{fingerprint}");
    find(&client, "qr").await;
    let own_card = dir.path().join("tbilisi.card");
    let shown = cli(
        &db,
        &["identity", "card", "--out", own_card.to_str().unwrap()],
    );
    assert_eq!(
        shown["fingerprint"].as_str().unwrap().replace('-', " "),
        fingerprint
    );

    // Cannes's card, imported and compared.
    type_into(&client, "card-path", cannes_card.to_str().unwrap()).await;
    click(&client, "import-card").await;
    assert_eq!(
        text(&client, "imported-fingerprint").await,
        cannes_fp.replace('-', " ")
    );
    wait_for_text(&client, "trust-cannes", "not verified").await;
    click(&client, "verify-cannes").await;
    type_into(
        &client,
        "verify-input-cannes",
        &cannes_fp.to_lowercase().replace('-', ""),
    )
    .await;
    click(&client, "verify-confirm-cannes").await;
    wait_for_text(&client, "trust-cannes", "verified").await;

    // Cannes writes to Tbilisi through a folder.
    cli(
        &cannes,
        &["members", "import-card", own_card.to_str().unwrap()],
    );
    cli(
        &cannes,
        &[
            "exchange",
            "note",
            "Bienvenue dans l’alliance",
            "--to",
            "tbilisi",
            "--note-lang",
            "fr",
        ],
    );
    cli(
        &cannes,
        &["exchange", "publish", "--to", point.to_str().unwrap()],
    );
    type_into(&client, "point-location", point.to_str().unwrap()).await;
    type_into(&client, "point-name", "USB").await;
    click(&client, "point-add").await;
    find(&client, "point-1").await;
    close(client).await;

    // Opened again, the window asks for the passphrase before it can sync.
    let client = driver.open(&db).await;
    click(&client, "nav-alliance").await;
    click(&client, "note-to-cannes").await;
    type_into(&client, "note-text", "Merci, à Tbilissi en octobre").await;
    click(&client, "note-send").await;
    // Sealing needs the keys: the passphrase, asked for once.
    find(&client, "error-banner").await;
    assert_eq!(
        text(&client, "error-code").await,
        "identity-passphrase-needed"
    );
    click(&client, "sync-button").await;
    find(&client, "unlock").await;
    type_into(&client, "unlock-passphrase", "wrong").await;
    click(&client, "unlock-button").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"unlock\"] [role=\"alert\"]').textContent.includes('wrong')",
        json!(true),
    )
    .await;
    type_into(&client, "unlock-passphrase", "window pass").await;
    click(&client, "unlock-button").await;
    find(&client, "sync-log").await;
    let summary = text(&client, "sync-summary").await;
    assert!(summary.contains("applied 1"), "{summary}");
    assert_eq!(count(&client, "sync-refused").await, 0);
    wait_for_script(
        &client,
        "return [...document.querySelectorAll('[data-testid=\"note\"] .note-text')].map(n => n.textContent).join('|')",
        json!("Bienvenue dans l’alliance"),
    )
    .await;
    axe(&client, "en-US: alliance").await;

    // Now unlocked, a note to Cannes is sealed and leaves with the next sync.
    type_into(&client, "note-text", "Merci, à Tbilissi en octobre").await;
    click(&client, "note-send").await;
    find(&client, "note-sent").await;
    click(&client, "sync-button").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"sync-summary\"]')?.textContent.replace(/[\\u2068\\u2069]/g, '').includes('Sent 1') ?? false",
        json!(true),
    )
    .await;
    let pulled = cli(
        &cannes,
        &["exchange", "pull", "--from", point.to_str().unwrap()],
    );
    assert_eq!(pulled["applied"], 1, "{pulled}");
    let notes = cli(&cannes, &["exchange", "notes"]);
    assert_eq!(notes["notes"][0]["text"], "Merci, à Tbilissi en octobre");

    // Right to left, and still accessible.
    let select = find(&client, "language-select").await;
    within("choose Arabic", select.select_by_value("ar")).await;
    wait_for_script(&client, "return document.documentElement.dir", json!("rtl")).await;
    find(&client, "identity-fingerprint").await;
    wait_for_script(
        &client,
        "return getComputedStyle(document.querySelector('[data-testid=\"identity-fingerprint\"]')).direction",
        json!("ltr"),
    )
    .await;
    axe(&client, "ar: alliance").await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("alliance-arabic.png"), &shot).unwrap();
    close(client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn a_work_is_recommended_from_its_page_and_a_recommendation_answered_in_the_window() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let point = dir.path().join("point");
    let cannes = dir.path().join("cannes.db");
    let (cannes_card, _) = cannes_profile(
        &cannes,
        dir.path(),
        &[
            &["demo"],
            &[
                "edition",
                "add",
                "cannes-2027",
                "--name",
                "Cannes 2027",
                "--section",
                "classics",
            ],
        ],
    );

    // The window's profile: keys, Cannes's card, the point.
    let client = driver.open(&db).await;
    make_keys(&client).await;
    find(&client, "identity-fingerprint").await;
    type_into(&client, "card-path", cannes_card.to_str().unwrap()).await;
    click(&client, "import-card").await;
    find(&client, "card-imported").await;
    type_into(&client, "point-location", point.to_str().unwrap()).await;
    click(&client, "point-add").await;
    find(&client, "point-1").await;
    let own_card = dir.path().join("tbilisi.card");
    cli(
        &db,
        &["identity", "card", "--out", own_card.to_str().unwrap()],
    );
    cli(
        &cannes,
        &["members", "import-card", own_card.to_str().unwrap()],
    );

    // From a work's page: rights that leave France out, and the recommendation.
    type_into(&client, "search-input", "别姬").await;
    let input = find(&client, "search-input").await;
    within("arrow down", input.send_keys("\u{E015}")).await;
    within("enter", input.send_keys("\u{E007}")).await;
    find(&client, "recommend-panel").await;
    type_into(&client, "rights-territory", "WORLD").await;
    click(&client, "rights-add").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"rights\"] li').length",
        json!(1),
    )
    .await;
    type_into(&client, "rights-territory", "FR").await;
    click(&client, "rights-excluded").await;
    click(&client, "rights-add").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"rights\"] li').length",
        json!(2),
    )
    .await;
    click(&client, "recommend-to-cannes").await;
    type_into(
        &client,
        "recommend-note",
        "Une copie restaurée, pour Cannes Classics ?",
    )
    .await;
    click(&client, "recommend-send").await;
    find(&client, "recommend-sent").await;
    find(&client, "warning-rights-not-covered").await;
    axe(&client, "en-US: a work with its recommend panel").await;
    click(&client, "back").await;

    // Cannes answers, and recommends a film back.
    click(&client, "nav-alliance").await;
    click(&client, "sync-button").await;
    find(&client, "sync-log").await;
    cli(
        &cannes,
        &["exchange", "pull", "--from", point.to_str().unwrap()],
    );
    let inbox = cli(
        &cannes,
        &["recommendations", "list", "--direction", "incoming"],
    );
    let id = inbox["recommendations"][0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    cli(
        &cannes,
        &[
            "recommendations",
            "accept",
            &id,
            "--edition",
            "cannes-2027",
            "--section",
            "classics",
        ],
    );
    cli(
        &cannes,
        &[
            "recommend",
            "work",
            "parasite",
            "--to",
            "tbilisi",
            "--note",
            "Pour votre compétition",
        ],
    );
    cli(
        &cannes,
        &["exchange", "publish", "--to", point.to_str().unwrap()],
    );

    click(&client, "sync-button").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"inbox\"] > li').length",
        json!(1),
    )
    .await;
    wait_for_script(
        &client,
        "return [...document.querySelectorAll('[data-testid=\"outbox\"] [data-testid^=\"recommendation-state-\"]')].map(e => e.textContent).join('|')",
        json!("accepted"),
    )
    .await;
    let received: Value = script(
        &client,
        "return document.querySelector('[data-testid=\"inbox\"] > li').getAttribute('data-testid').slice(15)",
    )
    .await;
    let rid = received.as_str().unwrap().to_owned();
    click(&client, &format!("accept-{rid}")).await;
    wait_for_text(&client, &format!("recommendation-state-{rid}"), "accepted").await;
    axe(&client, "en-US: alliance with recommendations").await;
    close(client).await;
}

/// Chooses an option of a menu. WebKitWebDriver's option click does not always send the
/// change event when the menu's value was last set by the page, so the event is sent here.
async fn choose(client: &Client, testid: &str, value: &str) {
    find(client, testid).await;
    // Menus fill as their data arrives: wait for the option first.
    wait_for_script(
        client,
        &format!(
            "return [...document.querySelector('[data-testid=\"{testid}\"]').options].some(o => o.value === {value:?})"
        ),
        json!(true),
    )
    .await;
    let js = format!(
        "const s = document.querySelector('[data-testid=\"{testid}\"]'); \
         if (![...s.options].some(o => o.value === {value:?})) return false; \
         s.value = {value:?}; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
    );
    assert_eq!(
        script(client, &js).await,
        json!(true),
        "no option {value} in {testid}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn an_application_is_made_sponsored_and_decided_and_the_directory_filters_members() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    let client = driver.open(&db).await;
    click(&client, "nav-alliance").await;

    // The film alliance's three criteria, in the interface language.
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"criteria\"] li').length",
        json!(3),
    )
    .await;
    let criteria = text(&client, "criteria").await;
    assert!(criteria.contains("Influence in its region"), "{criteria}");

    // An application with evidence for one criterion of three.
    click_summary(&client, "application-form").await;
    type_into(&client, "applicant-slug", "dhaka-iff").await;
    type_into(
        &client,
        "applicant-name",
        "Dhaka International Film Festival",
    )
    .await;
    type_into(&client, "applicant-country", "BD").await;
    type_into(&client, "applicant-languages", "bn, en").await;
    type_into(
        &client,
        "evidence-important-festival",
        "The largest film festival of Bangladesh, since 1992.",
    )
    .await;
    click(&client, "application-submit").await;
    wait_for_text(&client, "application-state-dhaka-iff", "open").await;
    let missing = text(&client, "application-missing-dhaka-iff").await;
    assert!(missing.contains("charter"), "{missing}");

    // Sponsored by a member of the alliance, then admitted by vote.
    choose(&client, "sponsor-dhaka-iff", "siff").await;
    click(&client, "sponsor-add-dhaka-iff").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"application-sponsors-dhaka-iff\"]')?.textContent.includes('Shanghai') ?? false",
        json!(true),
    )
    .await;
    // More votes against than for cannot admit: a coded error, and still open.
    type_into(&client, "votes-for-dhaka-iff", "3").await;
    type_into(&client, "votes-against-dhaka-iff", "30").await;
    script(
        &client,
        "const i = document.querySelector('[data-testid=\"decide-on-dhaka-iff\"]'); \
         const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; \
         set.call(i, '2026-11-20'); i.dispatchEvent(new Event('input', { bubbles: true })); return true",
    )
    .await;
    click(&client, "decide-dhaka-iff").await;
    assert_eq!(
        text(&client, "error-code").await,
        "decision-votes-contradict"
    );
    click(&client, "error-dismiss").await;
    type_into(&client, "votes-for-dhaka-iff", "31").await;
    type_into(&client, "votes-against-dhaka-iff", "3").await;
    click(&client, "decide-dhaka-iff").await;
    wait_for_text(&client, "application-state-dhaka-iff", "admitted").await;
    let decision = text(&client, "application-decision-dhaka-iff").await;
    assert!(
        decision.contains("2026-11-20") && decision.contains("31"),
        "{decision}"
    );

    // The new member is in the directory, found by its country, joined that day.
    choose(&client, "filter-country", "BD").await;
    wait_for_script(
        &client,
        "return [...document.querySelectorAll('[data-testid^=\"member-\"].member')].map(m => m.dataset.testid).join(',')",
        json!("member-dhaka-iff"),
    )
    .await;
    let membership = text(&client, "membership-dhaka-iff-belt-and-road-film").await;
    assert!(membership.contains("2026-11-20"), "{membership}");
    choose(&client, "filter-country", "").await;

    // On the world map, Bangladesh now has its member; a click on it filters the directory.
    click(&client, "directory-map").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"world-map\"] path[data-country=\"BD\"]')?.dataset.members ?? null",
        json!("1"),
    )
    .await;
    let shaded = script(
        &client,
        "return document.querySelectorAll('[data-testid=\"world-map\"] path.has-members').length",
    )
    .await;
    assert!(shaded.as_u64().unwrap() >= 10, "{shaded}");
    script(
        &client,
        "document.querySelector('[data-testid=\"world-map\"] path[data-country=\"BD\"]').dispatchEvent(new MouseEvent('click', { bubbles: true })); return true",
    )
    .await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"filter-country\"]').value",
        json!("BD"),
    )
    .await;
    axe(&client, "en-US: members on the world map").await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("members-world-map.png"), &shot).unwrap();
    click(&client, "directory-list").await;
    choose(&client, "filter-country", "").await;

    // A member entered by hand in the music alliance, with its tier; the tier filter finds it.
    click_summary(&client, "member-form").await;
    type_into(&client, "member-slug", "almaty-jazz").await;
    type_into(&client, "member-name", "Almaty Jazz Festival").await;
    type_into(&client, "member-country", "KZ").await;
    type_into(&client, "member-email", "office@almatyjazz.example").await;
    choose(&client, "member-alliance", "silk-road-music").await;
    choose(&client, "member-tier", "business").await;
    type_into(&client, "member-joined", "2021").await;
    click(&client, "member-save").await;
    find(&client, "member-saved").await;
    choose(&client, "filter-alliance", "silk-road-music").await;
    choose(&client, "filter-tier", "business").await;
    wait_for_script(
        &client,
        "return [...document.querySelectorAll('[data-testid^=\"member-\"].member')].some(m => m.dataset.testid === 'member-almaty-jazz')",
        json!(true),
    )
    .await;
    let shown = text(&client, "member-almaty-jazz").await;
    assert!(
        shown.contains("Business member") && shown.contains("office@almatyjazz.example"),
        "{shown}"
    );
    // The same registry, through the command line.
    let listed = cli(
        &db,
        &["members", "list", "--tier", "business", "--country", "KZ"],
    );
    assert_eq!(listed["members"][0]["slug"], "almaty-jazz", "{listed}");
    axe(&client, "en-US: registry and admissions").await;

    let select = find(&client, "language-select").await;
    within("choose Arabic", select.select_by_value("ar")).await;
    wait_for_script(&client, "return document.documentElement.dir", json!("rtl")).await;
    find(&client, "admissions").await;
    axe(&client, "ar: registry and admissions").await;
    close(client).await;
}

/// Opens a `<details>` by its summary.
async fn click_summary(client: &Client, testid: &str) {
    script(
        client,
        &format!("document.querySelector('[data-testid=\"{testid}\"]').open = true; return true"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn a_juror_scores_with_the_keyboard_and_every_keystroke_is_saved() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    cli(&db, &["demo"]);
    for (key, label) in [("story", "Story"), ("craft", "Craft")] {
        cli(
            &db,
            &[
                "jury",
                "criterion",
                "add",
                key,
                "--section",
                "golden-goblet",
                "--label",
                label,
                "--min",
                "0",
                "--max",
                "10",
            ],
        );
    }
    for email in ["ana@jury.example", "oleg@jury.example"] {
        cli(
            &db,
            &[
                "jury", "juror", "add", email, "--name", email, "--lang", "en",
            ],
        );
    }
    cli(
        &db,
        &[
            "award",
            "add",
            "golden-goblet",
            "--edition",
            "siff-2026",
            "--label",
            "Golden Goblet",
        ],
    );
    let client = driver.open(&db).await;
    click(&client, "nav-jury").await;
    choose(&client, "jury-section", "golden-goblet").await;
    find(&client, "rubric").await;
    type_into(&client, "jury-k", "1").await;
    click(&client, "jury-assign").await;
    find(&client, "jury-assigned").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid^=\"load-\"]').length",
        json!(2),
    )
    .await;
    choose(&client, "jury-juror", "ana@jury.example").await;
    find(&client, "scoring").await;
    let first = text(&client, "scoring-title").await;

    // A screener file on the laptop plays beside the scores.
    let screener = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/screener.webm");
    type_into(&client, "screener-path", screener.to_str().unwrap()).await;
    click(&client, "screener-attach").await;
    find(&client, "screener-video").await;
    wait_for_script(
        &client,
        "const v = document.querySelector('[data-testid=\"screener-video\"]'); return v.readyState >= 1 && v.duration > 1.5",
        json!(true),
    )
    .await;

    // Keyboard only: 7 for story, ↓, 0 (ten) for craft; the entry is then complete.
    // Focus on the panel itself (a click at its middle could land in a field).
    script(
        &client,
        "document.querySelector('[data-testid=\"scoring-panel\"]').focus(); return true",
    )
    .await;
    let panel = find(&client, "scoring-panel").await;
    within("type 7", panel.send_keys("7")).await;
    find(&client, "saved-story").await;
    within("arrow down", panel.send_keys("\u{E015}")).await;
    within("type 0", panel.send_keys("0")).await;
    find(&client, "saved-craft").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"scoring-progress\"]').textContent.replace(/[\\u2068\\u2069]/g, '')",
        json!("Scored: 1 of 10"),
    )
    .await;
    // A comment, saved as it is typed.
    type_into(&client, "scoring-comment", "A patient, luminous film").await;
    find(&client, "saved-comment").await;
    // N goes to the next entry not yet scored.
    within("type n", panel.send_keys("n")).await;
    wait_for_script(
        &client,
        &format!(
            "return document.querySelector('[data-testid=\"scoring-title\"]').textContent !== {first:?}"
        ),
        json!(true),
    )
    .await;
    // Saved at once: the command line reads the scores while the window is open.
    let results = cli(&db, &["jury", "results", "--section", "golden-goblet"]);
    let top = &results["entries"][0];
    assert_eq!(top["count"], 1, "{results}");
    assert!((top["mean"].as_f64().unwrap() - 8.5).abs() < 1e-9, "{top}");
    find(&client, "jury-results").await;
    // The matrix shows every assignment, and the chart Ana's one complete sheet.
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"matrix\"] td.assigned').length",
        json!(20),
    )
    .await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"distribution-ana@jury.example\"] circle').length",
        json!(1),
    )
    .await;
    // By hand in the matrix: a pair taken away, and given back.
    let cell = format!("cell-oleg@jury.example-{}", top["work_id"]);
    click(&client, &format!("{cell}\"] button[aria-pressed=\"false")).await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"matrix\"] td.assigned').length",
        json!(21),
    )
    .await;
    click(&client, &format!("{cell}\"] button[aria-pressed=\"true")).await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"matrix\"] td.assigned').length",
        json!(20),
    )
    .await;
    // A conflict declared in the window shows in the matrix, with why.
    click_summary(&client, "jury-setup").await;
    choose(&client, "conflict-juror", "oleg@jury.example").await;
    choose(&client, "conflict-work", &top["work_id"].to_string()).await;
    type_into(&client, "conflict-reason", "his sister produced it").await;
    click(&client, "conflict-add").await;
    wait_for_script(
        &client,
        &format!(
            "return document.querySelector('[data-testid=\"{cell}\"]')?.getAttribute('title')?.replace(/[\\u2068\\u2069]/g, '') ?? null"
        ),
        json!("declared: his sister produced it"),
    )
    .await;
    // A ballot: both jurors vote for the scored film; an absolute majority decides.
    let work = top["work_id"].as_i64().unwrap().to_string();
    // Oleg declared a conflict with it: his vote is refused.
    choose(&client, "ballot-voter", "oleg@jury.example").await;
    choose(&client, "ballot-work", &work).await;
    click(&client, "ballot-vote").await;
    find(&client, "error-banner").await;
    assert_eq!(text(&client, "error-code").await, "conflicted-pair");
    click(&client, "error-dismiss").await;
    choose(&client, "ballot-voter", "ana@jury.example").await;
    click(&client, "ballot-vote").await;
    click(&client, "ballot-tally").await;
    find(&client, "ballot-winner").await;
    let awards = cli(&db, &["awards", "list", "--edition", "siff-2026"]);
    assert_eq!(
        awards["awards"][0]["winners"][0]["work_id"].as_i64(),
        top["work_id"].as_i64(),
        "{awards}"
    );
    axe(&client, "en-US: jury").await;
    script(
        &client,
        "document.querySelector('[data-testid=\"distribution\"]').scrollIntoView(); return true",
    )
    .await;
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("jury-scoring.png"), &shot).unwrap();

    // A third criterion, added in the window's setup.
    click_summary(&client, "jury-setup").await;
    type_into(&client, "setup-criterion-key", "sound").await;
    type_into(&client, "setup-criterion-label", "Sound").await;
    click(&client, "setup-criterion-add").await;
    find(&client, "setup-added").await;
    wait_for_script(
        &client,
        "return document.querySelectorAll('[data-testid=\"rubric\"] li').length",
        json!(3),
    )
    .await;
    // Merging a sheet needs this profile's keys: a coded error, in the window as on the
    // command line.
    type_into(
        &client,
        "packet-path",
        dir.path().join("none.sheet").to_str().unwrap(),
    )
    .await;
    click(&client, "sheet-merge").await;
    find(&client, "error-banner").await;
    assert_eq!(text(&client, "error-code").await, "identity-missing");
    click(&client, "error-dismiss").await;

    // Killed at once after a keystroke: nothing saved is lost.
    choose(&client, "jury-juror", "oleg@jury.example").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"scoring-progress\"]')?.textContent.replace(/[\\u2068\\u2069]/g, '') ?? null",
        json!("Scored: 0 of 10"),
    )
    .await;
    // Focus on the panel itself (a click at its middle could land in a field).
    script(
        &client,
        "document.querySelector('[data-testid=\"scoring-panel\"]').focus(); return true",
    )
    .await;
    let panel = find(&client, "scoring-panel").await;
    within("type 4", panel.send_keys("4")).await;
    find(&client, "saved-story").await;
    let killed = std::process::Command::new("pkill")
        .args(["-KILL", "-f", &format!("caravan-app --db {}", db.display())])
        .status()
        .unwrap();
    assert!(killed.success());
    // The session's browser is gone: ending the session frees the driver for the next.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(20), client.close()).await;
    let results = cli(&db, &["jury", "results", "--section", "golden-goblet"]);
    let db_conn = rusqlite::Connection::open(&db).unwrap();
    let oleg_scores: i64 = db_conn
        .query_row(
            "SELECT count(*) FROM scores s JOIN jurors j ON j.id = s.juror_id WHERE j.email = 'oleg@jury.example' AND s.value = 4",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(oleg_scores, 1, "{results}");
    let comment: String = db_conn
        .query_row("SELECT comment FROM score_comments", [], |r| r.get(0))
        .unwrap();
    assert_eq!(comment, "A patient, luminous film");
    // And the window opens on it again, showing the score.
    let client = driver.open(&db).await;
    click(&client, "nav-jury").await;
    choose(&client, "jury-section", "golden-goblet").await;
    choose(&client, "jury-juror", "oleg@jury.example").await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"score-story\"]')?.value ?? null",
        json!("4"),
    )
    .await;
    close(client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn a_spreadsheet_is_mapped_imported_and_its_unknown_country_treated_once() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    assert_eq!(caravan_e2e::caravan(&db, &["demo"]).status, 0);
    let table = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/tables/festhome-es.csv");

    let client = driver.open(&db).await;
    click(&client, "nav-submissions").await;
    find(&client, "submissions-table").await;
    click(&client, "open-import").await;
    choose(&client, "import-kind", "table").await;
    type_into(&client, "import-path", table.to_str().unwrap()).await;
    // The file is read once its path is complete, as when it is chosen or dropped.
    script(
        &client,
        "document.querySelector('[data-testid=\"import-path\"]').dispatchEvent(new Event('change', { bubbles: true })); return true",
    )
    .await;
    // The first rows, and the mapping guessed from the Spanish headers.
    find(&client, "import-preview").await;
    let targets = script(
        &client,
        "return [...document.querySelectorAll('[data-testid^=\"import-target-\"]')].map(s => s.value)",
    )
    .await;
    assert_eq!(
        targets,
        json!([
            "id",
            "title",
            "original-title",
            "directors",
            "countries",
            "languages",
            "runtime",
            "year",
            "category",
            "synopsis",
            ""
        ]),
    );
    // The synopsis is in Spanish: the curator says so.
    choose(&client, "import-target-9", "original-synopsis").await;
    type_into(&client, "import-mapping-name", "festhome").await;
    click(&client, "import-run").await;
    find(&client, "import-warnings").await;
    let first = text(&client, "warning-0").await;
    assert!(
        first.contains("Quatar") && first.contains("Qatar"),
        "{first}"
    );
    let shot = within("screenshot", client.screenshot()).await;
    std::fs::write(artifact("import-warnings.png"), &shot).unwrap();
    axe(&client, "import-warnings").await;
    click(&client, "warning-treat-0").await;
    find(&client, "warning-resolved-0").await;
    close(client).await;

    // Saved by name, and the value treated once stays treated.
    let mappings = cli(&db, &["mappings", "show", "festhome"]);
    assert!(
        mappings.to_string().contains("original-synopsis"),
        "{mappings}"
    );
    let work = cli(&db, &["works", "show", "festhome:4412"]);
    assert_eq!(work["countries"], json!(["ES", "QA"]), "{work}");
    let aliases = cli(&db, &["aliases", "list"]);
    assert_eq!(aliases["aliases"][0]["code"], "QA");
}

/// The window opened on a fresh copy of the demo, its list painted: the driver, the
/// folder holding the database, the database and the session.
async fn demo_window() -> (Driver, tempfile::TempDir, PathBuf, Client) {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("caravan.db");
    assert_eq!(caravan_e2e::caravan(&db, &["demo"]).status, 0);
    let client = driver.open(&db).await;
    find(&client, "work-row-1").await;
    (driver, dir, db, client)
}

/// What in the page escaped Fluent in the pseudo-locale: interface elements (buttons,
/// headings, labels, column heads) whose text carries letters but no ⟦bracket⟧ — text not
/// from a message, or a message glued together from pieces — and whether the page grew
/// wider than the window when every string is 40% longer. Metadata (a title, a name) is
/// shown under its own language tag and is not interface text.
async fn pseudo_problems(client: &Client) -> Value {
    script(
        client,
        "const escaped = [...document.querySelectorAll('button, h1, h2, h3, label, legend, summary, th, [role=\"tab\"]')]
           .filter(e => e.offsetParent !== null && !e.closest('[lang]:not(html)') && !e.querySelector('[lang]'))
           .map(e => e.innerText.trim())
           .filter(t => /[A-Za-z]/.test(t) && !t.includes('⟦'));
         const squeezed = [...document.querySelectorAll('input[type=text]:not(.votes), input[type=search], input:not([type]):not(.votes)')]
           .filter(e => e.offsetParent !== null && e.getBoundingClientRect().width < 80)
           .map(e => e.getAttribute('data-testid'));
         return { escaped: [...new Set(escaped)].slice(0, 20), squeezed,
                  overflow: document.documentElement.scrollWidth > window.innerWidth + 1 };",
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn every_view_in_the_pseudo_locale_keeps_its_layout_and_every_string_in_fluent() {
    let (_driver, _dir, _db, client) = demo_window().await;
    script(
        &client,
        "window.sessionStorage.setItem('caravan-pseudo-locale', '1'); return true",
    )
    .await;
    within("reload", client.refresh()).await;
    wait_for_script(
        &client,
        "return document.querySelector('[data-testid=\"works-heading\"]')?.innerText.includes('⟦') ?? false",
        json!(true),
    )
    .await;
    let mut found = serde_json::Map::new();
    for (view, ready) in [
        ("works", "work-row-1"),
        ("submissions", "submissions-table"),
        ("duplicates", "duplicates"),
        ("jury", "jury"),
        ("alliance", "members"),
    ] {
        click(&client, &format!("nav-{view}")).await;
        find(&client, ready).await;
        if view == "submissions" {
            click(&client, "open-import").await;
            find(&client, "import-panel").await;
        }
        let shot = within("screenshot", client.screenshot()).await;
        std::fs::write(artifact(&format!("pseudo-{view}.png")), &shot).unwrap();
        let problems = pseudo_problems(&client).await;
        if problems["escaped"] != json!([])
            || problems["squeezed"] != json!([])
            || problems["overflow"] == json!(true)
        {
            found.insert(view.to_owned(), problems);
        }
    }
    script(
        &client,
        "window.sessionStorage.removeItem('caravan-pseudo-locale'); return true",
    )
    .await;
    close(client).await;
    assert!(
        found.is_empty(),
        "in the pseudo-locale: {}",
        Value::Object(found)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Xvfb, tauri-driver and WebKitWebDriver: run by scripts/test"]
async fn the_window_reads_in_japanese_thai_georgian_and_persian() {
    let (_driver, _dir, _db, client) = demo_window().await;
    for (locale, dir_attr) in [
        ("ja", "ltr"),
        ("th", "ltr"),
        ("ka", "ltr"),
        ("fa", "rtl"),
        ("hi", "ltr"),
        ("ms", "ltr"),
        ("tr", "ltr"),
    ] {
        let l10n = Localizer::for_locale(locale);
        let select = find(&client, "language-select").await;
        within(&format!("choose {locale}"), select.select_by_value(locale)).await;
        wait_for_script(
            &client,
            "return document.documentElement.lang",
            json!(locale),
        )
        .await;
        wait_for_script(
            &client,
            "return document.documentElement.dir",
            json!(dir_attr),
        )
        .await;
        wait_for_text(&client, "works-heading", &l10n.tr("works--heading", None)).await;
        // The language menu names each language in its own words.
        let own = script(
            &client,
            &format!("return document.querySelector('[data-testid=\"language-select\"] option[value=\"{locale}\"]').textContent"),
        )
        .await;
        assert_ne!(own, json!(locale), "{locale} is listed by its code");
        if dir_attr == "rtl" {
            // Mirrored: the navigation starts at the right edge.
            let mirrored = script(
                &client,
                "const a = document.querySelector('[data-testid=\"nav-works\"]').getBoundingClientRect();
                 const b = document.querySelector('[data-testid=\"nav-alliance\"]').getBoundingClientRect();
                 return a.left > b.left;",
            )
            .await;
            assert_eq!(
                mirrored,
                json!(true),
                "{locale}: the layout is not mirrored"
            );
        }
        let shot = within("screenshot", client.screenshot()).await;
        std::fs::write(artifact(&format!("works-{locale}.png")), &shot).unwrap();
        within("open the work", find(&client, "work-row-1").await.click()).await;
        wait_for_text(&client, "work-title-zh-Hans", "霸王别姬").await;
        let shot = within("screenshot", client.screenshot()).await;
        std::fs::write(artifact(&format!("work-{locale}.png")), &shot).unwrap();
        within("back", find(&client, "back").await.click()).await;
        find(&client, "work-row-1").await;
    }
    let select = find(&client, "language-select").await;
    within("choose English", select.select_by_value("en-US")).await;
    close(client).await;
}
