//! The identifiers a work carries (FilmFreeway's submission and tracking numbers, ISAN,
//! EIDR, ISRC, ISWC), by kind and value. They are how an import finds a work again and how
//! a taken identifier is caught, so finding a work by one lives here beside adding it.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

pub fn add_identifier(
    tx: &Tx<'_>,
    work_id: i64,
    kind: &str,
    value: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("INSERT INTO identifiers (work_id, kind, value) VALUES (?1, ?2, ?3)")?
        .execute(params![work_id, kind, value])?;
    Ok(())
}

/// The work that carries an identifier of the given kind and value.
pub fn find_by_identifier(
    conn: &Db<'_>,
    kind: &str,
    value: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .sql()
        .prepare_cached("SELECT work_id FROM identifiers WHERE kind = ?1 AND value = ?2")?
        .query_row(params![kind, value], |r| r.get(0))
        .optional()?)
}

/// The works carrying an identifier with this value, and the identifier's kind.
pub fn find_by_value(db: &Db<'_>, value: &str) -> Result<Vec<(i64, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT work_id, kind FROM identifiers WHERE value = ?1 ORDER BY work_id, kind",
    )?;
    let rows = stmt
        .query_map([value], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn identifiers(conn: &Db<'_>, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT kind, value FROM identifiers WHERE work_id = ?1 ORDER BY kind, value",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Adds an identifier unless the work already carries it; returns the work that carries
/// it now, which is another work when the identifier was taken.
pub fn ensure_identifier(
    tx: &Tx<'_>,
    work_id: i64,
    kind: &str,
    value: &str,
) -> Result<i64, StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO identifiers (work_id, kind, value) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, kind, value])?;
    Ok(tx
        .sql()
        .prepare_cached("SELECT work_id FROM identifiers WHERE kind = ?1 AND value = ?2")?
        .query_row(params![kind, value], |r| r.get(0))?)
}
