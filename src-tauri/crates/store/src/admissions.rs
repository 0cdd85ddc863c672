//! Admissions: an alliance's criteria, applications with their evidence and sponsors,
//! and the decision recorded on each.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

/// A criterion; `texts` is a JSON object of language tag to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionRow {
    pub id: i64,
    pub key: String,
    pub texts: String,
}

/// Adds a criterion at the end of the alliance's list, or changes the texts of the one
/// with the same key. Returns its id.
pub fn put_criterion(
    tx: &Tx<'_>,
    alliance_id: i64,
    key: &str,
    texts: &str,
) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO admission_criteria (alliance_id, key, position, texts)
         VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM admission_criteria
                          WHERE alliance_id = ?1), ?3)
         ON CONFLICT (alliance_id, key) DO UPDATE SET texts = excluded.texts",
        params![alliance_id, key, texts],
    )?;
    Ok(tx.sql().query_row(
        "SELECT id FROM admission_criteria WHERE alliance_id = ?1 AND key = ?2",
        params![alliance_id, key],
        |r| r.get(0),
    )?)
}

/// Removes the alliance's criteria whose keys are not among `keep`.
pub fn retain_criteria(tx: &Tx<'_>, alliance_id: i64, keep: &[String]) -> Result<(), StoreError> {
    let keep = serde_json::to_string(keep).unwrap_or_default();
    tx.sql().execute(
        "DELETE FROM admission_criteria WHERE alliance_id = ?1
           AND key NOT IN (SELECT value FROM json_each(?2))",
        params![alliance_id, keep],
    )?;
    Ok(())
}

/// An alliance's criteria, in order.
pub fn criteria(db: &Db<'_>, alliance_id: i64) -> Result<Vec<CriterionRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT id, key, texts FROM admission_criteria WHERE alliance_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([alliance_id], |r| {
            Ok(CriterionRow {
                id: r.get(0)?,
                key: r.get(1)?,
                texts: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// An application as it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApplication<'a> {
    pub alliance_id: i64,
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub country: &'a str,
    /// JSON array of language tags.
    pub languages: &'a str,
    pub contact: Option<&'a str>,
    pub tier: Option<&'a str>,
    pub applied_at: i64,
}

/// Records an application; `None` when one for the same slug is open already.
pub fn insert_application(tx: &Tx<'_>, a: &NewApplication<'_>) -> Result<Option<i64>, StoreError> {
    let n = tx.sql().execute(
        "INSERT INTO applications (alliance_id, slug, name, kind, country, languages, contact, tier, applied_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (alliance_id, slug) WHERE state = 'open' DO NOTHING",
        params![
            a.alliance_id,
            a.slug,
            a.name,
            a.kind,
            a.country,
            a.languages,
            a.contact,
            a.tier,
            a.applied_at
        ],
    )?;
    Ok((n == 1).then(|| tx.sql().last_insert_rowid()))
}

/// Sets the applicant's evidence for one criterion.
pub fn set_evidence(
    tx: &Tx<'_>,
    application_id: i64,
    criterion_id: i64,
    text: &str,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO application_evidence (application_id, criterion_id, text) VALUES (?1, ?2, ?3)
         ON CONFLICT (application_id, criterion_id) DO UPDATE SET text = excluded.text",
        params![application_id, criterion_id, text],
    )?;
    Ok(())
}

/// Records a member's sponsorship; false when that member sponsors it already.
pub fn add_sponsor(
    tx: &Tx<'_>,
    application_id: i64,
    member_id: i64,
    note: Option<&str>,
    at: i64,
) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "INSERT OR IGNORE INTO application_sponsors (application_id, member_id, note, at)
         VALUES (?1, ?2, ?3, ?4)",
        params![application_id, member_id, note, at],
    )? == 1)
}

/// A decision on an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRow<'a> {
    pub state: &'a str,
    pub on: &'a str,
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
    pub note: Option<&'a str>,
}

/// Records the decision on an open application; false when it was decided already.
pub fn decide(tx: &Tx<'_>, id: i64, d: &DecisionRow<'_>) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "UPDATE applications SET state = ?2, decided_on = ?3, votes_for = ?4, votes_against = ?5,
             votes_abstain = ?6, decision_note = ?7
         WHERE id = ?1 AND state = 'open'",
        params![
            id,
            d.state,
            d.on,
            d.votes_for,
            d.votes_against,
            d.votes_abstain,
            d.note
        ],
    )? == 1)
}

/// An application with what it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRow {
    pub id: i64,
    pub alliance: String,
    pub alliance_id: i64,
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub languages: String,
    pub contact: Option<String>,
    pub tier: Option<String>,
    pub applied_at: i64,
    pub state: String,
    pub decided_on: Option<String>,
    pub votes: Option<(u32, u32, u32)>,
    pub decision_note: Option<String>,
    /// (criterion key, text), in the criteria's order.
    pub evidence: Vec<(String, String)>,
    /// (member slug, note, at), in the order they came.
    pub sponsors: Vec<(String, Option<String>, i64)>,
}

const APPLICATION: &str = "SELECT p.id, a.slug, p.alliance_id, p.slug, p.name, p.kind, p.country,
        p.languages, p.contact, p.tier, p.applied_at, p.state, p.decided_on, p.votes_for,
        p.votes_against, p.votes_abstain, p.decision_note,
        (SELECT json_group_array(json_array(c.key, e.text) ORDER BY c.position, c.id)
         FROM application_evidence e JOIN admission_criteria c ON c.id = e.criterion_id
         WHERE e.application_id = p.id),
        (SELECT json_group_array(json_array(m.slug, s.note, s.at) ORDER BY s.at, m.slug)
         FROM application_sponsors s JOIN members m ON m.id = s.member_id
         WHERE s.application_id = p.id)
    FROM applications p JOIN alliances a ON a.id = p.alliance_id";

fn application_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ApplicationRow> {
    let votes_for: Option<u32> = r.get(13)?;
    let evidence: String = r.get(17)?;
    let sponsors: String = r.get(18)?;
    Ok(ApplicationRow {
        id: r.get(0)?,
        alliance: r.get(1)?,
        alliance_id: r.get(2)?,
        slug: r.get(3)?,
        name: r.get(4)?,
        kind: r.get(5)?,
        country: r.get(6)?,
        languages: r.get(7)?,
        contact: r.get(8)?,
        tier: r.get(9)?,
        applied_at: r.get(10)?,
        state: r.get(11)?,
        decided_on: r.get(12)?,
        votes: match votes_for {
            Some(f) => Some((f, r.get(14)?, r.get(15)?)),
            None => None,
        },
        decision_note: r.get(16)?,
        evidence: serde_json::from_str(&evidence).unwrap_or_default(),
        sponsors: serde_json::from_str(&sponsors).unwrap_or_default(),
    })
}

pub fn application(db: &Db<'_>, id: i64) -> Result<Option<ApplicationRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!("{APPLICATION} WHERE p.id = ?1"))?
        .query_row([id], application_row)
        .optional()?)
}

/// Applications, newest first, to one alliance or all and in one state or any.
pub fn applications(
    db: &Db<'_>,
    alliance: Option<&str>,
    state: Option<&str>,
) -> Result<Vec<ApplicationRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(&format!(
        "{APPLICATION} WHERE (?1 IS NULL OR a.slug = ?1) AND (?2 IS NULL OR p.state = ?2)
         ORDER BY p.applied_at DESC, p.id DESC"
    ))?;
    let rows = stmt
        .query_map(params![alliance, state], application_row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
