//! What this computer gives Caravan: its clock, its randomness, the data folder, and who
//! is using it. The core reads none of these itself (so its tests are deterministic and
//! never touch a real data folder); the command line and the window's shell both take
//! them from here, so `--db`, `CARAVAN_DB` and the acting user mean the same in both.

use caravan_core::{Caravan, Clock, Entropy, Error, World};
use std::path::PathBuf;

/// The computer's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
}

/// The operating system's random numbers.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemEntropy;

impl Entropy for SystemEntropy {
    fn fill(&self, bytes: &mut [u8]) {
        if getrandom::fill(bytes).is_err() {
            // No system randomness (it does not happen on the platforms Caravan runs
            // on): fall back to the clock, which still differs between copies.
            let now = SystemClock.now_ms().to_le_bytes();
            for (i, b) in bytes.iter_mut().enumerate() {
                *b = now[i % now.len()] ^ (i as u8);
            }
        }
    }
}

/// Who the audit log names: `CARAVAN_ACTOR`, else the login name, else "caravan".
pub fn actor() -> String {
    std::env::var("CARAVAN_ACTOR")
        .ok()
        .filter(|a| !a.is_empty())
        .or_else(|| std::env::var("USER").ok().filter(|a| !a.is_empty()))
        .unwrap_or_else(|| "caravan".to_owned())
}

/// The world of this computer: its clock, its randomness, its user.
pub fn world() -> World {
    World {
        clock: Box::new(SystemClock),
        entropy: Box::new(SystemEntropy),
        actor: actor(),
    }
}

/// The database to open: `--db PATH` when given, else `CARAVAN_DB`, else the platform's
/// data folder (`~/.local/share/caravan/caravan.db` on Linux).
pub fn database_path(flag: Option<PathBuf>) -> Result<PathBuf, Error> {
    if let Some(p) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os("CARAVAN_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("org", "Caravan", "caravan")
        .map(|d| d.data_dir().join("caravan.db"))
        .ok_or(Error::NoDataDir)
}

/// `--db PATH` or `--db=PATH` among a program's arguments (the window's, which has no
/// other flags to parse).
pub fn db_flag(args: &[String]) -> Option<PathBuf> {
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        if a == "--db" {
            return iter.next().map(PathBuf::from);
        }
        if let Some(p) = a.strip_prefix("--db=") {
            return Some(PathBuf::from(p));
        }
    }
    None
}

/// Opens the database `database_path` chooses, in this computer's world.
pub fn open(flag: Option<PathBuf>) -> Result<Caravan, Error> {
    Caravan::open(&database_path(flag)?, world())
}
