//! The vocabulary of the search index: the words that forgive typing slips, how many works
//! use each, and keys that find a word from a slip of it (the symmetric deletion of
//! SymSpell). A word's keys are what is left of its first characters with up to as many
//! of them deleted as it forgives slips; a typed word's keys are made the same way, and a
//! word within k slips of the typed one shares a key with it made by k deletions at most on
//! each side. So the words a typed word may have been meant as are found by looking up a
//! few dozen keys, however many words there are; the caller checks each with a real edit
//! distance, since sharing a key is necessary, not sufficient.
//!
//! The vocabulary changes with the index, in the same transaction, counted per work: a
//! word leaves with the last work that used it, so no search is corrected to a word that
//! finds nothing.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};
use std::collections::BTreeMap;

/// A word of the index that forgives slips, folded.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub word: String,
    /// How many slips it forgives: 1 or 2.
    pub slips: u8,
}

/// How many of a word's first characters its keys are made of. Cutting two words at the
/// same length keeps each within k deletions of a common string when the words are within
/// k slips: a slip before the cut costs each side one deletion at most, and a letter
/// inserted or left out before the cut pushes a character across it on one side only,
/// which that side deletes in place of the other's. Eight keeps a word of up to eight
/// letters whole (one slip, at most nine keys) and gives a longer one at most 37 keys.
const KEYED: usize = 8;

/// The keys of a word with up to `slips` of its first characters deleted.
fn keys(word: &str, slips: u8) -> Vec<i64> {
    let mut level: Vec<Vec<char>> = vec![word.chars().take(KEYED).collect()];
    let mut keys: Vec<i64> = level.iter().map(|chars| hash(chars)).collect();
    for _ in 0..slips {
        let mut next = Vec::new();
        for chars in &level {
            for at in 0..chars.len() {
                // Deleting either of two equal neighbours leaves the same string.
                if chars.len() > 1 && (at == 0 || chars[at] != chars[at - 1]) {
                    let mut shorter = chars.clone();
                    shorter.remove(at);
                    next.push(shorter);
                }
            }
        }
        next.sort_unstable();
        next.dedup();
        keys.extend(next.iter().map(|chars| hash(chars)));
        level = next;
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// A key: 64-bit FNV-1a of the characters' UTF-8. Stored keys outlive the build that made
/// them, so this never changes without the index being built again; two strings sharing a
/// hash only bring the caller a word to check and drop.
fn hash(chars: &[char]) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut buf = [0u8; 4];
    for c in chars {
        for byte in c.encode_utf8(&mut buf).bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    i64::from_ne_bytes(hash.to_ne_bytes())
}

/// Makes the words counted for a work exactly `terms`, counting up the words it now uses
/// and down those it no longer does.
pub(crate) fn put(tx: &Tx<'_>, work_id: i64, terms: &[Term]) -> Result<(), StoreError> {
    let wanted: BTreeMap<&str, u8> = terms.iter().map(|t| (t.word.as_str(), t.slips)).collect();
    let held = held_by(tx, work_id)?;
    for (term_id, word) in &held {
        if !wanted.contains_key(word.as_str()) {
            release(tx, work_id, *term_id)?;
        }
    }
    for (word, slips) in wanted {
        if !held.iter().any(|(_, w)| w == word) {
            take(tx, work_id, word, slips)?;
        }
    }
    Ok(())
}

/// Counts down every word of a work.
pub(crate) fn remove(tx: &Tx<'_>, work_id: i64) -> Result<(), StoreError> {
    for (term_id, _) in held_by(tx, work_id)? {
        release(tx, work_id, term_id)?;
    }
    Ok(())
}

/// Empties the vocabulary, with the index.
pub(crate) fn clear(tx: &Tx<'_>) -> Result<(), StoreError> {
    tx.sql().execute_batch(
        "DELETE FROM search_work_terms; DELETE FROM search_term_keys; DELETE FROM search_terms;",
    )?;
    Ok(())
}

/// The words a work is counted for, with their ids.
fn held_by(db: &Db<'_>, work_id: i64) -> Result<Vec<(i64, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT t.id, t.term FROM search_work_terms w JOIN search_terms t ON t.id = w.term_id
         WHERE w.work_id = ?1",
    )?;
    let held = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(held)
}

/// Counts a word for a work, adding it with its keys when no work used it yet.
///
/// Every statement here changes one row found by its key, and none is an upsert or has a
/// RETURNING clause: those open a statement savepoint, and FTS5 writes what it holds of
/// the index so far as a new segment at each one, so a batch of works indexed one by one
/// would leave a segment per work.
fn take(tx: &Tx<'_>, work_id: i64, word: &str, slips: u8) -> Result<(), StoreError> {
    let found: Option<i64> = tx
        .sql()
        .prepare_cached("SELECT id FROM search_terms WHERE term = ?1")?
        .query_row([word], |r| r.get(0))
        .optional()?;
    let term_id = match found {
        Some(term_id) => {
            tx.sql()
                .prepare_cached("UPDATE search_terms SET docs = docs + 1 WHERE id = ?1")?
                .execute([term_id])?;
            term_id
        }
        None => {
            tx.sql()
                .prepare_cached("INSERT INTO search_terms (term, slips, docs) VALUES (?1, ?2, 1)")?
                .execute(params![word, slips])?;
            let term_id = tx.sql().last_insert_rowid();
            let mut insert = tx
                .sql()
                .prepare_cached("INSERT INTO search_term_keys (key, term_id) VALUES (?1, ?2)")?;
            for key in keys(word, slips) {
                insert.execute(params![key, term_id])?;
            }
            term_id
        }
    };
    tx.sql()
        .prepare_cached("INSERT INTO search_work_terms (work_id, term_id) VALUES (?1, ?2)")?
        .execute(params![work_id, term_id])?;
    Ok(())
}

/// Counts a word down for a work, deleting it with its keys when it was the last to use
/// it; one row at a time by its key, as [`take`] says why.
fn release(tx: &Tx<'_>, work_id: i64, term_id: i64) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("DELETE FROM search_work_terms WHERE work_id = ?1 AND term_id = ?2")?
        .execute(params![work_id, term_id])?;
    let (word, slips, docs): (String, u8, i64) = tx
        .sql()
        .prepare_cached("SELECT term, slips, docs FROM search_terms WHERE id = ?1")?
        .query_row([term_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    if docs > 1 {
        tx.sql()
            .prepare_cached("UPDATE search_terms SET docs = docs - 1 WHERE id = ?1")?
            .execute([term_id])?;
        return Ok(());
    }
    let mut delete = tx
        .sql()
        .prepare_cached("DELETE FROM search_term_keys WHERE key = ?1 AND term_id = ?2")?;
    for key in keys(&word, slips) {
        delete.execute(params![key, term_id])?;
    }
    tx.sql()
        .prepare_cached("DELETE FROM search_terms WHERE id = ?1")?
        .execute([term_id])?;
    Ok(())
}

/// Every word of the vocabulary that shares a key with `typed` made by deleting up to
/// `slips` of its characters, with how many works use it: a superset of the words within
/// `slips` slips of `typed` (which the caller checks), `typed` itself included if it is
/// one.
pub fn candidates(db: &Db<'_>, typed: &str, slips: u8) -> Result<Vec<(String, i64)>, StoreError> {
    let keys = serde_json::to_string(&keys(typed, slips)).unwrap_or_default();
    let mut stmt = db.sql().prepare_cached(
        "SELECT DISTINCT t.term, t.docs FROM search_term_keys k
         JOIN search_terms t ON t.id = k.term_id
         WHERE k.key IN (SELECT value FROM json_each(?1))",
    )?;
    let found = stmt
        .query_map([keys], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(found)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_one_key_per_distinct_deletion() {
        assert_eq!(keys("stalker", 0).len(), 1);
        assert_eq!(keys("stalker", 1).len(), 1 + 7);
        // "ll" gives one string with either l deleted.
        assert_eq!(keys("сталлкер", 1).len(), 1 + 7);
        // Past the eighth character nothing counts.
        assert_eq!(keys("unbelievable", 2), keys("unbelievXXXX", 2));
        assert!(keys("unbelievable", 2).len() <= 1 + 8 + 28);
    }
}
