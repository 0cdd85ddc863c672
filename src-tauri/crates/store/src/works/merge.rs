//! Folding one work into another when they turn out to be the same. It touches every
//! table that refers to a work, with rules of its own for texts, fields, submissions and
//! dismissed pairs, so it stands apart from the queries of any one table.

use crate::{StoreError, Tx};
use rusqlite::params;

/// Folds the work `other` into `keep`: every text in a language `keep` lacks, every
/// credit, identifier, country, language, genre, field, image and submission, and its
/// history in the audit log; then deletes `other`. Returns the texts that could not move
/// under their own language because `keep` already has that field in that language,
/// worded differently, as (field, lang, text); they are kept under a private use tag.
pub fn merge_into(
    tx: &Tx<'_>,
    keep: i64,
    other: i64,
) -> Result<Vec<(String, String, String)>, StoreError> {
    let mut stmt = tx.sql().prepare(
        "SELECT o.field, o.lang, o.text FROM work_texts o JOIN work_texts k
           ON k.work_id = ?1 AND k.field = o.field AND k.lang = o.lang
         WHERE o.work_id = ?2 AND o.text <> k.text",
    )?;
    let kept_apart: Vec<(String, String, String)> = stmt
        .query_map(params![keep, other], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    drop(stmt);
    // A text in a language `keep` already has, worded differently, moves under a private
    // use tag naming where it came from (`en-x-w502`), so no wording is lost.
    tx.sql().execute(
        "UPDATE work_texts SET lang = lang || '-x-w' || ?2, is_original = 0
         WHERE work_id = ?2 AND instr(lang, '-x-') = 0 AND EXISTS (
           SELECT 1 FROM work_texts k WHERE k.work_id = ?1 AND k.field = work_texts.field
             AND k.lang = work_texts.lang AND k.text <> work_texts.text)",
        params![keep, other],
    )?;
    // A moved text stays original only when `keep` has no original of that field.
    tx.sql().execute(
        "UPDATE work_texts SET is_original = 0 WHERE work_id = ?2 AND is_original = 1
           AND EXISTS (SELECT 1 FROM work_texts k WHERE k.work_id = ?1 AND k.field = work_texts.field
                       AND k.is_original = 1)",
        params![keep, other],
    )?;
    let offset: i64 = tx.sql().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM work_fields WHERE work_id = ?1",
        [keep],
        |r| r.get(0),
    )?;
    tx.sql().execute(
        "UPDATE work_fields SET position = position + ?2 + 1000000 WHERE work_id = ?1",
        params![other, offset],
    )?;
    tx.sql().execute(
        "UPDATE work_fields SET position = position - 1000000 WHERE work_id = ?1",
        [other],
    )?;
    // Where both were entered in the same section, a judgement made on the other entry
    // is not lost to an undecided one.
    tx.sql().execute(
        "UPDATE submissions SET (submission_status, judging_status, judging_label_id) =
           (SELECT o.submission_status, o.judging_status, o.judging_label_id FROM submissions o
            WHERE o.work_id = ?2 AND o.section_id = submissions.section_id)
         WHERE work_id = ?1 AND judging_status = 'undecided' AND EXISTS (
           SELECT 1 FROM submissions o WHERE o.work_id = ?2
             AND o.section_id = submissions.section_id AND o.judging_status <> 'undecided')",
        params![keep, other],
    )?;
    // Pairs dismissed with the other work stay dismissed with the work kept.
    tx.sql().execute(
        "INSERT OR IGNORE INTO duplicate_dismissals (a, b, at, actor)
         SELECT min(?1, x), max(?1, x), at, actor FROM (
           SELECT CASE WHEN a = ?2 THEN b ELSE a END AS x, at, actor
           FROM duplicate_dismissals WHERE a = ?2 OR b = ?2)
         WHERE x <> ?1",
        params![keep, other],
    )?;
    // Every other table that refers to a work, as the schema says: a table added later
    // moves too. A row `keep` already has the like of stays with `other` and goes with it.
    for link in tx.work_links()? {
        let table = link.table.as_str();
        if crate::links::DERIVED.contains(&table) || crate::links::OWN_MERGE_RULE.contains(&table) {
            continue;
        }
        tx.sql().execute(
            &format!(
                "UPDATE OR IGNORE {table} SET {col} = ?1 WHERE {col} = ?2",
                col = link.column
            ),
            params![keep, other],
        )?;
    }
    tx.sql().execute(
        "UPDATE audit_log SET entity_id = ?1 WHERE entity = 'work' AND entity_id = ?2",
        params![keep, other],
    )?;
    tx.sql().execute(
        "UPDATE works SET
           year = coalesce(year, (SELECT year FROM works WHERE id = ?2)),
           runtime_seconds = coalesce(runtime_seconds, (SELECT runtime_seconds FROM works WHERE id = ?2))
         WHERE id = ?1",
        params![keep, other],
    )?;
    // Taken out of the index through the index, so the words only it used are counted out.
    crate::search::remove(tx, other)?;
    tx.sql()
        .execute("DELETE FROM works WHERE id = ?1", [other])?;
    Ok(kept_apart)
}
