//! What the core takes from the world rather than reaching for it: the time and the
//! default place of the database.

use std::path::PathBuf;

/// The time, in milliseconds since the Unix epoch.
pub trait Clock: std::fmt::Debug + Send + Sync {
    fn now_ms(&self) -> i64;
}

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

/// A clock that always says the same time, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub i64);

impl Clock for FixedClock {
    fn now_ms(&self) -> i64 {
        self.0
    }
}

/// Where the database lives when nobody says otherwise: the platform's data folder
/// (`~/.local/share/caravan/caravan.db` on Linux).
pub fn default_db_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Caravan", "caravan")
        .map(|d| d.data_dir().join("caravan.db"))
}
