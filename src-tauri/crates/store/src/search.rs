//! The search index: one FTS5 row per work and the folded form of every title. The core
//! folds and segments the text (caravan-text) and calls [`put`] in the same transaction
//! as the change it indexes.

use crate::{Db, StoreError, Tx};
use rusqlite::params;

/// What one work contributes to the index, already folded and segmented.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub titles: String,
    pub people: String,
    pub romanised: String,
    /// Each title folded whole, for exact matches.
    pub exact: Vec<String>,
    /// For each interface locale, the collation key of the title its readers see.
    pub sort_keys: Vec<(String, Vec<u8>)>,
}

/// Replaces a work's entry in the index and its title's sort keys.
pub fn put(tx: &Tx<'_>, work_id: i64, doc: &Document) -> Result<(), StoreError> {
    remove(tx, work_id)?;
    tx.sql()
        .prepare_cached(
            "INSERT INTO search_index (rowid, titles, people, romanised) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![work_id, doc.titles, doc.people, doc.romanised])?;
    let mut insert = tx
        .sql()
        .prepare_cached("INSERT OR IGNORE INTO search_titles (folded, work_id) VALUES (?1, ?2)")?;
    for key in &doc.exact {
        insert.execute(params![key, work_id])?;
    }
    let mut insert = tx.sql().prepare_cached(
        "INSERT OR IGNORE INTO title_sort_keys (locale, key, work_id) VALUES (?1, ?2, ?3)",
    )?;
    for (locale, key) in &doc.sort_keys {
        insert.execute(params![locale, key, work_id])?;
    }
    Ok(())
}

/// Takes a work out of the index.
pub fn remove(tx: &Tx<'_>, work_id: i64) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?
        .execute([work_id])?;
    tx.sql()
        .prepare_cached("DELETE FROM search_titles WHERE work_id = ?1")?
        .execute([work_id])?;
    tx.sql()
        .prepare_cached("DELETE FROM title_sort_keys WHERE work_id = ?1")?
        .execute([work_id])?;
    Ok(())
}

/// Empties the index, before rebuilding it.
pub fn clear(tx: &Tx<'_>) -> Result<(), StoreError> {
    tx.sql().execute_batch(
        "DELETE FROM search_index; DELETE FROM search_titles; DELETE FROM title_sort_keys;",
    )?;
    Ok(())
}

/// Works whose title, folded, is exactly `folded`.
pub fn exact(conn: &Db<'_>, folded: &str, limit: u32) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT work_id FROM search_titles WHERE folded = ?1 ORDER BY work_id LIMIT ?2",
    )?;
    let ids = stmt
        .query_map(params![folded, limit], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// The best matches of an FTS5 query, best first, with BM25 scores (higher is better);
/// titles weigh most, then people, then romanisations.
pub fn matches(conn: &Db<'_>, fts_query: &str, limit: u32) -> Result<Vec<(i64, f64)>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT rowid, -bm25(search_index, 10.0, 4.0, 2.0) AS score FROM search_index
         WHERE search_index MATCH ?1 ORDER BY bm25(search_index, 10.0, 4.0, 2.0) LIMIT ?2",
    )?;
    let hits = stmt
        .query_map(params![fts_query, limit], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(hits)
}
