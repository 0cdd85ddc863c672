//! What this computer gives Caravan: its clock, its randomness, the data folder, and who
//! is using it. The core reads none of these itself (so its tests are deterministic and
//! never touch a real data folder); the command line and the window's shell both take
//! them from here, so `--db`, `CARAVAN_DB` and the acting user mean the same in both.

use caravan_core::{Caravan, Clock, Entropy, Error, Secrets, World};
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

/// Where this computer keeps a profile's secret keys: the OS keychain (the Secret Service
/// over D-Bus on Linux) when one answers and `CARAVAN_KEYCHAIN` is not `off`; otherwise
/// they are sealed with the passphrase in `CARAVAN_PASSPHRASE` (or the one the window
/// asks for). `CARAVAN_PASSPHRASE_WORK_FACTOR` lowers scrypt's cost for tests.
#[derive(Debug, Clone)]
pub struct HostSecrets {
    keychain: bool,
    passphrase: Option<String>,
    work_factor: u8,
}

impl HostSecrets {
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        HostSecrets {
            keychain: var("CARAVAN_KEYCHAIN").is_none_or(|v| v != "off"),
            passphrase: var("CARAVAN_PASSPHRASE"),
            work_factor: var("CARAVAN_PASSPHRASE_WORK_FACTOR")
                .and_then(|v| v.parse().ok())
                .filter(|n| (1..=30).contains(n))
                .unwrap_or(caravan_core::PASSPHRASE_WORK_FACTOR),
        }
    }
}

/// Whether the OS keychain answers (asked once per process).
fn keychain_ready() -> bool {
    static READY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *READY.get_or_init(|| {
        #[cfg(all(
            unix,
            not(any(target_os = "macos", target_os = "ios", target_os = "android"))
        ))]
        {
            // Without a session bus, libdbus would try to start one; there is none to
            // find on a headless machine.
            if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
                return false;
            }
            match dbus_secret_service_keyring_store::Store::new() {
                Ok(store) => {
                    keyring_core::set_default_store(store);
                    true
                }
                Err(_) => false,
            }
        }
        #[cfg(not(all(
            unix,
            not(any(target_os = "macos", target_os = "ios", target_os = "android"))
        )))]
        {
            false
        }
    })
}

/// The service name Caravan's keychain entries are filed under.
const KEYCHAIN_SERVICE: &str = "org.caravan.profile";

impl Secrets for HostSecrets {
    fn keep(&self, name: &str, secret: &[u8]) -> bool {
        self.keychain
            && keychain_ready()
            && keyring_core::Entry::new(KEYCHAIN_SERVICE, name)
                .and_then(|e| {
                    e.set_secret(secret)?;
                    // Only a keychain that gives the secret back is kept in.
                    e.get_secret()
                })
                .is_ok_and(|back| back == secret)
    }

    fn fetch(&self, name: &str) -> Option<Vec<u8>> {
        if !keychain_ready() {
            return None;
        }
        keyring_core::Entry::new(KEYCHAIN_SERVICE, name)
            .and_then(|e| e.get_secret())
            .ok()
    }

    fn passphrase(&self) -> Option<String> {
        self.passphrase.clone()
    }

    fn work_factor(&self) -> u8 {
        self.work_factor
    }
}

/// How patient the network is: a minute per request and four tries, unless
/// `CARAVAN_EXCHANGE_TIMEOUT_MS` says otherwise (tests of a stalling server wait less).
pub fn patience() -> caravan_core::Patience {
    let mut p = caravan_core::Patience::default();
    if let Some(ms) = std::env::var("CARAVAN_EXCHANGE_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|ms| *ms > 0)
    {
        p.timeout = std::time::Duration::from_millis(ms);
    }
    p
}

/// The world of this computer: its clock, its randomness, its keychain, its user.
pub fn world() -> World {
    World {
        clock: Box::new(SystemClock),
        entropy: Box::new(SystemEntropy),
        secrets: Box::new(HostSecrets::from_env()),
        patience: patience(),
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
