//! Submissions: a work entered in an edition's section, with its two statuses.

use crate::StoreError;
use caravan_domain::{JudgingStatus, SubmissionStatus};
use rusqlite::{params, Transaction};

/// Adds a judging label to an edition, or renames it; returns its id.
pub fn upsert_label(
    tx: &Transaction<'_>,
    edition_id: i64,
    slug: &str,
    name: &str,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO judging_labels (edition_id, slug, name) VALUES (?1, ?2, ?3)
         ON CONFLICT (edition_id, slug) DO UPDATE SET name = excluded.name",
        params![edition_id, slug, name],
    )?;
    Ok(tx.query_row(
        "SELECT id FROM judging_labels WHERE edition_id = ?1 AND slug = ?2",
        params![edition_id, slug],
        |r| r.get(0),
    )?)
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
pub fn upsert(tx: &Transaction<'_>, s: &NewSubmission<'_>, now: i64) -> Result<i64, StoreError> {
    let label_id: Option<i64> = match &s.judging {
        JudgingStatus::Label(slug) => Some(tx.query_row(
            "SELECT l.id FROM judging_labels l JOIN sections sc ON sc.edition_id = l.edition_id
             WHERE sc.id = ?1 AND l.slug = ?2",
            params![s.section_id, slug],
            |r| r.get(0),
        )?),
        _ => None,
    };
    tx.execute(
        "INSERT INTO submissions (work_id, section_id, source, submission_status, judging_status,
                                  judging_label_id, submitted_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
         ON CONFLICT (work_id, section_id) DO UPDATE SET
             submission_status = excluded.submission_status,
             judging_status = excluded.judging_status,
             judging_label_id = excluded.judging_label_id,
             updated_at = excluded.updated_at",
        params![
            s.work_id,
            s.section_id,
            s.source,
            s.status.as_str(),
            s.judging.as_str(),
            label_id,
            s.submitted_at,
            now
        ],
    )?;
    Ok(tx.query_row(
        "SELECT id FROM submissions WHERE work_id = ?1 AND section_id = ?2",
        params![s.work_id, s.section_id],
        |r| r.get(0),
    )?)
}
