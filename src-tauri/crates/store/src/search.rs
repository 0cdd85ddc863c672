//! The search index: one FTS5 row per work, the folded form of every title, and the
//! vocabulary of words that forgive typing slips ([`vocabulary`]). The core folds and
//! segments the text (caravan-text) and calls [`put`] in the same transaction as the
//! change it indexes.

pub mod vocabulary;

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};
pub use vocabulary::Term;

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
    /// The words of the three texts that forgive typing slips, each once.
    pub terms: Vec<Term>,
}

/// Replaces a work's entry in the index, its title's sort keys and the words it is
/// counted for.
pub fn put(tx: &Tx<'_>, work_id: i64, doc: &Document) -> Result<(), StoreError> {
    remove_entry(tx, work_id)?;
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
    // Most changes to a work leave its words as they were: only the difference is counted.
    vocabulary::put(tx, work_id, &doc.terms)
}

/// Takes a work out of the index.
pub fn remove(tx: &Tx<'_>, work_id: i64) -> Result<(), StoreError> {
    remove_entry(tx, work_id)?;
    vocabulary::remove(tx, work_id)
}

/// Takes a work's row, titles and sort keys out of the index, leaving its words counted.
fn remove_entry(tx: &Tx<'_>, work_id: i64) -> Result<(), StoreError> {
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
    vocabulary::clear(tx)
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

/// Whether an FTS5 query matches any work: a word of a query that matches nothing and
/// was not meant as another can be left out when slips are forgiven.
pub fn matches_any(conn: &Db<'_>, fts_query: &str) -> Result<bool, StoreError> {
    let found = conn
        .sql()
        .prepare_cached("SELECT 1 FROM search_index WHERE search_index MATCH ?1 LIMIT 1")?
        .query_row([fts_query], |_| Ok(()))
        .optional()?;
    Ok(found.is_some())
}
