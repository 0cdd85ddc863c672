//! Recommendations between members, each side's state of them and their history; works'
//! screening rights by territory; the catalogues members published.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

/// A territory's right to screen a work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RightRow {
    /// ISO 3166-1 alpha-2, or `WORLD`.
    pub territory: String,
    pub excluded: bool,
    pub starts: Option<String>,
    pub ends: Option<String>,
}

pub fn rights(db: &Db<'_>, work_id: i64) -> Result<Vec<RightRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT territory, excluded, starts, ends FROM work_rights WHERE work_id = ?1
         ORDER BY territory = 'WORLD' DESC, excluded, territory",
    )?;
    let rows = stmt
        .query_map([work_id], |r| {
            Ok(RightRow {
                territory: r.get(0)?,
                excluded: r.get(1)?,
                starts: r.get(2)?,
                ends: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Replaces a work's rights.
pub fn set_rights(tx: &Tx<'_>, work_id: i64, rows: &[RightRow]) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("DELETE FROM work_rights WHERE work_id = ?1")?
        .execute([work_id])?;
    let mut insert = tx.sql().prepare_cached(
        "INSERT INTO work_rights (work_id, territory, excluded, starts, ends) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for r in rows {
        insert.execute(params![work_id, r.territory, r.excluded, r.starts, r.ends])?;
    }
    Ok(())
}

/// A recommendation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationRow {
    pub id: i64,
    pub uid: String,
    /// `outgoing` or `incoming`.
    pub direction: String,
    /// `work`, `judge` or `guest`.
    pub kind: String,
    pub from_member: String,
    pub work_id: Option<i64>,
    pub title: String,
    /// What travelled, as JSON.
    pub payload: String,
    pub note: Option<String>,
    pub note_lang: Option<String>,
    pub section: Option<String>,
    pub created_at: i64,
}

/// One member's state of a recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateRow {
    pub member: String,
    pub state: String,
    pub reason: Option<String>,
    pub edition: Option<String>,
    pub section: Option<String>,
    pub submission_id: Option<i64>,
    pub updated_at: i64,
}

const COLUMNS: &str =
    "id, uid, direction, kind, from_member, work_id, title, payload, note, note_lang, section, created_at";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RecommendationRow> {
    Ok(RecommendationRow {
        id: r.get(0)?,
        uid: r.get(1)?,
        direction: r.get(2)?,
        kind: r.get(3)?,
        from_member: r.get(4)?,
        work_id: r.get(5)?,
        title: r.get(6)?,
        payload: r.get(7)?,
        note: r.get(8)?,
        note_lang: r.get(9)?,
        section: r.get(10)?,
        created_at: r.get(11)?,
    })
}

/// Stores a recommendation with the first state of each member it concerns.
pub fn add(
    tx: &Tx<'_>,
    rec: &RecommendationRow,
    members: &[String],
    state: &str,
) -> Result<i64, StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO recommendations (uid, direction, kind, from_member, work_id, title, payload,
               note, note_lang, section, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            rec.uid,
            rec.direction,
            rec.kind,
            rec.from_member,
            rec.work_id,
            rec.title,
            rec.payload,
            rec.note,
            rec.note_lang,
            rec.section,
            rec.created_at
        ])?;
    let id = tx.sql().last_insert_rowid();
    for m in members {
        set_state(
            tx,
            id,
            &StateRow {
                member: m.clone(),
                state: state.to_owned(),
                reason: None,
                edition: None,
                section: None,
                submission_id: None,
                updated_at: rec.created_at,
            },
        )?;
    }
    Ok(id)
}

/// Records the files a received recommendation brought.
pub fn add_files(tx: &Tx<'_>, id: i64, sha256: &[String]) -> Result<(), StoreError> {
    let mut insert = tx.sql().prepare_cached(
        "INSERT OR IGNORE INTO recommendation_files (recommendation_id, sha256) VALUES (?1, ?2)",
    )?;
    for sha in sha256 {
        insert.execute(params![id, sha])?;
    }
    Ok(())
}

/// Sets a member's state of a recommendation, and records the step.
pub fn set_state(tx: &Tx<'_>, id: i64, s: &StateRow) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO recommendation_states (recommendation_id, member, state, reason, edition, section,
               submission_id, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (recommendation_id, member) DO UPDATE SET state = excluded.state,
               reason = excluded.reason, edition = coalesce(excluded.edition, edition),
               section = coalesce(excluded.section, section),
               submission_id = coalesce(excluded.submission_id, submission_id),
               updated_at = excluded.updated_at",
        )?
        .execute(params![id, s.member, s.state, s.reason, s.edition, s.section, s.submission_id, s.updated_at])?;
    tx.sql()
        .prepare_cached(
            "INSERT INTO recommendation_events (recommendation_id, member, state, reason, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![id, s.member, s.state, s.reason, s.updated_at])?;
    Ok(())
}

pub fn get(db: &Db<'_>, id: i64) -> Result<Option<RecommendationRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM recommendations WHERE id = ?1"
        ))?
        .query_row([id], row)
        .optional()?)
}

pub fn by_uid(db: &Db<'_>, uid: &str) -> Result<Option<RecommendationRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM recommendations WHERE uid = ?1"
        ))?
        .query_row([uid], row)
        .optional()?)
}

/// The states of a recommendation, by member.
pub fn states(db: &Db<'_>, id: i64) -> Result<Vec<StateRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT member, state, reason, edition, section, submission_id, updated_at
         FROM recommendation_states WHERE recommendation_id = ?1 ORDER BY member",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(StateRow {
                member: r.get(0)?,
                state: r.get(1)?,
                reason: r.get(2)?,
                edition: r.get(3)?,
                section: r.get(4)?,
                submission_id: r.get(5)?,
                updated_at: r.get(6)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// One step of a recommendation: who, to which state, why, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub member: String,
    pub state: String,
    pub reason: Option<String>,
    pub at: i64,
}

/// Every step of a recommendation, oldest first.
pub fn events(db: &Db<'_>, id: i64) -> Result<Vec<EventRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT member, state, reason, at FROM recommendation_events WHERE recommendation_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(EventRow {
                member: r.get(0)?,
                state: r.get(1)?,
                reason: r.get(2)?,
                at: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Recommendations, newest first; only those about `work_id` when given.
pub fn list(
    db: &Db<'_>,
    work_id: Option<i64>,
    limit: u64,
) -> Result<Vec<RecommendationRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM recommendations WHERE ?1 IS NULL OR work_id = ?1
         ORDER BY created_at DESC, id DESC LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![work_id, limit as i64], row)?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Marks a recommendation's work, once an incoming one was accepted into one.
pub fn set_work(tx: &Tx<'_>, id: i64, work_id: i64) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("UPDATE recommendations SET work_id = ?2 WHERE id = ?1")?
        .execute(params![id, work_id])?;
    Ok(())
}

/// A catalogue entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueRow {
    pub id: i64,
    pub member: String,
    pub entry_key: String,
    pub title: String,
    pub year: Option<i32>,
    pub payload: String,
}

/// Replaces a member's whole catalogue; returns the ids of its entries, to index.
pub fn replace_catalogue(
    tx: &Tx<'_>,
    member: &str,
    entries: &[(String, String, Option<i32>, String)],
    at: i64,
) -> Result<Vec<i64>, StoreError> {
    tx.sql()
        .prepare_cached(
            "DELETE FROM catalogue_search WHERE rowid IN (SELECT id FROM catalogue_entries WHERE member = ?1)",
        )?
        .execute([member])?;
    tx.sql()
        .prepare_cached("DELETE FROM catalogue_entries WHERE member = ?1")?
        .execute([member])?;
    let mut insert = tx.sql().prepare_cached(
        "INSERT INTO catalogue_entries (member, entry_key, title, year, payload, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut ids = Vec::with_capacity(entries.len());
    for (key, title, year, payload) in entries {
        insert.execute(params![member, key, title, year, payload, at])?;
        ids.push(tx.sql().last_insert_rowid());
    }
    Ok(ids)
}

/// Indexes one catalogue entry (texts already folded and segmented).
pub fn index_entry(
    tx: &Tx<'_>,
    id: i64,
    titles: &str,
    people: &str,
    romanised: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("INSERT INTO catalogue_search (rowid, titles, people, romanised) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![id, titles, people, romanised])?;
    Ok(())
}

fn catalogue_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CatalogueRow> {
    Ok(CatalogueRow {
        id: r.get(0)?,
        member: r.get(1)?,
        entry_key: r.get(2)?,
        title: r.get(3)?,
        year: r.get(4)?,
        payload: r.get(5)?,
    })
}

/// Catalogue entries matching an FTS5 query, best first; every entry (of `member`, when
/// given) in title order without one.
pub fn catalogue(
    db: &Db<'_>,
    fts_query: Option<&str>,
    member: Option<&str>,
    limit: u64,
) -> Result<Vec<CatalogueRow>, StoreError> {
    let rows = match fts_query {
        Some(q) => {
            let mut stmt = db.sql().prepare_cached(
                "SELECT e.id, e.member, e.entry_key, e.title, e.year, e.payload
                 FROM catalogue_search s JOIN catalogue_entries e ON e.id = s.rowid
                 WHERE catalogue_search MATCH ?1 AND (?2 IS NULL OR e.member = ?2)
                 ORDER BY bm25(catalogue_search, 10.0, 4.0, 2.0) LIMIT ?3",
            )?;
            let rows = stmt
                .query_map(params![q, member, limit as i64], catalogue_row)?
                .collect::<Result<_, _>>()?;
            rows
        }
        None => {
            let mut stmt = db.sql().prepare_cached(
                "SELECT id, member, entry_key, title, year, payload FROM catalogue_entries
                 WHERE ?1 IS NULL OR member = ?1 ORDER BY member, title, id LIMIT ?2",
            )?;
            let rows = stmt
                .query_map(params![member, limit as i64], catalogue_row)?
                .collect::<Result<_, _>>()?;
            rows
        }
    };
    Ok(rows)
}

pub fn catalogue_entry(db: &Db<'_>, id: i64) -> Result<Option<CatalogueRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT id, member, entry_key, title, year, payload FROM catalogue_entries WHERE id = ?1")?
        .query_row([id], catalogue_row)
        .optional()?)
}

/// How many entries each member's catalogue holds.
pub fn catalogue_sizes(db: &Db<'_>) -> Result<Vec<(String, u64)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT member, count(*) FROM catalogue_entries GROUP BY member ORDER BY member",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Revokes a key: nothing more it signs is taken.
pub fn revoke_key(tx: &Tx<'_>, fingerprint: &str, at: i64) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "UPDATE member_keys SET revoked_at = ?2 WHERE fingerprint = ?1 AND revoked_at IS NULL",
        params![fingerprint, at],
    )? > 0)
}

/// Whether a key was revoked.
pub fn revoked(db: &Db<'_>, fingerprint: &str) -> Result<bool, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT revoked_at IS NOT NULL FROM member_keys WHERE fingerprint = ?1")?
        .query_row([fingerprint], |r| r.get(0))
        .optional()?
        .unwrap_or(false))
}
