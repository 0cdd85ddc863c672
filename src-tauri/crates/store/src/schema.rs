//! Numbered migrations and the rules for applying them.
//!
//! Migration *n* (1-based) brings a database from schema *n − 1* to *n*. A fresh database
//! is schema 0, so it is built by the same migrations an old one is upgraded with; the
//! store test proves every intermediate schema upgrades to exactly the fresh one, and
//! `schema.sql` beside this crate is the current schema in one readable place.

use crate::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// The migrations, in order; migration `i` (0-based) upgrades schema `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001-foundation.sql"),
    include_str!("../migrations/002-media.sql"),
    include_str!("../migrations/003-intake.sql"),
    include_str!("../migrations/004-paging.sql"),
    include_str!("../migrations/005-exchange.sql"),
    include_str!("../migrations/006-recommendations.sql"),
    include_str!("../migrations/007-registry.sql"),
    include_str!("../migrations/008-juries.sql"),
    include_str!("../migrations/009-intake-vocabulary.sql"),
    include_str!("../migrations/010-typos.sql"),
];

/// The schema version this build reads and writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

fn user_version(conn: &Connection, path: &Path) -> Result<i64, StoreError> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| StoreError::from_sqlite(e, path))
}

/// Checks the database and migrates it to [`VERSION`]. Nothing is written unless the
/// database is empty or an older Caravan database that passes SQLite's quick check.
pub(crate) fn bring_up_to_date(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let sql = |e| StoreError::from_sqlite(e, path);
    let found = user_version(conn, path)?;
    if found > VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found,
            supported: VERSION,
        });
    }
    if found == VERSION {
        return conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql);
    }
    if found == 0 {
        let objects: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(sql)?;
        if objects > 0 {
            return Err(StoreError::Foreign(path.to_path_buf()));
        }
    } else {
        let verdict: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(sql)?;
        if verdict != "ok" {
            return Err(StoreError::Corrupt(path.to_path_buf()));
        }
    }
    let _mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(sql)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(sql)?;
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(sql)?;
    // Another process may have migrated between our check and taking the write lock.
    let start = user_version(&tx, path)?;
    if start > VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: start,
            supported: VERSION,
        });
    }
    for migration in &MIGRATIONS[start as usize..] {
        tx.execute_batch(migration).map_err(sql)?;
    }
    tx.pragma_update(None, "user_version", VERSION)
        .map_err(sql)?;
    tx.commit().map_err(sql)
}

/// The schema as SQLite holds it — every table, index and trigger with its SQL, and the
/// version — in a stable order, for comparing two databases.
pub fn schema_dump(db: &crate::Db<'_>) -> Result<String, StoreError> {
    let conn = db.sql();
    let mut out = format!(
        "-- user_version = {}\n",
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))?
    );
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL
         ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (kind, name, sql) = row?;
        out.push_str(&format!("\n-- {kind} {name}\n{sql};\n"));
    }
    Ok(out)
}
