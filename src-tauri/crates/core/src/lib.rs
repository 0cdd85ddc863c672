//! Caravan's API: the one place the command line and the window's shell call.
//!
//! [`Caravan`] owns an open store and the [`World`] it works in — the clock, randomness
//! and who is acting — so every change is audited the same way whichever door it came
//! through. Requests and results are the plain types of [`api`]: they serialise to the
//! command line's `--json` shapes and, through generated TypeScript, to the window. Every
//! action a person takes is one call, in one transaction, with one audit entry. Errors
//! are [`Error`]: a stable code and a message localised through Fluent.

mod alliance;
pub mod api;
mod awards;
mod demo;
mod duplicates;
mod editions;
mod error;
mod exchange;
mod export;
mod intake;
mod jury;
mod media;
mod packets;
mod search;
mod settings;
mod submissions;
mod titles;
mod works;
mod world;

pub use caravan_exchange::transport::Patience;
pub use error::Error;
pub use exchange::Recipients;
pub use intake::{encoding_named, ImportOptions};
pub use settings::ui_locale;
pub use world::{
    Clock, Entropy, FixedClock, FixedEntropy, Passphrase, Secrets, World, PASSPHRASE_WORK_FACTOR,
};

use caravan_domain::{EditionId, WorkId};
use caravan_store::{Db, Store, Tx};
use std::path::Path;

/// Reads a file a person named, refusing one over `limit` bytes before reading it.
pub(crate) fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    let fail = |reason: String| Error::ReadFile {
        path: path.to_path_buf(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let size = file.metadata().map_err(|e| fail(e.to_string()))?.len();
    if size > limit {
        return Err(caravan_exchange::ExchangeError::TooLarge {
            what: caravan_exchange::Part::File,
            size,
            limit,
        }
        .into());
    }
    let mut bytes = Vec::with_capacity(size as usize);
    use std::io::Read;
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(e.to_string()))?;
    Ok(bytes)
}

/// An open Caravan database and the world it is used in.
#[derive(Debug)]
pub struct Caravan {
    store: Store,
    clock: Box<dyn Clock>,
    entropy: Box<dyn Entropy>,
    secrets: Box<dyn Secrets>,
    /// This copy's secret keys once unsealed, for the rest of the process.
    identity: std::sync::Mutex<Option<std::sync::Arc<caravan_exchange::Identity>>>,
    /// A passphrase a person typed, for keys sealed with one.
    passphrase: std::sync::Mutex<Option<String>>,
    patience: caravan_exchange::transport::Patience,
    actor: String,
}

impl Caravan {
    /// Opens (creating or upgrading) the database at `path`, in `world`.
    pub fn open(path: &Path, world: World) -> Result<Self, Error> {
        let caravan = Caravan {
            store: Store::open(path)?,
            clock: world.clock,
            entropy: world.entropy,
            secrets: world.secrets,
            identity: std::sync::Mutex::new(None),
            passphrase: std::sync::Mutex::new(None),
            patience: world.patience,
            actor: world.actor,
        };
        search::rebuild_if_asked(&caravan)?;
        Ok(caravan)
    }

    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// The folder of image files that belongs to this database.
    pub fn media_files(&self) -> caravan_media::MediaFiles {
        caravan_media::MediaFiles::beside(self.store.path())
    }

    /// The store underneath, for tests and benchmarks that check what was written.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Reads through the store, naming the database file in any error.
    fn read<T>(&self, f: impl FnOnce(&Db<'_>) -> Result<T, Error>) -> Result<T, Error> {
        self.store.read(f).map_err(|e| e.at(self.store.path()))
    }

    /// Writes one transaction through the store, naming the database file in any error.
    fn write<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T, Error>) -> Result<T, Error> {
        self.store.write(f).map_err(|e| e.at(self.store.path()))
    }

    /// Runs `f` in a transaction that is committed, or with `dry_run` rolled back.
    fn write_or_rehearse<T>(
        &self,
        dry_run: bool,
        f: impl FnOnce(&Tx<'_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        if dry_run {
            self.store
                .rehearse(f)
                .map_err(|e: Error| e.at(self.store.path()))
        } else {
            self.write(f)
        }
    }

    fn audit(
        &self,
        tx: &Tx<'_>,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: serde_json::Value,
    ) -> Result<(), Error> {
        caravan_store::audit::record(
            tx,
            &caravan_store::audit::Entry {
                at: self.clock.now_ms(),
                actor: &self.actor,
                action,
                entity,
                entity_id,
                detail,
            },
        )?;
        Ok(())
    }
}

/// Fails with `work-not-found` unless the work exists: an id from a page shown a moment
/// ago may name a work merged away since.
pub(crate) fn require_work(
    db: &Db<'_>,
    id: WorkId,
) -> Result<caravan_store::works::WorkRow, Error> {
    caravan_store::works::get(db, id.get())?.ok_or_else(|| Error::WorkNotFound(id.to_string()))
}

/// The edition with this id, or `edition-not-found`.
pub(crate) fn require_edition(
    db: &Db<'_>,
    id: EditionId,
) -> Result<caravan_store::editions::EditionRow, Error> {
    caravan_store::editions::by_id(db, id.get())?
        .ok_or_else(|| Error::EditionNotFound(id.to_string()))
}
