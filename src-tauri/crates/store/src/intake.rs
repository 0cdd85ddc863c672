//! What imports remember beyond the works themselves: the values kept as written on a
//! work because no vocabulary knew them (`work_unresolved`), the names a curator said
//! the meaning of once for every later import (`intake_aliases`), and the column mappings
//! tables are read with (`import_mappings`).

use crate::{Db, StoreError, Tx};
use rusqlite::params;

/// Replaces the values a work is flagged with.
pub fn set_unresolved(
    tx: &Tx<'_>,
    work_id: i64,
    values: &[(&str, &str)],
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("DELETE FROM work_unresolved WHERE work_id = ?1")?
        .execute([work_id])?;
    add_unresolved(tx, work_id, values)
}

/// Adds values a work is flagged with, keeping those it has.
pub fn add_unresolved(
    tx: &Tx<'_>,
    work_id: i64,
    values: &[(&str, &str)],
) -> Result<(), StoreError> {
    let mut insert = tx.sql().prepare_cached(
        "INSERT OR IGNORE INTO work_unresolved (work_id, vocabulary, value) VALUES (?1, ?2, ?3)",
    )?;
    for (vocabulary, value) in values {
        insert.execute(params![work_id, vocabulary, value])?;
    }
    Ok(())
}

/// A work's unresolved values, (vocabulary, value), in order.
pub fn unresolved_of(db: &Db<'_>, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT vocabulary, value FROM work_unresolved WHERE work_id = ?1
         ORDER BY vocabulary, value",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// One value kept as written, and how many works carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnresolvedValue {
    pub vocabulary: String,
    pub value: String,
    pub works: i64,
}

/// Every unresolved value, with how many works carry it, most common first; within an
/// edition's works when `edition_id` is given.
pub fn unresolved_values(
    db: &Db<'_>,
    edition_id: Option<i64>,
) -> Result<Vec<UnresolvedValue>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT u.vocabulary, u.value, count(*) FROM work_unresolved u
         WHERE ?1 IS NULL OR u.work_id IN (SELECT work_id FROM entries_of_works WHERE edition_id = ?1)
         GROUP BY u.vocabulary, u.value ORDER BY count(*) DESC, u.vocabulary, u.value",
    )?;
    let rows = stmt
        .query_map([edition_id], |r| {
            Ok(UnresolvedValue {
                vocabulary: r.get(0)?,
                value: r.get(1)?,
                works: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The works flagged with a value, matched ignoring case.
pub fn works_with_unresolved(
    db: &Db<'_>,
    vocabulary: &str,
    value: &str,
) -> Result<Vec<(i64, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT work_id, value FROM work_unresolved WHERE vocabulary = ?1 AND lower(value) = lower(?2)
         ORDER BY work_id",
    )?;
    let rows = stmt
        .query_map(params![vocabulary, value], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Takes a flag off a work.
pub fn remove_unresolved(
    tx: &Tx<'_>,
    work_id: i64,
    vocabulary: &str,
    value: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "DELETE FROM work_unresolved WHERE work_id = ?1 AND vocabulary = ?2 AND value = ?3",
        )?
        .execute(params![work_id, vocabulary, value])?;
    Ok(())
}

/// A name a curator mapped to a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub vocabulary: String,
    pub name: String,
    pub code: String,
    pub created_at: i64,
}

/// Remembers (or changes) what a name means.
pub fn set_alias(
    tx: &Tx<'_>,
    vocabulary: &str,
    name: &str,
    code: &str,
    now: i64,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO intake_aliases (vocabulary, name, code, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (vocabulary, name) DO UPDATE SET code = excluded.code",
        )?
        .execute(params![vocabulary, name, code, now])?;
    Ok(())
}

/// Forgets a name; whether there was one.
pub fn remove_alias(tx: &Tx<'_>, vocabulary: &str, name: &str) -> Result<bool, StoreError> {
    let n = tx
        .sql()
        .prepare_cached("DELETE FROM intake_aliases WHERE vocabulary = ?1 AND name = ?2")?
        .execute(params![vocabulary, name])?;
    Ok(n > 0)
}

/// Every alias, by vocabulary and name.
pub fn aliases(db: &Db<'_>) -> Result<Vec<Alias>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT vocabulary, name, code, created_at FROM intake_aliases ORDER BY vocabulary, name",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Alias {
                vocabulary: r.get(0)?,
                name: r.get(1)?,
                code: r.get(2)?,
                created_at: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Saves a mapping's JSON under its name, replacing one of that name.
pub fn save_mapping(tx: &Tx<'_>, name: &str, json: &str, now: i64) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO import_mappings (name, mapping, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        )?
        .execute(params![name, json, now])?;
    Ok(())
}

/// A saved mapping's JSON.
pub fn mapping(db: &Db<'_>, name: &str) -> Result<Option<String>, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(db
        .sql()
        .prepare_cached("SELECT mapping FROM import_mappings WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// Every saved mapping, (name, JSON), by name.
pub fn mappings(db: &Db<'_>) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = db
        .sql()
        .prepare_cached("SELECT name, mapping FROM import_mappings ORDER BY name")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
