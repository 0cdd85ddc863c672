//! What the core takes from the world rather than reaching for it: the time, randomness,
//! and who is acting. The command line and the window's shell give the computer's own
//! (`caravan-host`); tests give fixed ones, so every run writes the same bytes.

/// The time, in milliseconds since the Unix epoch.
pub trait Clock: std::fmt::Debug + Send + Sync {
    fn now_ms(&self) -> i64;
}

/// Random bytes, for names that must not collide between copies of Caravan.
pub trait Entropy: std::fmt::Debug + Send + Sync {
    fn fill(&self, bytes: &mut [u8]);
}

/// Everything the core is given at open.
#[derive(Debug)]
pub struct World {
    pub clock: Box<dyn Clock>,
    pub entropy: Box<dyn Entropy>,
    /// Who the audit log records as making the changes.
    pub actor: String,
}

impl World {
    /// A world where time stands still at `ms` and randomness repeats, for tests.
    pub fn fixed(ms: i64, actor: impl Into<String>) -> World {
        World {
            clock: Box::new(FixedClock(ms)),
            entropy: Box::new(FixedEntropy(0x5a)),
            actor: actor.into(),
        }
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

/// "Randomness" that is always the same byte, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedEntropy(pub u8);

impl Entropy for FixedEntropy {
    fn fill(&self, bytes: &mut [u8]) {
        bytes.fill(self.0);
    }
}
