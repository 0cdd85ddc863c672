//! Juries: rounds and their rubrics, jurors, declared conflicts, assignments and scores.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundRow {
    pub id: i64,
    pub section_id: i64,
    pub number: u32,
    pub deadline: Option<String>,
    pub blind: bool,
    pub shortlisted: bool,
}

fn round_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RoundRow> {
    Ok(RoundRow {
        id: r.get(0)?,
        section_id: r.get(1)?,
        number: r.get(2)?,
        deadline: r.get(3)?,
        blind: r.get(4)?,
        shortlisted: r.get(5)?,
    })
}

const ROUND: &str = "SELECT id, section_id, number, deadline, blind, shortlisted FROM rounds";

pub fn round(db: &Db<'_>, section_id: i64, number: u32) -> Result<Option<RoundRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!("{ROUND} WHERE section_id = ?1 AND number = ?2"))?
        .query_row(params![section_id, number], round_row)
        .optional()?)
}

pub fn rounds(db: &Db<'_>, section_id: i64) -> Result<Vec<RoundRow>, StoreError> {
    let mut stmt = db
        .sql()
        .prepare_cached(&format!("{ROUND} WHERE section_id = ?1 ORDER BY number"))?;
    let rows = stmt
        .query_map([section_id], round_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Adds a round, or changes its deadline, blindness and whether it takes a shortlist.
pub fn put_round(tx: &Tx<'_>, r: &RoundRow) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO rounds (section_id, number, deadline, blind, shortlisted) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (section_id, number) DO UPDATE SET deadline = excluded.deadline,
             blind = excluded.blind, shortlisted = excluded.shortlisted",
        params![r.section_id, r.number, r.deadline, r.blind, r.shortlisted],
    )?;
    Ok(tx.sql().query_row(
        "SELECT id FROM rounds WHERE section_id = ?1 AND number = ?2",
        params![r.section_id, r.number],
        |row| row.get(0),
    )?)
}

/// Replaces a round's shortlist.
pub fn set_shortlist(tx: &Tx<'_>, round_id: i64, works: &[i64]) -> Result<(), StoreError> {
    tx.sql().execute(
        "DELETE FROM round_shortlist WHERE round_id = ?1",
        [round_id],
    )?;
    for w in works {
        tx.sql().execute(
            "INSERT OR IGNORE INTO round_shortlist (round_id, work_id) VALUES (?1, ?2)",
            params![round_id, w],
        )?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionRow {
    pub id: i64,
    pub key: String,
    /// JSON object of language tag to text.
    pub labels: String,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub weight: f64,
}

/// Adds a criterion at the end of a round's rubric, or changes the one with the same key.
pub fn put_criterion(tx: &Tx<'_>, round_id: i64, c: &CriterionRow) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO rubric_criteria (round_id, key, position, labels, min, max, step, weight)
         VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM rubric_criteria WHERE round_id = ?1),
                 ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (round_id, key) DO UPDATE SET labels = excluded.labels, min = excluded.min,
             max = excluded.max, step = excluded.step, weight = excluded.weight",
        params![round_id, c.key, c.labels, c.min, c.max, c.step, c.weight],
    )?;
    Ok(tx.sql().query_row(
        "SELECT id FROM rubric_criteria WHERE round_id = ?1 AND key = ?2",
        params![round_id, c.key],
        |r| r.get(0),
    )?)
}

pub fn criteria(db: &Db<'_>, round_id: i64) -> Result<Vec<CriterionRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT id, key, labels, min, max, step, weight FROM rubric_criteria
         WHERE round_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([round_id], |r| {
            Ok(CriterionRow {
                id: r.get(0)?,
                key: r.get(1)?,
                labels: r.get(2)?,
                min: r.get(3)?,
                max: r.get(4)?,
                step: r.get(5)?,
                weight: r.get(6)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JurorRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// JSON array of {lang, text}.
    pub names: String,
    /// JSON array of language tags.
    pub languages: String,
    pub country: Option<String>,
    pub member: Option<String>,
    pub company: Option<String>,
    pub fingerprint: Option<String>,
    pub card: Option<Vec<u8>>,
}

/// Adds a juror, or changes the one with this email (its card stays unless one is given);
/// its id.
pub fn put_juror(tx: &Tx<'_>, j: &JurorRow) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO jurors (email, name, names, languages, country, member, company, fingerprint, card)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (email) DO UPDATE SET name = excluded.name, names = excluded.names,
             languages = excluded.languages, country = excluded.country, member = excluded.member,
             company = excluded.company,
             fingerprint = coalesce(excluded.fingerprint, fingerprint),
             card = coalesce(excluded.card, card)",
        params![
            j.email,
            j.name,
            j.names,
            j.languages,
            j.country,
            j.member,
            j.company,
            j.fingerprint,
            j.card
        ],
    )?;
    Ok(tx
        .sql()
        .query_row("SELECT id FROM jurors WHERE email = ?1", [&j.email], |r| {
            r.get(0)
        })?)
}

const JUROR: &str =
    "SELECT id, email, name, names, languages, country, member, company, fingerprint, card FROM jurors";

fn juror_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<JurorRow> {
    Ok(JurorRow {
        id: r.get(0)?,
        email: r.get(1)?,
        name: r.get(2)?,
        names: r.get(3)?,
        languages: r.get(4)?,
        country: r.get(5)?,
        member: r.get(6)?,
        company: r.get(7)?,
        fingerprint: r.get(8)?,
        card: r.get(9)?,
    })
}

pub fn juror(db: &Db<'_>, email: &str) -> Result<Option<JurorRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!("{JUROR} WHERE email = ?1 COLLATE NOCASE"))?
        .query_row([email], juror_row)
        .optional()?)
}

/// The jurors seated on a section's jury, or, when none is seated, every juror.
pub fn jurors_of(db: &Db<'_>, section_id: i64) -> Result<Vec<JurorRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(&format!(
        "{JUROR} WHERE NOT EXISTS (SELECT 1 FROM section_jurors WHERE section_id = ?1)
            OR id IN (SELECT juror_id FROM section_jurors WHERE section_id = ?1)
         ORDER BY email"
    ))?;
    let rows = stmt
        .query_map([section_id], juror_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn seat(tx: &Tx<'_>, section_id: i64, juror_id: i64) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT OR IGNORE INTO section_jurors (section_id, juror_id) VALUES (?1, ?2)",
        params![section_id, juror_id],
    )?;
    Ok(())
}

/// A conflict declared: exactly one of work, person, member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictRow {
    pub id: i64,
    pub juror_id: i64,
    pub work_id: Option<i64>,
    pub person: Option<String>,
    pub member: Option<String>,
    pub reason: Option<String>,
}

pub fn add_conflict(
    tx: &Tx<'_>,
    juror_id: i64,
    work_id: Option<i64>,
    person_id: Option<i64>,
    member: Option<&str>,
    reason: Option<&str>,
    at: i64,
) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO conflicts (juror_id, work_id, person_id, member, reason, declared_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![juror_id, work_id, person_id, member, reason, at],
    )?;
    Ok(tx.sql().last_insert_rowid())
}

/// Every declared conflict.
pub fn conflicts(db: &Db<'_>) -> Result<Vec<ConflictRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT c.id, c.juror_id, c.work_id, p.name, c.member, c.reason
         FROM conflicts c LEFT JOIN people p ON p.id = c.person_id ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(ConflictRow {
                id: r.get(0)?,
                juror_id: r.get(1)?,
                work_id: r.get(2)?,
                person: r.get(3)?,
                member: r.get(4)?,
                reason: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// A person by exact name, as credited.
pub fn person_id(db: &Db<'_>, name: &str) -> Result<Option<i64>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT id FROM people WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// An entry of a round, with what conflicts and language preferences are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRow {
    pub work_id: i64,
    /// The work's spoken languages.
    pub languages: Vec<String>,
    /// (role, name) of every credit.
    pub credits: Vec<(String, String)>,
    /// Members that recommended the work here.
    pub recommended_by: Vec<String>,
    /// Values of the work's fields whose name speaks of a company or of subtitles.
    pub fields: Vec<(String, String)>,
}

/// A round's entries: its shortlist, or for a round that takes none, the section's
/// submissions that are neither disqualified nor withdrawn.
pub fn entries(db: &Db<'_>, round: &RoundRow) -> Result<Vec<EntryRow>, StoreError> {
    entries_where(db, round, None)
}

/// How many entries a round has.
pub fn entry_count(db: &Db<'_>, round: &RoundRow) -> Result<u64, StoreError> {
    let sql = if round.shortlisted {
        "SELECT count(*) FROM round_shortlist WHERE round_id = ?1 AND ?2 IS NOT NULL"
    } else {
        "SELECT count(*) FROM submissions WHERE section_id = ?2 AND ?1 IS NOT NULL
           AND submission_status NOT IN ('disqualified', 'withdrawn')"
    };
    Ok(db
        .sql()
        .prepare_cached(sql)?
        .query_row(params![round.id, round.section_id], |r| r.get::<_, i64>(0))? as u64)
}

/// One entry of a round, if the work is one.
pub fn entry(db: &Db<'_>, round: &RoundRow, work_id: i64) -> Result<Option<EntryRow>, StoreError> {
    Ok(entries_where(db, round, Some(work_id))?.pop())
}

fn entries_where(
    db: &Db<'_>,
    round: &RoundRow,
    work: Option<i64>,
) -> Result<Vec<EntryRow>, StoreError> {
    let source = if round.shortlisted {
        "SELECT work_id FROM round_shortlist WHERE round_id = ?1 AND ?2 IS NOT NULL"
    } else {
        "SELECT work_id FROM submissions WHERE section_id = ?2
           AND submission_status NOT IN ('disqualified', 'withdrawn')"
    };
    let mut stmt = db.sql().prepare_cached(&format!(
        "SELECT w.id,
            (SELECT json_group_array(lang ORDER BY position) FROM work_languages WHERE work_id = w.id),
            (SELECT json_group_array(json_array(c.role, p.name)) FROM credits c
               JOIN people p ON p.id = c.person_id WHERE c.work_id = w.id),
            (SELECT json_group_array(DISTINCT from_member) FROM recommendations
               WHERE work_id = w.id AND direction = 'incoming'),
            (SELECT json_group_array(json_array(name, value)) FROM work_fields
               WHERE work_id = w.id AND (name LIKE '%compan%' OR name LIKE '%subtitle%'))
         FROM works w WHERE w.id IN ({source}) AND (?3 IS NULL OR w.id = ?3) ORDER BY w.id"
    ))?;
    let rows = stmt
        .query_map(params![round.id, round.section_id, work], |r| {
            let json = |i: usize| -> rusqlite::Result<String> { r.get(i) };
            Ok(EntryRow {
                work_id: r.get(0)?,
                languages: serde_json::from_str(&json(1)?).unwrap_or_default(),
                credits: serde_json::from_str(&json(2)?).unwrap_or_default(),
                recommended_by: serde_json::from_str(&json(3)?).unwrap_or_default(),
                fields: serde_json::from_str(&json(4)?).unwrap_or_default(),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// (juror id, work id, source) of a round's assignments.
pub fn assignments(db: &Db<'_>, round_id: i64) -> Result<Vec<(i64, i64, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT juror_id, work_id, source FROM assignments WHERE round_id = ?1 ORDER BY juror_id, work_id",
    )?;
    let rows = stmt
        .query_map([round_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Assigns a pair; false when it was assigned already.
pub fn assign(
    tx: &Tx<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
    source: &str,
    at: i64,
) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "INSERT OR IGNORE INTO assignments (round_id, juror_id, work_id, source, assigned_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![round_id, juror_id, work_id, source, at],
    )? == 1)
}

/// Removes a pair with its scores; false when it was not assigned.
pub fn unassign(
    tx: &Tx<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "DELETE FROM assignments WHERE round_id = ?1 AND juror_id = ?2 AND work_id = ?3",
        params![round_id, juror_id, work_id],
    )? == 1)
}

/// Sets a score; what it was before (`None`: new).
pub fn set_score(
    tx: &Tx<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
    criterion_id: i64,
    value: f64,
    at: i64,
) -> Result<Option<f64>, StoreError> {
    let before: Option<f64> = tx
        .sql()
        .prepare_cached(
            "SELECT value FROM scores WHERE round_id = ?1 AND juror_id = ?2 AND work_id = ?3 AND criterion_id = ?4",
        )?
        .query_row(params![round_id, juror_id, work_id, criterion_id], |r| r.get(0))
        .optional()?;
    tx.sql()
        .prepare_cached(
            "INSERT INTO scores (round_id, juror_id, work_id, criterion_id, value, scored_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (round_id, juror_id, work_id, criterion_id)
             DO UPDATE SET value = excluded.value, scored_at = excluded.scored_at",
        )?
        .execute(params![
            round_id,
            juror_id,
            work_id,
            criterion_id,
            value,
            at
        ])?;
    Ok(before)
}

pub fn set_comment(
    tx: &Tx<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
    comment: &str,
    at: i64,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO score_comments (round_id, juror_id, work_id, comment, scored_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (round_id, juror_id, work_id) DO UPDATE SET comment = excluded.comment, scored_at = excluded.scored_at",
        params![round_id, juror_id, work_id, comment, at],
    )?;
    Ok(())
}

/// (juror id, work id, criterion id, value) of a round's scores.
pub fn scores(db: &Db<'_>, round_id: i64) -> Result<Vec<(i64, i64, i64, f64)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT juror_id, work_id, criterion_id, value FROM scores WHERE round_id = ?1",
    )?;
    let rows = stmt
        .query_map([round_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// A juror's email by id.
pub fn juror_email(db: &Db<'_>, id: i64) -> Result<Option<String>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT email FROM jurors WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Whether the juror sits on the section's jury (every juror does where none is seated).
pub fn on_jury(db: &Db<'_>, section_id: i64, juror_id: i64) -> Result<bool, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM section_jurors WHERE section_id = ?1)
             OR EXISTS (SELECT 1 FROM section_jurors WHERE section_id = ?1 AND juror_id = ?2)",
        )?
        .query_row(params![section_id, juror_id], |r| r.get(0))?)
}

/// Whether a pair is assigned in a round.
pub fn is_assigned(
    db: &Db<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
) -> Result<bool, StoreError> {
    Ok(db.sql().prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM assignments WHERE round_id = ?1 AND juror_id = ?2 AND work_id = ?3)",
    )?
    .query_row(params![round_id, juror_id, work_id], |r| r.get(0))?)
}

/// A juror's declared conflicts.
pub fn conflicts_of(db: &Db<'_>, juror_id: i64) -> Result<Vec<ConflictRow>, StoreError> {
    Ok(conflicts(db)?
        .into_iter()
        .filter(|c| c.juror_id == juror_id)
        .collect())
}

/// The juror whose card has this fingerprint.
pub fn juror_by_fingerprint(
    db: &Db<'_>,
    fingerprint: &str,
) -> Result<Option<JurorRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!("{JUROR} WHERE fingerprint = ?1"))?
        .query_row([fingerprint], juror_row)
        .optional()?)
}

/// Every round a juror has assignments in: (round, edition slug, section slug).
pub fn rounds_of_juror(
    db: &Db<'_>,
    juror_id: i64,
) -> Result<Vec<(RoundRow, String, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT r.id, r.section_id, r.number, r.deadline, r.blind, r.shortlisted, e.slug, s.slug
         FROM rounds r JOIN sections s ON s.id = r.section_id JOIN editions e ON e.id = s.edition_id
         WHERE r.id IN (SELECT round_id FROM assignments WHERE juror_id = ?1) ORDER BY r.id",
    )?;
    let rows = stmt
        .query_map([juror_id], |r| Ok((round_row(r)?, r.get(6)?, r.get(7)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// A score with when it was set: (work id, criterion key, value, scored_at).
pub type TimedScore = (i64, String, f64, i64);

/// A juror's scores in a round, with when each was set.
pub fn scores_of(db: &Db<'_>, round_id: i64, juror_id: i64) -> Result<Vec<TimedScore>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT s.work_id, c.key, s.value, s.scored_at FROM scores s
         JOIN rubric_criteria c ON c.id = s.criterion_id
         WHERE s.round_id = ?1 AND s.juror_id = ?2 ORDER BY s.work_id, c.position",
    )?;
    let rows = stmt
        .query_map(params![round_id, juror_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// A juror's comments in a round: (work id, comment, scored_at).
pub fn comments_of(
    db: &Db<'_>,
    round_id: i64,
    juror_id: i64,
) -> Result<Vec<(i64, String, i64)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT work_id, comment, scored_at FROM score_comments WHERE round_id = ?1 AND juror_id = ?2",
    )?;
    let rows = stmt
        .query_map(params![round_id, juror_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Sets a score only when it is newer than the one stored (or, set at the same moment,
/// larger, so any order of merging comes to the same); whether it changed anything.
pub fn set_score_if_newer(
    tx: &Tx<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
    criterion_id: i64,
    value: f64,
    at: i64,
) -> Result<bool, StoreError> {
    Ok(tx
        .sql()
        .prepare_cached(
            "INSERT INTO scores (round_id, juror_id, work_id, criterion_id, value, scored_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (round_id, juror_id, work_id, criterion_id) DO UPDATE
           SET value = excluded.value, scored_at = excluded.scored_at
           WHERE excluded.scored_at > scores.scored_at
              OR (excluded.scored_at = scores.scored_at AND excluded.value > scores.value)",
        )?
        .execute(params![
            round_id,
            juror_id,
            work_id,
            criterion_id,
            value,
            at
        ])?
        == 1)
}

/// The same for a comment (ties broken by the text).
pub fn set_comment_if_newer(
    tx: &Tx<'_>,
    round_id: i64,
    juror_id: i64,
    work_id: i64,
    comment: &str,
    at: i64,
) -> Result<bool, StoreError> {
    Ok(tx.sql().prepare_cached(
        "INSERT INTO score_comments (round_id, juror_id, work_id, comment, scored_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (round_id, juror_id, work_id) DO UPDATE
           SET comment = excluded.comment, scored_at = excluded.scored_at
           WHERE excluded.scored_at > score_comments.scored_at
              OR (excluded.scored_at = score_comments.scored_at AND excluded.comment > score_comments.comment)",
    )?
    .execute(params![round_id, juror_id, work_id, comment, at])? == 1)
}

/// Whether a sheet was merged already; records it when not.
pub fn note_sheet(
    tx: &Tx<'_>,
    hash: &str,
    juror_id: i64,
    scores: u64,
    at: i64,
) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "INSERT OR IGNORE INTO merged_sheets (hash, juror_id, scores, merged_at) VALUES (?1, ?2, ?3, ?4)",
        params![hash, juror_id, scores as i64, at],
    )? == 1)
}

/// Records a packet opened on a juror's laptop, with its works' mapping.
pub fn put_packet(
    tx: &Tx<'_>,
    uid: &str,
    chair: &str,
    juror_email: &str,
    works: &[(i64, i64)],
    at: i64,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO jury_packets (uid, chair, juror_email, opened_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (uid) DO UPDATE SET opened_at = excluded.opened_at",
        params![uid, chair, juror_email, at],
    )?;
    for (chair_work, work) in works {
        tx.sql().execute(
            "INSERT OR REPLACE INTO packet_works (uid, chair_work_id, work_id) VALUES (?1, ?2, ?3)",
            params![uid, chair_work, work],
        )?;
    }
    Ok(())
}

/// The packets opened here: (uid, chair fingerprint, juror email).
pub fn packets(db: &Db<'_>) -> Result<Vec<(String, String, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT uid, chair, juror_email FROM jury_packets ORDER BY opened_at, uid",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// This copy's work for a chair's work, by packet.
pub fn packet_work(db: &Db<'_>, uid: &str, chair_work: i64) -> Result<Option<i64>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT work_id FROM packet_works WHERE uid = ?1 AND chair_work_id = ?2")?
        .query_row(params![uid, chair_work], |r| r.get(0))
        .optional()?)
}

/// The chair's work for this copy's, by packet.
pub fn chair_work(db: &Db<'_>, uid: &str, work: i64) -> Result<Option<i64>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT chair_work_id FROM packet_works WHERE uid = ?1 AND work_id = ?2")?
        .query_row(params![uid, work], |r| r.get(0))
        .optional()?)
}

/// An award category of an edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardRow {
    pub id: i64,
    pub edition_id: i64,
    pub key: String,
    /// JSON object of language tag to text.
    pub labels: String,
    pub exclusive: bool,
    pub absolute_rounds: u32,
}

pub fn put_award(tx: &Tx<'_>, a: &AwardRow) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO award_categories (edition_id, key, labels, exclusive, absolute_rounds) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (edition_id, key) DO UPDATE SET labels = excluded.labels, exclusive = excluded.exclusive,
             absolute_rounds = excluded.absolute_rounds",
        params![a.edition_id, a.key, a.labels, a.exclusive, a.absolute_rounds],
    )?;
    Ok(tx.sql().query_row(
        "SELECT id FROM award_categories WHERE edition_id = ?1 AND key = ?2",
        params![a.edition_id, a.key],
        |r| r.get(0),
    )?)
}

pub fn awards(db: &Db<'_>, edition_id: i64) -> Result<Vec<AwardRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT id, edition_id, key, labels, exclusive, absolute_rounds FROM award_categories
         WHERE edition_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([edition_id], |r| {
            Ok(AwardRow {
                id: r.get(0)?,
                edition_id: r.get(1)?,
                key: r.get(2)?,
                labels: r.get(3)?,
                exclusive: r.get(4)?,
                absolute_rounds: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Records a vote; false when the voter voted in that round already.
pub fn vote(
    tx: &Tx<'_>,
    category_id: i64,
    round: u32,
    voter: &str,
    work_id: i64,
) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "INSERT OR IGNORE INTO ballot_votes (category_id, round, voter, work_id) VALUES (?1, ?2, ?3, ?4)",
        params![category_id, round, voter, work_id],
    )? == 1)
}

/// The works voted for in a round, one per vote.
pub fn votes(db: &Db<'_>, category_id: i64, round: u32) -> Result<Vec<i64>, StoreError> {
    let mut stmt = db
        .sql()
        .prepare_cached("SELECT work_id FROM ballot_votes WHERE category_id = ?1 AND round = ?2")?;
    let rows = stmt
        .query_map(params![category_id, round], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Records a winner with the round and votes that made it.
pub fn add_winner(
    tx: &Tx<'_>,
    category_id: i64,
    work_id: i64,
    round: u32,
    votes: u32,
    cast: u32,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT OR REPLACE INTO award_winners (category_id, work_id, round, votes, cast_votes) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![category_id, work_id, round, votes, cast],
    )?;
    Ok(())
}

/// (work, round, votes, cast) of a category's winners.
pub fn winners(db: &Db<'_>, category_id: i64) -> Result<Vec<(i64, u32, u32, u32)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT work_id, round, votes, cast_votes FROM award_winners WHERE category_id = ?1 ORDER BY round, work_id",
    )?;
    let rows = stmt
        .query_map([category_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Whether a work already won an exclusive award of the edition other than `category_id`.
pub fn won_exclusive_elsewhere(
    db: &Db<'_>,
    edition_id: i64,
    category_id: i64,
    work_id: i64,
) -> Result<bool, StoreError> {
    Ok(db.sql().prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM award_winners w JOIN award_categories c ON c.id = w.category_id
           WHERE c.edition_id = ?1 AND c.id <> ?2 AND c.exclusive = 1 AND w.work_id = ?3)",
    )?
    .query_row(params![edition_id, category_id, work_id], |r| r.get(0))?)
}
