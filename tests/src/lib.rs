//! Helpers shared by the end-to-end tests: finding the built binaries, running the
//! `caravan` command line, and fingerprinting files that must stay untouched.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

pub mod servers;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace's target folder, honouring `CARGO_TARGET_DIR`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// A binary built by `cargo build --workspace --bins` in the debug profile.
pub fn binary(name: &str) -> PathBuf {
    let path = target_dir().join("debug").join(name);
    assert!(
        path.exists(),
        "{} is missing: run `cargo build --workspace --bins` first (scripts/test does)",
        path.display()
    );
    path.canonicalize().unwrap_or(path)
}

/// What one run of `caravan` printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The single JSON document on stdout; fails the test if there is anything else.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON document ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// The `error` object of a failed `--json` run, after checking the run failed.
    pub fn error(&self) -> serde_json::Value {
        assert_ne!(self.status, 0, "expected a failure:\n{}", self.stdout);
        let doc = self.json();
        let error = doc["error"].clone();
        assert!(
            error["code"].is_string() && error["message"].is_string(),
            "{doc}"
        );
        error
    }
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            status: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

/// Runs `caravan` on the database `db` with a clean, deterministic environment.
pub fn caravan(db: &Path, args: &[&str]) -> Run {
    let mut cmd = command();
    cmd.arg("--db").arg(db).args(args);
    cmd.output().expect("caravan runs").into()
}

/// A `caravan` command with no inherited locale, database or language, and no stdin.
pub fn command() -> Command {
    let mut cmd = Command::new(binary("caravan"));
    cmd.env_remove("CARAVAN_DB")
        .env_remove("CARAVAN_LANG")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C")
        .env("TZ", "UTC")
        .env("CARAVAN_ACTOR", "e2e")
        // Keys sealed with a passphrase, cheaply, never in the keychain of whoever runs
        // the tests.
        .env_remove("CARAVAN_PASSPHRASE")
        .env("CARAVAN_KEYCHAIN", "off")
        .env("CARAVAN_PASSPHRASE_WORK_FACTOR", "8")
        .stdin(std::process::Stdio::null());
    cmd
}

/// The bytes of a file, to prove it was not changed.
pub fn fingerprint(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
