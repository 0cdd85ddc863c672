//! Status changes in bulk — the selected rows, or every row a filter keeps — recorded
//! with what each submission was before, so the change can be undone whole, even when it
//! touched 100,000 entries that no one ever held in memory.

use super::table::{ids_sql, Filter};
use crate::{StoreError, Tx};
use caravan_domain::{JudgingStatus, SubmissionStatus};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

/// Which submissions a change is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Targets<'a> {
    Ids(&'a [i64]),
    Filter(&'a Filter),
}

/// The ids among `ids` that name no submission.
pub fn missing(tx: &Tx<'_>, ids: &[i64]) -> Result<Vec<i64>, StoreError> {
    let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned());
    let mut stmt = tx.sql().prepare_cached(
        "SELECT DISTINCT value FROM json_each(?1)
         WHERE value NOT IN (SELECT id FROM submissions) ORDER BY key",
    )?;
    let rows = stmt
        .query_map([list], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Starts a change: records it and what every target is now. Returns its id and how
/// many submissions it is for.
pub fn begin(
    tx: &Tx<'_>,
    targets: &Targets<'_>,
    at: i64,
    actor: &str,
) -> Result<(i64, u64), StoreError> {
    tx.sql().execute(
        "INSERT INTO status_changes (at, actor) VALUES (?1, ?2)",
        params![at, actor],
    )?;
    let change = tx.sql().last_insert_rowid();
    let mut params = vec![Value::Integer(change)];
    let ids = match targets {
        Targets::Ids(ids) => {
            params.push(Value::Text(
                serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned()),
            ));
            "SELECT value FROM json_each(?2)".to_owned()
        }
        Targets::Filter(filter) => ids_sql(filter, &mut params),
    };
    let n = tx.sql().execute(
        &format!(
            "INSERT OR IGNORE INTO status_change_rows
               (change_id, submission_id, submission_status, judging_status, judging_label_id)
             SELECT ?1, id, submission_status, judging_status, judging_label_id FROM submissions
             WHERE id IN ({ids})"
        ),
        params_from_iter(params),
    )?;
    Ok((change, n as u64))
}

/// How many targets of a change are in an edition without the judging label `slug`.
pub fn lacking_label(tx: &Tx<'_>, change: i64, slug: &str) -> Result<u64, StoreError> {
    let n: i64 = tx.sql().query_row(
        "SELECT count(*) FROM status_change_rows r JOIN submissions s ON s.id = r.submission_id
         JOIN sections sc ON sc.id = s.section_id
         WHERE r.change_id = ?1 AND NOT EXISTS (
           SELECT 1 FROM judging_labels l WHERE l.edition_id = sc.edition_id AND l.slug = ?2)",
        params![change, slug],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}

/// Sets the statuses a change is for on every one of its targets.
pub fn apply(
    tx: &Tx<'_>,
    change: i64,
    status: Option<SubmissionStatus>,
    judging: Option<&JudgingStatus>,
    now: i64,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "UPDATE submissions SET
           submission_status = coalesce(?2, submission_status),
           judging_status = coalesce(?3, judging_status),
           judging_label_id = CASE WHEN ?3 IS NULL THEN judging_label_id
             WHEN ?3 = 'label' THEN (SELECT l.id FROM judging_labels l JOIN sections sc
               ON sc.edition_id = l.edition_id WHERE sc.id = submissions.section_id AND l.slug = ?4)
             ELSE NULL END,
           updated_at = ?5
         WHERE id IN (SELECT submission_id FROM status_change_rows WHERE change_id = ?1)",
        params![
            change,
            status.map(|s| s.as_str()),
            judging.map(|j| j.as_str()),
            judging.and_then(|j| j.label()),
            now
        ],
    )?;
    Ok(())
}

/// Whether a change exists, and when it was undone if it was.
pub fn state(tx: &Tx<'_>, change: i64) -> Result<Option<Option<i64>>, StoreError> {
    Ok(tx
        .sql()
        .query_row(
            "SELECT undone_at FROM status_changes WHERE id = ?1",
            [change],
            |r| r.get(0),
        )
        .optional()?)
}

/// Puts every submission a change touched back as it was before; returns how many.
pub fn undo(tx: &Tx<'_>, change: i64, now: i64) -> Result<u64, StoreError> {
    let n = tx.sql().execute(
        "UPDATE submissions SET (submission_status, judging_status, judging_label_id) =
           (SELECT r.submission_status, r.judging_status, r.judging_label_id
            FROM status_change_rows r WHERE r.change_id = ?1 AND r.submission_id = submissions.id),
           updated_at = ?2
         WHERE id IN (SELECT submission_id FROM status_change_rows WHERE change_id = ?1)",
        params![change, now],
    )?;
    tx.sql().execute(
        "UPDATE status_changes SET undone_at = ?2 WHERE id = ?1",
        params![change, now],
    )?;
    Ok(n as u64)
}
