//! Submissions: a work entered in an edition's section, with its two statuses; the
//! table of an edition's entries ([`table`]) and changes of many statuses at once
//! ([`changes`]).

pub mod changes;
pub mod table;

use crate::{Db, StoreError, Tx};
use caravan_domain::{JudgingStatus, SubmissionStatus};
use rusqlite::params;

/// Adds a judging label to an edition, or renames it; returns its id.
pub fn upsert_label(
    tx: &Tx<'_>,
    edition_id: i64,
    slug: &str,
    name: &str,
) -> Result<i64, StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO judging_labels (edition_id, slug, name) VALUES (?1, ?2, ?3)
         ON CONFLICT (edition_id, slug) DO UPDATE SET name = excluded.name",
        )?
        .execute(params![edition_id, slug, name])?;
    Ok(tx
        .sql()
        .prepare_cached("SELECT id FROM judging_labels WHERE edition_id = ?1 AND slug = ?2")?
        .query_row(params![edition_id, slug], |r| r.get(0))?)
}

/// A submission as it is entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSubmission<'a> {
    pub work_id: i64,
    pub section_id: i64,
    pub source: &'a str,
    pub status: SubmissionStatus,
    pub judging: JudgingStatus,
    pub submitted_at: Option<i64>,
}

/// Enters a work in a section, or updates the statuses of the existing entry. A
/// judging label must exist in the section's edition.
///
/// The statuses a file gives are remembered with the entry. When a later file gives the
/// same statuses again, the entry keeps the ones it has now, so a curator's decision made
/// since survives re-importing a file that changed something else; a file that says
/// something new wins.
pub fn upsert(tx: &Tx<'_>, s: &NewSubmission<'_>, now: i64) -> Result<i64, StoreError> {
    let label_id: Option<i64> = match &s.judging {
        JudgingStatus::Label(slug) => Some(
            tx.sql().prepare_cached(
                "SELECT l.id FROM judging_labels l JOIN sections sc ON sc.edition_id = l.edition_id
             WHERE sc.id = ?1 AND l.slug = ?2",
            )?
            .query_row(params![s.section_id, slug], |r| r.get(0))?,
        ),
        _ => None,
    };
    tx.sql().prepare_cached(
        "INSERT INTO submissions (work_id, section_id, source, submission_status, judging_status,
                                  judging_label_id, submitted_at, created_at, updated_at,
                                  imported_state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
         ON CONFLICT (work_id, section_id) DO UPDATE SET
             submission_status = CASE WHEN imported_state IS excluded.imported_state
                 THEN submission_status ELSE excluded.submission_status END,
             judging_status = CASE WHEN imported_state IS excluded.imported_state
                 THEN judging_status ELSE excluded.judging_status END,
             judging_label_id = CASE WHEN imported_state IS excluded.imported_state
                 THEN judging_label_id ELSE excluded.judging_label_id END,
             imported_state = excluded.imported_state,
             updated_at = excluded.updated_at",
    )?
    .execute(params![
        s.work_id,
        s.section_id,
        s.source,
        s.status.as_str(),
        s.judging.as_str(),
        label_id,
        s.submitted_at,
        now,
        format!(
            "{}|{}|{}",
            s.status.as_str(),
            s.judging.as_str(),
            label_id.map(|l| l.to_string()).unwrap_or_default()
        )
    ])?;
    Ok(tx
        .sql()
        .prepare_cached("SELECT id FROM submissions WHERE work_id = ?1 AND section_id = ?2")?
        .query_row(params![s.work_id, s.section_id], |r| r.get(0))?)
}

/// Removes the work's entries from a source in an edition's sections other than `keep`.
pub fn remove_other_sections(
    tx: &Tx<'_>,
    work_id: i64,
    edition_id: i64,
    source: &str,
    keep: &[i64],
) -> Result<(), StoreError> {
    let mut stmt = tx.sql().prepare_cached(
        "SELECT s.id, s.section_id FROM submissions s JOIN sections sc ON sc.id = s.section_id
         WHERE s.work_id = ?1 AND sc.edition_id = ?2 AND s.source = ?3",
    )?;
    let found: Vec<(i64, i64)> = stmt
        .query_map(params![work_id, edition_id, source], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    for (id, section) in found {
        if !keep.contains(&section) {
            tx.sql()
                .execute("DELETE FROM submissions WHERE id = ?1", [id])?;
        }
    }
    Ok(())
}

/// Records that a curator says two works are not the same.
pub fn dismiss_pair(tx: &Tx<'_>, a: i64, b: i64, at: i64, actor: &str) -> Result<(), StoreError> {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    tx.sql().execute(
        "INSERT OR IGNORE INTO duplicate_dismissals (a, b, at, actor) VALUES (?1, ?2, ?3, ?4)",
        params![a, b, at, actor],
    )?;
    Ok(())
}

/// Every dismissed pair, smaller id first.
pub fn dismissed_pairs(conn: &Db<'_>) -> Result<std::collections::HashSet<(i64, i64)>, StoreError> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT a, b FROM duplicate_dismissals")?;
    let pairs = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(pairs)
}

/// Sets the administrative status of every entry of a work, as when a status a file
/// wrote in its own words is said to mean one Caravan knows.
pub fn set_status_of_work(
    tx: &Tx<'_>,
    work_id: i64,
    status: &str,
    now: i64,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "UPDATE submissions SET submission_status = ?2, updated_at = ?3 WHERE work_id = ?1",
        )?
        .execute(params![work_id, status, now])?;
    Ok(())
}
