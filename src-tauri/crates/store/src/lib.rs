//! Caravan's store: one SQLite file per copy of the app.
//!
//! [`Store::open`] checks the file before it writes a byte: something that is not SQLite,
//! a SQLite file of another program, a database from a newer Caravan, or a corrupt file is
//! refused and left exactly as it was. A fresh or older database is brought to the current
//! schema by numbered migrations in one transaction, the version kept in
//! `PRAGMA user_version`. The journal is WAL: one reader connection and, from the first
//! write, one writer, so the window can page through works while an import writes.
//!
//! Each table's queries live in the module named after it. SQLite stays inside this
//! crate: callers read through a [`Db`] and write through a [`Tx`] (a unit of work: one
//! transaction, committed whole or not at all), and no rusqlite type appears in what this
//! crate exports.

pub mod admissions;
pub mod audit;
pub mod editions;
mod error;
pub mod exchange;
pub mod intake;
pub mod juries;
mod links;
pub mod media;
pub mod members;
pub mod paging;
pub mod recommendations;
mod schema;
pub mod search;
pub mod settings;
pub mod submissions;
pub mod works;

pub use error::StoreError;
pub use schema::{schema_dump, MIGRATIONS, VERSION};

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// A view of the database as last committed (or, inside a [`Tx`], as the transaction
/// has it so far). Every query function of this crate takes one.
#[derive(Debug)]
pub struct Db<'c> {
    conn: &'c Connection,
    links: &'c std::sync::OnceLock<Vec<links::WorkLink>>,
}

impl<'c> Db<'c> {
    fn sql(&self) -> &'c Connection {
        self.conn
    }

    /// The columns that hold a work's id, read from the schema the first time a merge
    /// or an import needs them (a command that does neither never reads them).
    fn work_links(&self) -> Result<&'c [links::WorkLink], StoreError> {
        if let Some(links) = self.links.get() {
            return Ok(links);
        }
        let read = links::read(self.conn)?;
        Ok(self.links.get_or_init(|| read))
    }
}

/// One unit of work: a write transaction that every change function of this crate takes.
/// It reads as a [`Db`] too, seeing its own changes.
#[derive(Debug)]
pub struct Tx<'c> {
    db: Db<'c>,
}

impl<'c> std::ops::Deref for Tx<'c> {
    type Target = Db<'c>;
    fn deref(&self) -> &Db<'c> {
        &self.db
    }
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// An open, current-schema database.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    writer: std::sync::OnceLock<Mutex<Connection>>,
    reader: Mutex<Connection>,
    links: std::sync::OnceLock<Vec<links::WorkLink>>,
}

impl Store {
    /// Opens the database at `path`, creating it (and its folder) when missing and
    /// upgrading it when older. Refuses, without changing the file, anything it cannot
    /// safely own.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let path = path.to_path_buf();
        check_header(&path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
                path: dir.to_path_buf(),
                source: e,
            })?;
        }
        // One connection checks and migrates, then reads; the writer is opened by the
        // first write, so a command that only reads opens (and parses the schema) once.
        let mut reader = connect(&path)?;
        schema::bring_up_to_date(&mut reader, &path)?;
        Ok(Store {
            path,
            writer: std::sync::OnceLock::new(),
            reader: Mutex::new(reader),
            links: std::sync::OnceLock::new(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the reader connection. Readers see the last committed state and never
    /// wait for the writer. Errors from `f` come back as they are; [`StoreError::at`]
    /// names the file in them.
    pub fn read<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Db<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let conn = lock(&self.reader);
        f(&Db {
            conn: &conn,
            links: &self.links,
        })
    }

    /// Runs `f` in one immediate write transaction: everything `f` did is committed
    /// together, or, when it fails, nothing is.
    pub fn write<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        self.transaction(f, true)
    }

    /// Runs `f` in a write transaction and rolls it back whatever happens: a rehearsal
    /// that reports what a change would do (`--dry-run`) without doing it.
    pub fn rehearse<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        self.transaction(f, false)
    }

    fn transaction<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, E>,
        commit: bool,
    ) -> Result<T, E> {
        let sql = |e| StoreError::from_sqlite(e, &self.path);
        let writer = match self.writer.get() {
            Some(w) => w,
            None => {
                // Two threads may race here; the connection that loses is closed.
                let _ = self.writer.set(Mutex::new(connect(&self.path)?));
                self.writer
                    .get()
                    .ok_or_else(|| StoreError::ReadOnly(self.path.clone()))?
            }
        };
        let mut conn = lock(writer);
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sql)?;
        // Dropping the transaction after a failure of `f` rolls it back.
        let value = f(&Tx {
            db: Db {
                conn: &tx,
                links: &self.links,
            },
        })?;
        if commit {
            tx.commit().map_err(sql)?;
        } else {
            tx.rollback().map_err(sql)?;
        }
        Ok(value)
    }
}

/// A list of ids as one JSON parameter, read in SQL by `IN (SELECT value FROM
/// json_each(?))`: one statement, prepared once, whatever the number of ids.
pub(crate) fn id_list(ids: &[i64]) -> String {
    let mut out = String::with_capacity(ids.len() * 7 + 2);
    out.push('[');
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&id.to_string());
    }
    out.push(']');
    out
}

/// Reads a vocabulary word stored in a column, reporting a word the domain does not know
/// as a conversion failure of that column.
pub(crate) fn vocabulary<T>(
    column: usize,
    parsed: Result<T, caravan_domain::DomainError>,
) -> rusqlite::Result<T> {
    parsed.map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, e.into())
    })
}

fn lock(m: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    // A panic while holding the lock leaves SQLite consistent (the transaction rolls
    // back when dropped), so the connection stays usable.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Refuses a non-empty file that does not start with SQLite's header, before SQLite
/// gets a chance to touch it.
fn check_header(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source: e,
            })
        }
    };
    if path.is_dir() {
        return Err(StoreError::NotSqlite(path.to_path_buf()));
    }
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source: e,
                })
            }
        }
    }
    if read == 0 || &head == SQLITE_MAGIC {
        Ok(())
    } else {
        Err(StoreError::NotSqlite(path.to_path_buf()))
    }
}

fn connect(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path).map_err(|e| StoreError::from_sqlite(e, path))?;
    // Imports run a few dozen distinct statements per row; rusqlite's default cache of 16
    // would evict and re-parse them on every row.
    conn.set_prepared_statement_cache_capacity(256);
    // SQLite built with STAT4 re-plans a statement whenever a parameter compared with an
    // indexed column gets a new value; with the query planner's stability guarantee the
    // cached plans are kept, which made imports twice as fast.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )
    .map_err(|e| StoreError::from_sqlite(e, path))?;
    // Statement journals (every upsert opens one) stay in memory rather than in a
    // temporary file created and deleted per statement.
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .and_then(|_| conn.pragma_update(None, "foreign_keys", true))
        .and_then(|_| conn.pragma_update(None, "temp_store", "MEMORY"))
        // In WAL mode NORMAL syncs at checkpoints: a commit survives a crash of Caravan,
        // and only the last ones may be lost to a power cut.
        .and_then(|_| conn.pragma_update(None, "synchronous", "NORMAL"))
        // An import of 10,000 rows touches far more pages than the default 2 MB cache
        // holds; spilled to the WAL mid-transaction they are written and read again.
        .and_then(|_| conn.pragma_update(None, "cache_size", -32_768))
        .map_err(|e| StoreError::from_sqlite(e, path))?;
    Ok(conn)
}

/// Marks a point inside a transaction that [`undo_to_mark`] can return to, so one step
/// of a long write (a row of an import) can be taken back alone.
pub fn mark(tx: &Tx<'_>) -> Result<(), StoreError> {
    tx.sql().execute_batch("SAVEPOINT caravan_step")?;
    Ok(())
}

/// Takes back everything since [`mark`].
pub fn undo_to_mark(tx: &Tx<'_>) -> Result<(), StoreError> {
    tx.sql()
        .execute_batch("ROLLBACK TO caravan_step; RELEASE caravan_step")?;
    Ok(())
}

/// Keeps everything since [`mark`].
pub fn keep_since_mark(tx: &Tx<'_>) -> Result<(), StoreError> {
    tx.sql().execute_batch("RELEASE caravan_step")?;
    Ok(())
}
