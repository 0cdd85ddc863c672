//! A work's ordered lists (countries, languages, genres and the other fields an import
//! keeps), and reading them for many works at once: the lists of a table's rows, and what
//! duplicate matching compares. They are apart from the work's own columns because each
//! is a table of its own, and the bulk readers read those tables for thousands of works in
//! a few queries.

use super::IN_EDITION;
use crate::{Db, StoreError, Tx};
use rusqlite::params;
use std::collections::HashMap;

pub fn add_country(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    country: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO work_countries (work_id, position, country) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, position as i64, country])?;
    Ok(())
}

pub fn add_language(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    lang: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO work_languages (work_id, position, lang) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, position as i64, lang])?;
    Ok(())
}

fn ordered_strings(conn: &Db<'_>, sql: &str, work_id: i64) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(sql)?;
    let rows = stmt
        .query_map([work_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn countries(conn: &Db<'_>, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT country FROM work_countries WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}

pub fn languages(conn: &Db<'_>, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT lang FROM work_languages WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}

pub fn add_genre(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    genre: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO work_genres (work_id, position, genre) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, position as i64, genre])?;
    Ok(())
}

pub fn add_field(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    name: &str,
    value: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO work_fields (work_id, position, name, value) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![work_id, position as i64, name, value])?;
    Ok(())
}

/// Adds a field after the work's others, unless it already has that name and value.
pub fn append_field(tx: &Tx<'_>, work_id: i64, name: &str, value: &str) -> Result<(), StoreError> {
    tx.sql().prepare_cached(
        "INSERT INTO work_fields (work_id, position, name, value)
         SELECT ?1, coalesce(max(position) + 1, 0), ?2, ?3 FROM work_fields WHERE work_id = ?1
           AND NOT EXISTS (SELECT 1 FROM work_fields WHERE work_id = ?1 AND name = ?2 AND value = ?3)
         HAVING NOT EXISTS (SELECT 1 FROM work_fields WHERE work_id = ?1 AND name = ?2 AND value = ?3)",
    )?
    .execute(params![work_id, name, value])?;
    Ok(())
}

pub fn genres(conn: &Db<'_>, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT genre FROM work_genres WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}

/// The other fields of a work, as (name, value), in their order.
pub fn fields(conn: &Db<'_>, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT name, value FROM work_fields WHERE work_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// What duplicate detection compares of one work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchRow {
    pub id: i64,
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
    pub titles: Vec<String>,
    /// Directors and artists.
    pub makers: Vec<String>,
}

/// The titles, makers, year and runtime of every work, or of an edition's works.
pub fn match_rows(conn: &Db<'_>, edition_id: Option<i64>) -> Result<Vec<MatchRow>, StoreError> {
    let scope = match edition_id {
        Some(_) => format!("WHERE {IN_EDITION}"),
        None => "WHERE ?1 IS NULL".to_owned(),
    };
    let mut rows: Vec<MatchRow> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    let mut stmt = conn.sql().prepare(&format!(
        "SELECT w.id, w.year, w.runtime_seconds FROM works w {scope} ORDER BY w.id"
    ))?;
    let mut q = stmt.query([edition_id])?;
    while let Some(r) = q.next()? {
        index.insert(r.get(0)?, rows.len());
        rows.push(MatchRow {
            id: r.get(0)?,
            year: r.get(1)?,
            runtime_seconds: r.get(2)?,
            ..MatchRow::default()
        });
    }
    let mut stmt = conn.sql().prepare(
        "SELECT work_id, text FROM work_texts WHERE field = 'title' ORDER BY work_id, is_original DESC",
    )?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            rows[*i].titles.push(r.get(1)?);
        }
    }
    let mut stmt = conn.sql().prepare(
        "SELECT c.work_id, p.name FROM credits c JOIN people p ON p.id = c.person_id
         WHERE c.role IN ('director', 'artist') ORDER BY c.work_id, c.position",
    )?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            rows[*i].makers.push(r.get(1)?);
        }
    }
    Ok(rows)
}

/// Several works' own columns and lists at once, for tables of thousands of rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkLists {
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub genres: Vec<String>,
}

pub fn lists_of(conn: &Db<'_>, ids: &[i64]) -> Result<HashMap<i64, WorkLists>, StoreError> {
    let mut out: HashMap<i64, WorkLists> = HashMap::with_capacity(ids.len());
    let list = crate::id_list(ids);
    let mut stmt = conn.sql().prepare_cached(
        "SELECT id, year, runtime_seconds FROM works WHERE id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut q = stmt.query([&list])?;
    while let Some(r) = q.next()? {
        let e = out.entry(r.get(0)?).or_default();
        e.year = r.get(1)?;
        e.runtime_seconds = r.get(2)?;
    }
    for (table, column, which) in [
        ("work_countries", "country", 0),
        ("work_languages", "lang", 1),
        ("work_genres", "genre", 2),
    ] {
        let mut stmt = conn.sql().prepare_cached(&format!(
            "SELECT work_id, {column} FROM {table} WHERE work_id IN (SELECT value FROM json_each(?1))
             ORDER BY work_id, position"
        ))?;
        let mut q = stmt.query([&list])?;
        while let Some(r) = q.next()? {
            let e = out.entry(r.get(0)?).or_default();
            let list = match which {
                0 => &mut e.countries,
                1 => &mut e.languages,
                _ => &mut e.genres,
            };
            list.push(r.get(1)?);
        }
    }
    Ok(out)
}

/// A work's fields, (name, value), in order.
pub fn fields_of(db: &crate::Db<'_>, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT name, value FROM work_fields WHERE work_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Sets the one field of a work with this name (replacing any before), at the end.
pub fn set_field(tx: &Tx<'_>, work_id: i64, name: &str, value: &str) -> Result<(), StoreError> {
    tx.sql().execute(
        "DELETE FROM work_fields WHERE work_id = ?1 AND name = ?2",
        params![work_id, name],
    )?;
    append_field(tx, work_id, name, value)
}

/// The fields of several works at once, keyed by work id, each in order.
pub fn fields_of_works(
    db: &crate::Db<'_>,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<(String, String)>>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT work_id, name, value FROM work_fields
         WHERE work_id IN (SELECT value FROM json_each(?1)) ORDER BY work_id, position",
    )?;
    let mut out: HashMap<i64, Vec<(String, String)>> = HashMap::with_capacity(ids.len());
    let rows = stmt.query_map([crate::id_list(ids)], |r| {
        Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?))
    })?;
    for row in rows {
        let (id, name, value) = row?;
        out.entry(id).or_default().push((name, value));
    }
    Ok(out)
}
