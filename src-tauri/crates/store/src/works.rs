//! Works, their multilingual texts, countries, languages, identifiers and credits.

use crate::StoreError;
use caravan_domain::{Provenance, TextField, WorkKind};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Transaction};
use std::collections::HashMap;

/// A work's own columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkRow {
    pub id: i64,
    pub kind: WorkKind,
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
}

/// One title or synopsis in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRow {
    pub field: TextField,
    pub lang: String,
    pub text: String,
    pub original: bool,
    pub provenance: Provenance,
}

/// One credit, in billing order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditRow {
    pub role: String,
    pub name: String,
}

fn work_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<WorkRow> {
    Ok(WorkRow {
        id: r.get(0)?,
        kind: crate::vocabulary(1, WorkKind::parse(&r.get::<_, String>(1)?))?,
        year: r.get(2)?,
        runtime_seconds: r.get(3)?,
    })
}

pub fn insert(
    tx: &Transaction<'_>,
    kind: WorkKind,
    year: Option<i32>,
    runtime_seconds: Option<i64>,
    now: i64,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO works (kind, year, runtime_seconds, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![kind.as_str(), year, runtime_seconds, now],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Sets the text of one field in one language, replacing what was there. Marking it
/// original takes the mark from any other language of the same field.
pub fn set_text(
    tx: &Transaction<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
    text: &str,
    original: bool,
    provenance: Provenance,
) -> Result<(), StoreError> {
    if original {
        tx.execute(
            "UPDATE work_texts SET is_original = 0
             WHERE work_id = ?1 AND field = ?2 AND lang <> ?3 AND is_original = 1",
            params![work_id, field.as_str(), lang],
        )?;
    }
    tx.execute(
        "INSERT INTO work_texts (work_id, field, lang, text, is_original, provenance)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (work_id, field, lang) DO UPDATE
         SET text = excluded.text, is_original = excluded.is_original,
             provenance = excluded.provenance",
        params![
            work_id,
            field.as_str(),
            lang,
            text,
            original,
            provenance.as_str()
        ],
    )?;
    Ok(())
}

pub fn add_country(
    tx: &Transaction<'_>,
    work_id: i64,
    position: usize,
    country: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT OR IGNORE INTO work_countries (work_id, position, country) VALUES (?1, ?2, ?3)",
        params![work_id, position as i64, country],
    )?;
    Ok(())
}

pub fn add_language(
    tx: &Transaction<'_>,
    work_id: i64,
    position: usize,
    lang: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT OR IGNORE INTO work_languages (work_id, position, lang) VALUES (?1, ?2, ?3)",
        params![work_id, position as i64, lang],
    )?;
    Ok(())
}

pub fn add_identifier(
    tx: &Transaction<'_>,
    work_id: i64,
    kind: &str,
    value: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO identifiers (work_id, kind, value) VALUES (?1, ?2, ?3)",
        params![work_id, kind, value],
    )?;
    Ok(())
}

/// Credits a person, by name, with a role; the person is created on first mention.
pub fn add_credit(
    tx: &Transaction<'_>,
    work_id: i64,
    role: &str,
    name: &str,
    position: usize,
) -> Result<(), StoreError> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM people WHERE name = ?1 ORDER BY id LIMIT 1",
            [name],
            |r| r.get(0),
        )
        .optional()?;
    let person_id = match existing {
        Some(id) => id,
        None => {
            tx.execute("INSERT INTO people (name) VALUES (?1)", [name])?;
            tx.last_insert_rowid()
        }
    };
    tx.execute(
        "INSERT OR IGNORE INTO credits (work_id, person_id, role, position) VALUES (?1, ?2, ?3, ?4)",
        params![work_id, person_id, role, position as i64],
    )?;
    Ok(())
}

/// The work that carries an identifier of the given kind and value.
pub fn find_by_identifier(
    conn: &Connection,
    kind: &str,
    value: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT work_id FROM identifiers WHERE kind = ?1 AND value = ?2",
            params![kind, value],
            |r| r.get(0),
        )
        .optional()?)
}

/// The works carrying an identifier with this value, whatever its kind.
pub fn find_by_any_identifier(conn: &Connection, value: &str) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT work_id FROM identifiers WHERE value = ?1 ORDER BY work_id",
    )?;
    let ids = stmt
        .query_map([value], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<WorkRow>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id, kind, year, runtime_seconds FROM works WHERE id = ?1",
            [id],
            work_row,
        )
        .optional()?)
}

const IN_EDITION: &str =
    "EXISTS (SELECT 1 FROM submissions s JOIN sections sc ON sc.id = s.section_id
                                  WHERE s.work_id = w.id AND sc.edition_id = ?1)";

/// How many works there are, or how many were submitted to one edition.
pub fn count(conn: &Connection, edition_id: Option<i64>) -> Result<u64, StoreError> {
    let n: i64 = match edition_id {
        None => conn.query_row("SELECT count(*) FROM works", [], |r| r.get(0))?,
        Some(e) => conn.query_row(
            &format!("SELECT count(*) FROM works w WHERE {IN_EDITION}"),
            [e],
            |r| r.get(0),
        )?,
    };
    Ok(n as u64)
}

/// One page of works in the order they were added.
pub fn page(
    conn: &Connection,
    edition_id: Option<i64>,
    offset: u64,
    limit: u64,
) -> Result<Vec<WorkRow>, StoreError> {
    let limit = limit.min(i64::MAX as u64) as i64;
    let offset = offset.min(i64::MAX as u64) as i64;
    let rows = match edition_id {
        None => {
            let mut stmt = conn.prepare_cached(
                "SELECT id, kind, year, runtime_seconds FROM works w ORDER BY id LIMIT ?1 OFFSET ?2",
            )?;
            let rows = stmt
                .query_map(params![limit, offset], work_row)?
                .collect::<Result<_, _>>()?;
            rows
        }
        Some(e) => {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT id, kind, year, runtime_seconds FROM works w WHERE {IN_EDITION}
                 ORDER BY id LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = stmt
                .query_map(params![e, limit, offset], work_row)?
                .collect::<Result<_, _>>()?;
            rows
        }
    };
    Ok(rows)
}

fn text_row(r: &rusqlite::Row<'_>, from: usize) -> rusqlite::Result<TextRow> {
    Ok(TextRow {
        field: crate::vocabulary(from, TextField::parse(&r.get::<_, String>(from)?))?,
        lang: r.get(from + 1)?,
        text: r.get(from + 2)?,
        original: r.get(from + 3)?,
        provenance: crate::vocabulary(from + 4, Provenance::parse(&r.get::<_, String>(from + 4)?))?,
    })
}

/// The titles of several works at once, keyed by work id.
pub fn titles_of(conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, Vec<TextRow>>, StoreError> {
    let mut out: HashMap<i64, Vec<TextRow>> = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut stmt = conn.prepare(&format!(
            "SELECT work_id, field, lang, text, is_original, provenance FROM work_texts
             WHERE field = 'title' AND work_id IN ({marks}) ORDER BY work_id, lang"
        ))?;
        let rows = stmt.query_map(params_from_iter(chunk), |r| {
            Ok((r.get::<_, i64>(0)?, text_row(r, 1)?))
        })?;
        for row in rows {
            let (id, text) = row?;
            out.entry(id).or_default().push(text);
        }
    }
    Ok(out)
}

/// Every text of one work, titles first, then by language.
pub fn texts(conn: &Connection, work_id: i64) -> Result<Vec<TextRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT field, lang, text, is_original, provenance FROM work_texts WHERE work_id = ?1
         ORDER BY field = 'synopsis', is_original DESC, lang",
    )?;
    let rows = stmt
        .query_map([work_id], |r| text_row(r, 0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn credits(conn: &Connection, work_id: i64) -> Result<Vec<CreditRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.role, p.name FROM credits c JOIN people p ON p.id = c.person_id
         WHERE c.work_id = ?1 ORDER BY c.position, p.name",
    )?;
    let rows = stmt
        .query_map([work_id], |r| {
            Ok(CreditRow {
                role: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn identifiers(conn: &Connection, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, value FROM identifiers WHERE work_id = ?1 ORDER BY kind, value",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

fn ordered_strings(conn: &Connection, sql: &str, work_id: i64) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt
        .query_map([work_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn countries(conn: &Connection, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT country FROM work_countries WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}

pub fn languages(conn: &Connection, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT lang FROM work_languages WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}
