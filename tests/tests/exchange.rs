//! The alliance exchange through the `caravan` command line, against real exchange
//! points: a folder, nginx with its WebDAV modules, and WsgiDAV, each started on
//! 127.0.0.1 by the harness; and behind a proxy that drops, stalls, fails and cuts. The
//! transports themselves are held to the same few promises on every server.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_e2e::servers::{self, Fault, FaultyProxy, Server};
use caravan_e2e::{command, Run};
use caravan_exchange::transport::{self, Fetched, Patience};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A profile on disk, driven through the command line.
struct Profile {
    _dir: tempfile::TempDir,
    db: PathBuf,
    passphrase: &'static str,
}

impl Profile {
    fn new(name: &str, member: &str, country: &str) -> Profile {
        let dir = tempfile::tempdir().unwrap();
        let p = Profile {
            db: dir.path().join("caravan.db"),
            _dir: dir,
            passphrase: "correct horse battery staple",
        };
        let run = p.run(&[
            "identity",
            "init",
            "--name",
            name,
            "--member",
            member,
            "--country",
            country,
        ]);
        assert_eq!(run.status, 0, "{}", run.stdout);
        p
    }

    fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = command();
        cmd.arg("--db").arg(&self.db).arg("--json").args(args);
        cmd.env("CARAVAN_PASSPHRASE", self.passphrase);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap().into()
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    fn ok(&self, args: &[&str]) -> Value {
        let run = self.run(args);
        assert_eq!(run.status, 0, "{args:?}: {}{}", run.stdout, run.stderr);
        run.json()
    }

    fn card(&self) -> PathBuf {
        let out = self._dir.path().join("card.json");
        let written = self.ok(&["identity", "card", "--out", out.to_str().unwrap()]);
        assert!(written["fingerprint"].as_str().unwrap().len() > 50);
        out
    }

    fn fingerprint(&self) -> String {
        self.ok(&["identity", "show"])["fingerprint"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    fn notes(&self) -> Vec<String> {
        self.ok(&["exchange", "notes", "--limit", "1000"])["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["text"].as_str().unwrap().to_owned())
            .collect()
    }

    /// How many of a sender's envelopes this profile took, by its own store.
    fn taken(&self) -> (i64, i64) {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        let received: i64 = conn
            .query_row("SELECT count(*) FROM received_envelopes", [], |r| r.get(0))
            .unwrap();
        let notes: i64 = conn
            .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
            .unwrap();
        (received, notes)
    }
}

/// Two members who hold each other's cards, and a third whose card only Tbilisi holds.
fn members() -> (Profile, Profile, Profile) {
    let tbilisi = Profile::new("Tbilisi IFF", "tbilisi", "GE");
    let cannes = Profile::new("Festival de Cannes", "cannes", "FR");
    let busan = Profile::new("Busan IFF", "busan", "KR");
    let imported = tbilisi.ok(&["members", "import-card", cannes.card().to_str().unwrap()]);
    assert_eq!(imported["member"]["slug"], "cannes");
    assert_eq!(
        imported["member"]["fingerprint"].as_str(),
        Some(cannes.fingerprint().as_str())
    );
    assert_eq!(imported["member"]["trust"], "unverified");
    tbilisi.ok(&["members", "import-card", busan.card().to_str().unwrap()]);
    cannes.ok(&["members", "import-card", tbilisi.card().to_str().unwrap()]);
    (tbilisi, cannes, busan)
}

/// Every kind of exchange point, by name and location.
fn points(folder: &Path, nginx: &Server, wsgidav: &Server) -> Vec<(&'static str, String)> {
    vec![
        ("folder", folder.display().to_string()),
        ("nginx", format!("{}/alliance", nginx.url)),
        ("wsgidav", format!("{}/alliance", wsgidav.url)),
    ]
}

#[test]
fn members_exchange_notes_through_a_folder_nginx_and_wsgidav() {
    let nginx = Server::nginx();
    let wsgidav = Server::wsgidav();
    let folder = tempfile::tempdir().unwrap();
    for (name, point) in points(folder.path(), &nginx, &wsgidav) {
        let (tbilisi, cannes, _busan) = members();
        // The card's fingerprint, read aloud and typed back.
        let spoken = tbilisi.fingerprint().to_lowercase().replace('-', " ");
        let verified = cannes.ok(&["members", "verify", "tbilisi", &spoken]);
        assert_eq!(verified["member"]["trust"], "verified");
        let listed = cannes.ok(&["members", "list"]);
        let row = listed["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["slug"] == "tbilisi")
            .unwrap()
            .clone();
        for key in ["slug", "name", "country", "tier", "fingerprint"] {
            assert!(row.get(key).is_some(), "{key}: {row}");
        }

        let poster = tbilisi._dir.path().join("affiche.jpg");
        std::fs::copy(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../src-tauri/crates/media/tests/fixtures/formats/pil_sample_cmyk.jpg"),
            &poster,
        )
        .unwrap();
        tbilisi.ok(&[
            "exchange",
            "note",
            "Pour la compétition ?",
            "--to",
            "cannes",
            "--note-lang",
            "fr",
            "--attach",
            poster.to_str().unwrap(),
        ]);
        tbilisi.ok(&["exchange", "note", "Busan only", "--to", "busan"]);
        tbilisi.ok(&["exchange", "note", "For everyone", "--all"]);
        let published = tbilisi.ok(&["exchange", "publish", "--to", &point]);
        assert_eq!(published["published"], 3, "{name}: {published}");

        let pulled = cannes.run(&["exchange", "pull", "--from", &point]);
        assert_eq!(pulled.status, 0, "{name}: {}", pulled.stdout);
        let pulled = pulled.json();
        assert_eq!(
            (pulled["applied"].as_u64(), pulled["skipped"].as_u64()),
            (Some(2), Some(1)),
            "{name}: {pulled}"
        );
        assert_eq!(pulled["refused"], Value::Array(vec![]));
        let mut texts = cannes.notes();
        texts.sort();
        assert_eq!(
            texts,
            vec!["For everyone", "Pour la compétition ?"],
            "{name}"
        );
        let notes = cannes.ok(&["exchange", "notes"]);
        let attached = notes["notes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["text"] == "Pour la compétition ?")
            .unwrap()["attachments"][0]
            .clone();
        assert_eq!(attached["name"], "affiche.jpg");
        assert_eq!(
            attached["bytes"].as_u64(),
            Some(std::fs::metadata(&poster).unwrap().len())
        );

        // Again: nothing new, nothing published twice.
        let again = cannes.ok(&["exchange", "pull", "--from", &point]);
        assert_eq!(
            (again["applied"].as_u64(), again["skipped"].as_u64()),
            (Some(0), Some(0))
        );
        assert_eq!(
            tbilisi.ok(&["exchange", "publish", "--to", &point])["published"],
            0
        );

        // A point the profile remembers is synced without naming it.
        cannes.ok(&["exchange", "points", "add", &point, "--name", name]);
        cannes.ok(&["exchange", "note", "Merci !", "--to", "tbilisi"]);
        assert_eq!(cannes.ok(&["exchange", "publish"])["published"], 1);
        tbilisi.ok(&["members", "import-card", cannes.card().to_str().unwrap()]);
        let back = tbilisi.ok(&["exchange", "pull", "--from", &point]);
        assert_eq!(back["applied"], 1, "{name}: {back}");
        assert_eq!(tbilisi.notes(), vec!["Merci !"]);
    }
}

#[test]
fn a_pull_that_finds_nothing_new_costs_one_request_answered_304() {
    let nginx = Server::nginx();
    let wsgidav = Server::wsgidav();
    for server in [&nginx, &wsgidav] {
        let (tbilisi, cannes, _busan) = members();
        let point = format!("{}/alliance", server.url);
        tbilisi.ok(&["exchange", "note", "x", "--to", "cannes"]);
        tbilisi.ok(&["exchange", "publish", "--to", &point]);
        let proxy = servers::counting(&server.url);
        let via = format!("{}/alliance", proxy.url);
        assert_eq!(
            cannes.ok(&["exchange", "pull", "--from", &via])["applied"],
            1
        );
        let before = proxy.requests.load(std::sync::atomic::Ordering::SeqCst);
        assert_eq!(
            cannes.ok(&["exchange", "pull", "--from", &via])["applied"],
            0
        );
        let after = proxy.requests.load(std::sync::atomic::Ordering::SeqCst);
        assert_eq!(
            after - before,
            1,
            "{}: a pull with nothing new took {} requests",
            server.name,
            after - before
        );
    }
}

#[test]
fn a_static_web_server_serves_streams_but_cannot_be_published_to() {
    let nginx = Server::nginx();
    let (tbilisi, cannes, _busan) = members();
    tbilisi.ok(&["exchange", "note", "read me over GET", "--to", "cannes"]);
    tbilisi.ok(&[
        "exchange",
        "publish",
        "--to",
        &format!("{}/alliance", nginx.url),
    ]);
    let static_point = format!("{}/static/alliance", nginx.url);
    assert_eq!(
        cannes.ok(&["exchange", "pull", "--from", &static_point])["applied"],
        1
    );
    cannes.ok(&["exchange", "note", "x", "--to", "tbilisi"]);
    let refused = cannes.run(&["exchange", "publish", "--to", &static_point]);
    assert_eq!(
        refused.error()["code"],
        "exchange-read-only",
        "{}",
        refused.stdout
    );
}

#[test]
fn a_failing_network_ends_every_publish_and_pull_correct_or_coded_never_half_applied() {
    let nginx = Server::nginx();
    let wsgidav = Server::wsgidav();
    let schedule = vec![
        Fault::Pass,
        Fault::DropMidBody,
        Fault::Pass,
        Fault::Status(503),
        Fault::Pass,
        Fault::CutRequest,
        Fault::Pass,
        Fault::Status(500),
        Fault::Pass,
        Fault::Pass,
        Fault::Stall(Duration::from_millis(1500)),
        Fault::Pass,
    ];
    let patience = [("CARAVAN_EXCHANGE_TIMEOUT_MS", "700")];
    const NOTES: usize = 12;
    for server in [&nginx, &wsgidav] {
        let (tbilisi, cannes, _busan) = members();
        let proxy = FaultyProxy::start(&server.url, schedule.clone());
        let via = format!("{}/alliance", proxy.url);
        let big = tbilisi._dir.path().join("dossier.bin");
        std::fs::write(
            &big,
            (0..200_000u32)
                .map(|i| (i % 251) as u8)
                .collect::<Vec<u8>>(),
        )
        .unwrap();
        for i in 0..NOTES {
            tbilisi.ok(&[
                "exchange",
                "note",
                &format!("note {i:02}"),
                "--to",
                "cannes",
                "--attach",
                big.to_str().unwrap(),
            ]);
        }
        // Publish until it succeeds; every failure on the way is a coded error.
        let mut failures = Vec::new();
        let mut done = false;
        for _ in 0..15 {
            let run = tbilisi.run_env(&["exchange", "publish", "--to", &via], &patience);
            if run.status == 0 {
                done = true;
                break;
            }
            failures.push(run.error()["code"].as_str().unwrap().to_owned());
        }
        assert!(
            done,
            "{}: publish never succeeded: {failures:?}",
            server.name
        );
        for code in &failures {
            assert!(code.starts_with("exchange-"), "{}: {code}", server.name);
        }
        // Cannes as it stands, to pull a second time through the network.
        let fresh_dir = tempfile::tempdir().unwrap();
        let fresh_db = fresh_dir.path().join("caravan.db");
        rusqlite::Connection::open(&cannes.db)
            .unwrap()
            .execute("VACUUM INTO ?1", [fresh_db.to_str().unwrap()])
            .unwrap();
        // What the server holds is the stream, whole: read straight from its folder.
        let direct = cannes.run(&[
            "exchange",
            "pull",
            "--from",
            server.root.join("alliance").to_str().unwrap(),
        ]);
        let direct = direct.json();
        assert_eq!(
            direct["applied"].as_u64(),
            Some(NOTES as u64),
            "{}: {direct}",
            server.name
        );

        // And pulled through the failing network by Cannes as it stood before.
        let cannes2 = Profile {
            _dir: fresh_dir,
            db: fresh_db,
            passphrase: cannes.passphrase,
        };
        let mut tries = 0;
        loop {
            tries += 1;
            let run = cannes2.run_env(&["exchange", "pull", "--from", &via], &patience);
            let (received, notes) = cannes2.taken();
            assert_eq!(received, notes, "{}: an envelope half-applied", server.name);
            let doc = run.json();
            if run.status == 0 {
                assert_eq!(doc["refused"], Value::Array(vec![]));
                if received == NOTES as i64 {
                    break;
                }
            } else if let Some(refused) = doc["refused"].as_array() {
                panic!(
                    "{}: a network fault refused an envelope: {refused:?}",
                    server.name
                );
            } else {
                assert!(
                    doc["error"]["code"]
                        .as_str()
                        .unwrap()
                        .starts_with("exchange-"),
                    "{doc}"
                );
            }
            assert!(tries < 30, "{}: the pull never finished", server.name);
        }
        let mut texts = cannes2.notes();
        texts.sort();
        assert_eq!(
            texts,
            (0..NOTES)
                .map(|i| format!("note {i:02}"))
                .collect::<Vec<_>>()
        );
        assert!(
            proxy.faults.load(std::sync::atomic::Ordering::SeqCst) > 5,
            "{}: too few faults",
            server.name
        );
    }
}

#[test]
fn every_transport_keeps_the_same_promises() {
    let nginx = Server::nginx();
    let wsgidav = Server::wsgidav();
    let folder = tempfile::tempdir().unwrap();
    for (name, location) in points(folder.path(), &nginx, &wsgidav) {
        let t = transport::open(&location, Patience::default()).unwrap();
        t.make_dir("streams/x").unwrap();
        t.make_dir("streams/x").unwrap();
        assert_eq!(
            t.get("streams/x/missing.env", None, 100).unwrap(),
            Fetched::NotFound,
            "{name}"
        );
        // Written once, never over.
        assert!(t.put_new("streams/x/1.env", b"first").unwrap(), "{name}");
        assert!(!t.put_new("streams/x/1.env", b"second").unwrap(), "{name}");
        let Fetched::Found { bytes, etag } = t.get("streams/x/1.env", None, 100).unwrap() else {
            panic!("{name}: not found");
        };
        assert_eq!(bytes, b"first", "{name}");
        let etag = etag.unwrap_or_else(|| panic!("{name}: no ETag"));
        assert_eq!(
            t.get("streams/x/1.env", Some(&etag), 100).unwrap(),
            Fetched::NotModified,
            "{name}"
        );
        // Refused from its size before it is read.
        let e = t.get("streams/x/1.env", None, 3).unwrap_err();
        assert_eq!(e.code(), "envelope-too-large", "{name}");
        // The head is replaced whole.
        t.put("streams/x/head.json", b"{\"seq\":1}").unwrap();
        t.put("streams/x/head.json", b"{\"seq\":2,\"hash\":\"ab\"}")
            .unwrap();
        let Fetched::Found { bytes, etag: tag2 } = t.get("streams/x/head.json", None, 100).unwrap()
        else {
            panic!("{name}: no head");
        };
        assert_eq!(bytes, b"{\"seq\":2,\"hash\":\"ab\"}", "{name}");
        assert_ne!(tag2.as_deref(), Some(etag.as_str()));
    }
    // No temporary file is left behind on a server that took every write.
    for server in [&nginx, &wsgidav] {
        let left: Vec<String> = servers::files_under(&server.root)
            .into_keys()
            .filter(|k| k.contains(".part-"))
            .collect();
        assert!(left.is_empty(), "{}: {left:?}", server.name);
    }
}

#[test]
fn without_a_keychain_the_keys_are_sealed_with_the_passphrase_and_never_made_without_one() {
    // No Secret Service answers: the session bus of the tests (if any) has none, and a
    // bus that does not exist has none either. That leads to the passphrase, not to an
    // error.
    let buses = [
        std::env::var("DBUS_SESSION_BUS_ADDRESS").ok(),
        Some("unix:path=/nonexistent/caravan-bus".to_owned()),
    ];
    for bus in buses.into_iter().flatten() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("caravan.db");
        let run = |passphrase: Option<&str>, args: &[&str]| -> Run {
            let mut cmd = command();
            cmd.env_remove("CARAVAN_KEYCHAIN")
                .env("DBUS_SESSION_BUS_ADDRESS", &bus);
            if let Some(p) = passphrase {
                cmd.env("CARAVAN_PASSPHRASE", p);
            }
            cmd.arg("--db").arg(&db).arg("--json").args(args);
            cmd.output().unwrap().into()
        };
        let init = [
            "identity",
            "init",
            "--name",
            "Tbilisi IFF",
            "--member",
            "tbilisi",
        ];
        assert_eq!(
            run(None, &init).error()["code"],
            "identity-passphrase-needed",
            "{bus}"
        );
        assert_eq!(
            run(None, &["identity", "show"]).error()["code"],
            "identity-missing",
            "{bus}"
        );
        let made = run(Some("a long passphrase"), &init);
        assert_eq!(made.status, 0, "{bus}: {}", made.stdout);
        assert_eq!(made.json()["sealed_in"], "passphrase", "{bus}");
        // The keys open with that passphrase only.
        let other = Profile::new("Festival de Cannes", "cannes", "FR");
        assert_eq!(
            run(
                Some("a long passphrase"),
                &["members", "import-card", other.card().to_str().unwrap()]
            )
            .status,
            0
        );
        let wrong = run(
            Some("a wrong passphrase"),
            &["exchange", "note", "x", "--to", "cannes"],
        );
        assert_eq!(wrong.error()["code"], "identity-passphrase-wrong", "{bus}");
        let right = run(
            Some("a long passphrase"),
            &["exchange", "note", "x", "--to", "cannes"],
        );
        assert_eq!(right.status, 0, "{bus}: {}", right.stdout);
    }
}

#[test]
fn where_a_secret_service_answers_the_keys_are_kept_in_it() {
    // A session bus of the test's own, with gnome-keyring's Secret Service unlocked in it
    // and its keyring in a temporary folder: the keys go there, and come back from there.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    let caravan = caravan_e2e::binary("caravan");
    let cannes = Profile::new("Festival de Cannes", "cannes", "FR");
    let card = cannes.card();
    let script = format!(
        r#"set -e
export HOME={d} XDG_DATA_HOME={d}/data XDG_RUNTIME_DIR={d}/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf 'keyring password' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
unset CARAVAN_KEYCHAIN CARAVAN_PASSPHRASE
C={caravan}
$C --db {d}/k.db --json identity init --name "Tbilisi IFF" --member tbilisi > {d}/init.json
$C --db {d}/k.db --json members import-card {card} > /dev/null
$C --db {d}/k.db --json exchange note "sealed with keys from the keychain" --to cannes > {d}/note.json
"#,
        caravan = caravan.display(),
        card = card.display(),
    );
    assert!(
        Path::new("/usr/bin/gnome-keyring-daemon").exists(),
        "gnome-keyring-daemon is missing: run scripts/setup"
    );
    let out = std::process::Command::new("dbus-run-session")
        .args(["--", "bash", "-c", &script])
        .env("LC_ALL", "C")
        .env("CARAVAN_ACTOR", "e2e")
        .env_remove("CARAVAN_DB")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |name: &str| -> Value {
        serde_json::from_slice(&std::fs::read(dir.path().join(name)).unwrap()).unwrap()
    };
    assert_eq!(read("init.json")["sealed_in"], "keychain");
    assert_eq!(read("note.json")["envelope"]["seq"], 1);
    // Nothing secret is in the database: no sealed keys at all.
    let conn = rusqlite::Connection::open(dir.path().join("k.db")).unwrap();
    let sealed: Option<Vec<u8>> = conn
        .query_row("SELECT sealed FROM identity", [], |r| r.get(0))
        .unwrap();
    assert!(sealed.is_none());
    // Without the keychain the keys cannot be had, and it is said why.
    let mut cmd = command();
    cmd.env_remove("CARAVAN_KEYCHAIN")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/caravan-bus",
        )
        .arg("--db")
        .arg(dir.path().join("k.db"))
        .args(["--json", "exchange", "note", "x", "--to", "cannes"]);
    let run: Run = cmd.output().unwrap().into();
    assert_eq!(run.error()["code"], "identity-keychain-unavailable");
}

#[test]
fn over_https_the_server_is_trusted_only_when_its_certificate_is() {
    let nginx = Server::nginx_tls();
    let (tbilisi, cannes, _busan) = members();
    let point = format!("{}/alliance", nginx.url);
    let trusted = [(
        "SSL_CERT_FILE",
        nginx.certificate().to_str().unwrap().to_owned(),
    )];
    let trusted: Vec<(&str, &str)> = trusted.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tbilisi.ok(&["exchange", "note", "over TLS", "--to", "cannes"]);
    // A certificate nobody vouches for is refused, and nothing is written.
    let refused = tbilisi.run_env(
        &["exchange", "publish", "--to", &point],
        &[("SSL_CERT_FILE", "/nonexistent")],
    );
    assert_eq!(
        refused.error()["code"],
        "exchange-unreachable",
        "{}",
        refused.stdout
    );
    assert!(servers::files_under(&nginx.root).is_empty());
    let published = tbilisi.run_env(&["exchange", "publish", "--to", &point], &trusted);
    assert_eq!(published.status, 0, "{}", published.stdout);
    let pulled = cannes.run_env(&["exchange", "pull", "--from", &point], &trusted);
    assert_eq!(pulled.json()["applied"], 1, "{}", pulled.stdout);
}

#[test]
fn a_recommendation_and_its_answer_travel_through_nginx_in_the_contract_shapes() {
    let nginx = Server::nginx();
    let (tbilisi, cannes, _busan) = members();
    let point = format!("{}/alliance", nginx.url);
    tbilisi.ok(&["demo"]);
    cannes.ok(&[
        "edition",
        "add",
        "cannes-2027",
        "--name",
        "Cannes 2027",
        "--section",
        "competition",
    ]);
    let rights = tbilisi.ok(&[
        "rights",
        "set",
        "parasite",
        "--territory",
        "world",
        "--except",
        "FR",
    ]);
    assert_eq!(rights["rights"].as_array().unwrap().len(), 2, "{rights}");
    let sent = tbilisi.ok(&[
        "recommend",
        "work",
        "parasite",
        "--to",
        "cannes",
        "--note",
        "Pour la compétition",
        "--note-lang",
        "fr",
    ]);
    let rec = &sent["recommendation"];
    assert!(rec["id"].is_i64() && rec["state"] == "sent", "{sent}");
    assert_eq!(sent["warnings"][0]["code"], "rights-not-covered");
    assert_eq!(sent["warnings"][0]["territory"], "FR");
    tbilisi.ok(&["exchange", "publish", "--to", &point]);
    cannes.ok(&["exchange", "pull", "--from", &point]);

    let list = cannes.ok(&["recommendations", "list", "--direction", "incoming"]);
    let row = &list["recommendations"][0];
    for key in ["id", "kind", "direction", "state", "from", "to", "title"] {
        assert!(row.get(key).is_some(), "{key}: {row}");
    }
    assert_eq!(
        (
            row["kind"].as_str(),
            row["direction"].as_str(),
            row["state"].as_str(),
            row["from"].as_str()
        ),
        (
            Some("work"),
            Some("incoming"),
            Some("received"),
            Some("tbilisi")
        )
    );
    let id = row["id"].as_i64().unwrap().to_string();
    let missing = cannes.run(&["recommendations", "accept", &id, "--edition", "nowhere"]);
    assert_eq!(missing.error()["code"], "edition-not-found");
    let accepted = cannes.ok(&[
        "recommendations",
        "accept",
        &id,
        "--edition",
        "cannes-2027",
        "--section",
        "competition",
    ]);
    assert_eq!(accepted["recommendation"]["state"], "accepted");
    let work = accepted["recommendation"]["work_id"].as_i64().unwrap();
    let subs = cannes.ok(&["submissions", "list", "--edition", "cannes-2027"]);
    assert_eq!(subs["submissions"][0]["work_id"].as_i64(), Some(work));
    let twice = cannes.run(&["recommendations", "accept", &id, "--edition", "cannes-2027"]);
    assert_eq!(twice.error()["code"], "recommendation-state-invalid");

    cannes.ok(&["exchange", "publish", "--to", &point]);
    tbilisi.ok(&["exchange", "pull", "--from", &point]);
    let mine = tbilisi.ok(&["recommendations", "list", "--work", "parasite"]);
    assert_eq!(mine["recommendations"][0]["state"], "accepted", "{mine}");
    assert_eq!(mine["recommendations"][0]["direction"], "outgoing");

    let nameless = tbilisi.run(&[
        "recommend",
        "person",
        " ",
        "--as",
        "judge",
        "--to",
        "cannes",
    ]);
    assert_eq!(nameless.error()["code"], "person-no-name");
    let person = tbilisi.ok(&[
        "recommend",
        "person",
        "Bong Joon-ho",
        "--as",
        "guest",
        "--to",
        "all",
        "--name-in",
        "ko=봉준호",
    ]);
    assert_eq!(person["recommendation"]["kind"], "guest");
    let catalogue = tbilisi.ok(&["catalogue", "publish"]);
    assert!(catalogue["catalogue"]["entries"].as_u64().unwrap() >= 60);
    tbilisi.ok(&["exchange", "publish", "--to", &point]);
    cannes.ok(&["exchange", "pull", "--from", &point]);
    let found = cannes.ok(&["catalogue", "search", "기생충"]);
    assert_eq!(found["entries"][0]["member"], "tbilisi", "{found}");
}

#[test]
fn the_secretariat_publishes_the_registry_through_nginx_and_a_member_follows_it() {
    let nginx = Server::nginx();
    let (tbilisi, cannes, _busan) = members();
    let point = format!("{}/alliance", nginx.url);
    // Tbilisi compared Cannes's fingerprint: Cannes may become a secretariat here.
    tbilisi.ok(&["members", "verify", "cannes", &cannes.fingerprint()]);

    cannes.ok(&[
        "alliance",
        "add",
        "silk-road-music",
        "--name",
        "Silk Road Music Alliance",
        "--founded",
        "2016",
    ]);
    let alliance = cannes.ok(&[
        "alliance",
        "tier",
        "silk-road-music",
        "patron",
        "--label",
        "en=Patron",
        "--label",
        "ru=Меценат",
    ]);
    assert_eq!(
        alliance["alliance"]["tiers"][0]["key"], "patron",
        "{alliance}"
    );
    let added = cannes.ok(&[
        "members",
        "add",
        "almaty-jazz",
        "--name",
        "Almaty Jazz Festival",
        "--kind",
        "festival",
        "--country",
        "kz",
        "--language",
        "kk,ru",
        "--contact",
        "email=office@almatyjazz.example",
        "--contact",
        "web=https://almatyjazz.example",
        "--alliance",
        "silk-road-music",
        "--tier",
        "patron",
        "--joined",
        "2021-05-01",
    ]);
    assert_eq!(added["member"]["country"], "KZ", "{added}");
    assert_eq!(added["member"]["contacts"].as_array().unwrap().len(), 2);
    // Bad input: a coded error, nothing stored.
    for (args, code) in [
        (vec!["--tier", "gold"], "tier-unknown"),
        (vec!["--joined", "May 2021"], "date-invalid"),
        (
            vec!["--contact", "email=office at almaty"],
            "contact-invalid",
        ),
    ] {
        let mut all = vec![
            "members",
            "add",
            "shymkent",
            "--name",
            "Shymkent Jazz",
            "--kind",
            "festival",
            "--country",
            "KZ",
            "--alliance",
            "silk-road-music",
        ];
        all.extend(args);
        assert_eq!(cannes.run(&all).error()["code"], code);
    }
    assert!(cannes.run(&["members", "show", "shymkent"]).error()["code"] == "member-not-found");

    let published = cannes.ok(&["registry", "publish", "--alliance", "silk-road-music"]);
    assert_eq!(published["registry"]["members"], 1, "{published}");
    cannes.ok(&["exchange", "publish", "--to", &point]);
    let pulled = tbilisi.ok(&["exchange", "pull", "--from", &point]);
    assert_eq!(pulled["applied"], 1, "{pulled}");

    let list = tbilisi.ok(&[
        "members",
        "list",
        "--alliance",
        "silk-road-music",
        "--tier",
        "patron",
    ]);
    let m = &list["members"][0];
    for key in ["slug", "name", "country", "tier", "fingerprint"] {
        assert!(m.get(key).is_some(), "{key}: {m}");
    }
    assert_eq!(
        (m["slug"].as_str(), m["tier"].as_str()),
        (Some("almaty-jazz"), Some("patron"))
    );
    assert_eq!(m["memberships"][0]["joined"], "2021-05-01");
    let shown = tbilisi.ok(&["alliance", "show", "silk-road-music"]);
    assert_eq!(shown["alliance"]["secretariat"], "cannes", "{shown}");
    // In text, in Russian: the tier's own label is the alliance's.
    let text = tbilisi.run(&["--lang", "ru", "alliance", "show", "silk-road-music"]);
    assert!(text.stdout.contains("Меценат"), "{}", text.stdout);

    // Admissions on the command line, with the CLI's shapes.
    tbilisi.ok(&[
        "alliance",
        "criterion",
        "silk-road-music",
        "music",
        "--text",
        "en=Presents live music every year",
    ]);
    let applied = tbilisi.ok(&[
        "admissions",
        "apply",
        "bishkek-ethno",
        "--alliance",
        "silk-road-music",
        "--name",
        "Bishkek Ethno Fest",
        "--kind",
        "festival",
        "--country",
        "KG",
        "--evidence",
        "music=Since 2009, every August",
    ]);
    let id = applied["application"]["id"].as_i64().unwrap().to_string();
    assert_eq!(applied["application"]["state"], "open");
    let refused = tbilisi.run(&["admissions", "sponsor", &id, "tbilisi"]);
    assert_eq!(refused.error()["code"], "sponsor-not-member");
    tbilisi.ok(&[
        "admissions",
        "sponsor",
        &id,
        "almaty-jazz",
        "--note",
        "Our partners",
    ]);
    let decided = tbilisi.ok(&[
        "admissions",
        "decide",
        &id,
        "admit",
        "--on",
        "2026-11-30",
        "--for",
        "5",
        "--against",
        "1",
        "--tier",
        "patron",
    ]);
    assert_eq!(decided["application"]["state"], "admitted", "{decided}");
    assert_eq!(decided["application"]["decision"]["votes_for"], 5);
    let again = tbilisi.run(&["admissions", "decide", &id, "refuse", "--on", "2026-12-01"]);
    assert_eq!(again.error()["code"], "application-decided");
    let listed = tbilisi.ok(&["admissions", "list", "--state", "admitted"]);
    assert_eq!(listed["applications"].as_array().unwrap().len(), 1);
    let member = tbilisi.ok(&["members", "show", "bishkek-ethno"]);
    assert_eq!(member["member"]["tier"], "patron", "{member}");
}

#[test]
fn a_head_rewritten_within_the_same_second_is_seen_as_changed() {
    // nginx's tags are the size and the second of the last change: a head written again
    // in the same second at the same size would keep its tag, and a reader asking with it
    // would be told nothing changed.
    let nginx = Server::nginx();
    let (tbilisi, cannes, _busan) = members();
    let point = format!("{}/alliance", nginx.url);
    for text in ["first", "again"] {
        tbilisi.ok(&["exchange", "note", text, "--to", "cannes"]);
        tbilisi.ok(&["exchange", "publish", "--to", &point]);
        let pulled = cannes.ok(&["exchange", "pull", "--from", &point]);
        assert_eq!(pulled["applied"], 1, "{text}: {pulled}");
    }
    assert_eq!(cannes.notes().len(), 2);
}
