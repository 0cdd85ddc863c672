//! What the core takes from the world rather than reaching for it: the time, randomness,
//! who is acting, and where secrets are kept. The command line and the window's shell give
//! the computer's own (`caravan-host`); tests give fixed ones, so every run writes the same
//! bytes. How patient the network is belongs here too: tests wait less.

/// The time, in milliseconds since the Unix epoch.
pub trait Clock: std::fmt::Debug + Send + Sync {
    fn now_ms(&self) -> i64;
}

/// Random bytes, for names that must not collide between copies of Caravan.
pub trait Entropy: std::fmt::Debug + Send + Sync {
    fn fill(&self, bytes: &mut [u8]);
}

/// scrypt's work factor (log2 N) for keys sealed with a passphrase: about a second.
pub const PASSPHRASE_WORK_FACTOR: u8 = caravan_exchange::seal::WORK_FACTOR;

/// Where a profile's secret keys are kept: the OS keychain where one answers, else sealed
/// with a passphrase.
pub trait Secrets: std::fmt::Debug + Send + Sync {
    /// Keeps `secret` in the OS keychain under `name`; false when no keychain answers.
    fn keep(&self, name: &str, secret: &[u8]) -> bool;
    /// What the keychain keeps under `name`.
    fn fetch(&self, name: &str) -> Option<Vec<u8>>;
    /// The passphrase that seals keys where no keychain answers.
    fn passphrase(&self) -> Option<String>;
    /// scrypt's work factor (log2 N) for sealing with the passphrase.
    fn work_factor(&self) -> u8 {
        PASSPHRASE_WORK_FACTOR
    }
}

/// Everything the core is given at open.
#[derive(Debug)]
pub struct World {
    pub clock: Box<dyn Clock>,
    pub entropy: Box<dyn Entropy>,
    pub secrets: Box<dyn Secrets>,
    /// How long a web exchange point is waited for, and how often asked again.
    pub patience: caravan_exchange::transport::Patience,
    /// Who the audit log records as making the changes.
    pub actor: String,
}

impl World {
    /// A world where time stands still at `ms`, randomness repeats, and keys are sealed
    /// with a fixed passphrase, cheaply, for tests.
    pub fn fixed(ms: i64, actor: impl Into<String>) -> World {
        World {
            clock: Box::new(FixedClock(ms)),
            entropy: Box::new(FixedEntropy::new(0x5a)),
            secrets: Box::new(Passphrase {
                passphrase: Some("caravan tests".to_owned()),
                work_factor: 4,
            }),
            patience: caravan_exchange::transport::Patience {
                timeout: std::time::Duration::from_secs(5),
                attempts: 4,
                backoff: std::time::Duration::from_millis(20),
            },
            actor: actor.into(),
        }
    }
}

/// Secrets with no keychain: keys sealed with a passphrase, when there is one.
#[derive(Debug, Clone)]
pub struct Passphrase {
    pub passphrase: Option<String>,
    pub work_factor: u8,
}

impl Secrets for Passphrase {
    fn keep(&self, _name: &str, _secret: &[u8]) -> bool {
        false
    }
    fn fetch(&self, _name: &str) -> Option<Vec<u8>> {
        None
    }
    fn passphrase(&self) -> Option<String> {
        self.passphrase.clone()
    }
    fn work_factor(&self) -> u8 {
        self.work_factor
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

/// "Randomness" that repeats, for tests: each call fills with the next byte value, so two
/// keys made in one test differ but every run makes the same ones.
#[derive(Debug)]
pub struct FixedEntropy(pub std::sync::atomic::AtomicU8);

impl FixedEntropy {
    pub fn new(start: u8) -> Self {
        FixedEntropy(std::sync::atomic::AtomicU8::new(start))
    }
}

impl Entropy for FixedEntropy {
    fn fill(&self, bytes: &mut [u8]) {
        let b = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        bytes.fill(b);
    }
}
