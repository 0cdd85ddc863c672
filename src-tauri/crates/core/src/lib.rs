//! Caravan's API: the one place the command line and the window's shell call.
//!
//! [`Caravan`] owns an open store and the world it works in — the clock and who is acting —
//! so every change is audited the same way whichever door it came through. Results are
//! the plain types of [`api`], which serialise to the command line's `--json` shapes and,
//! through generated TypeScript, to the window. Errors are [`Error`]: a stable code and a
//! message localised through Fluent.

pub mod api;
mod demo;
mod duplicates;
mod editions;
mod error;
mod export;
mod intake;
mod media;
mod search;
mod settings;
mod submissions;
mod titles;
mod works;
mod world;

pub use error::Error;
pub use export::{ExportFilter, ExportFormat};
pub use intake::{ImportOptions, FF_SUBMISSION, FF_TRACKING};
pub use settings::ui_locale;
pub use world::{default_db_path, Clock, FixedClock, SystemClock};

use caravan_store::Store;
use std::path::Path;

/// An open Caravan database and the world it is used in.
#[derive(Debug)]
pub struct Caravan {
    store: Store,
    clock: Box<dyn Clock>,
    actor: String,
}

impl Caravan {
    /// Opens (creating or upgrading) the database at `path`. `actor` is who the audit log
    /// records as making the changes.
    pub fn open(
        path: &Path,
        clock: Box<dyn Clock>,
        actor: impl Into<String>,
    ) -> Result<Self, Error> {
        let caravan = Caravan {
            store: Store::open(path)?,
            clock,
            actor: actor.into(),
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
    fn read<T>(
        &self,
        f: impl FnOnce(&caravan_store::Connection) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.store.read(f).map_err(|e| e.at(self.store.path()))
    }

    /// Writes one transaction through the store, naming the database file in any error.
    fn write<T>(
        &self,
        f: impl FnOnce(&caravan_store::Transaction<'_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.store.write(f).map_err(|e| e.at(self.store.path()))
    }

    fn audit(
        &self,
        tx: &caravan_store::Transaction<'_>,
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
