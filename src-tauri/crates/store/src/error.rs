//! What can go wrong with the database file, as codes a caller can act on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0} is not a SQLite database")]
    NotSqlite(PathBuf),
    #[error("{0} is a SQLite database of another program")]
    Foreign(PathBuf),
    #[error("{0} is corrupt")]
    Corrupt(PathBuf),
    #[error("{path} was written by a newer Caravan (schema {found}, this one knows {supported})")]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{0} is busy in another program")]
    Busy(PathBuf),
    #[error("{0} cannot be written")]
    ReadOnly(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("slug '{0}' is taken")]
    SlugTaken(String),
    #[error("'{0}' is not a cursor of this list")]
    CursorInvalid(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{path}: database error: {source}")]
    SqliteAt {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// The stable code scripts and the window act on.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotSqlite(_) => "db-not-sqlite",
            StoreError::Foreign(_) => "db-foreign",
            StoreError::Corrupt(_) => "db-corrupt",
            StoreError::NewerVersion { .. } => "db-newer-version",
            StoreError::Busy(_) => "db-busy",
            StoreError::ReadOnly(_) => "db-read-only",
            StoreError::Io { .. } => "db-io",
            StoreError::SlugTaken(_) => "slug-taken",
            StoreError::CursorInvalid(_) => "cursor-invalid",
            StoreError::Sqlite(_) | StoreError::SqliteAt { .. } => "db-error",
        }
    }

    /// The database file the error is about, when it is about one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            StoreError::NotSqlite(p)
            | StoreError::Foreign(p)
            | StoreError::Corrupt(p)
            | StoreError::Busy(p)
            | StoreError::ReadOnly(p)
            | StoreError::NewerVersion { path: p, .. }
            | StoreError::Io { path: p, .. }
            | StoreError::SqliteAt { path: p, .. } => Some(p),
            StoreError::SlugTaken(_) | StoreError::CursorInvalid(_) | StoreError::Sqlite(_) => None,
        }
    }

    /// Classifies a SQLite error on the file at `path`.
    pub fn from_sqlite(e: rusqlite::Error, path: &std::path::Path) -> Self {
        use rusqlite::ErrorCode as C;
        let path = path.to_path_buf();
        match e.sqlite_error_code() {
            Some(C::NotADatabase) => StoreError::NotSqlite(path),
            Some(C::DatabaseCorrupt) => StoreError::Corrupt(path),
            Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => StoreError::Busy(path),
            Some(C::ReadOnly) => StoreError::ReadOnly(path),
            _ => StoreError::SqliteAt { path, source: e },
        }
    }

    /// Names the database file in an error raised by a query, classifying it on the way
    /// (a corrupt page read by a query becomes [`StoreError::Corrupt`]).
    pub fn at(self, path: &std::path::Path) -> Self {
        match self {
            StoreError::Sqlite(e) => StoreError::from_sqlite(e, path),
            other => other,
        }
    }
}
