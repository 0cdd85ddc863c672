//! Festival editions and their sections.

use crate::StoreError;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub year: Option<i32>,
    pub sections: Vec<SectionRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// Adds an edition; a slug already in use is refused.
pub fn insert(
    tx: &Transaction<'_>,
    slug: &str,
    name: &str,
    year: Option<i32>,
    member_id: Option<i64>,
) -> Result<i64, StoreError> {
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM editions WHERE slug = ?1)",
        [slug],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::SlugTaken(slug.to_owned()));
    }
    tx.execute(
        "INSERT INTO editions (slug, name, year, member_id) VALUES (?1, ?2, ?3, ?4)",
        params![slug, name, year, member_id],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds a section at the end of an edition's list; an existing slug keeps its section.
pub fn add_section(
    tx: &Transaction<'_>,
    edition_id: i64,
    slug: &str,
    name: &str,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO sections (edition_id, slug, name, position)
         VALUES (?1, ?2, ?3, (SELECT count(*) FROM sections WHERE edition_id = ?1))
         ON CONFLICT (edition_id, slug) DO NOTHING",
        params![edition_id, slug, name],
    )?;
    Ok(tx.query_row(
        "SELECT id FROM sections WHERE edition_id = ?1 AND slug = ?2",
        params![edition_id, slug],
        |r| r.get(0),
    )?)
}

fn sections(conn: &Connection, edition_id: i64) -> Result<Vec<SectionRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, slug, name FROM sections WHERE edition_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([edition_id], |r| {
            Ok(SectionRow {
                id: r.get(0)?,
                slug: r.get(1)?,
                name: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn by_slug(conn: &Connection, slug: &str) -> Result<Option<EditionRow>, StoreError> {
    let row = conn
        .query_row(
            "SELECT id, slug, name, year FROM editions WHERE slug = ?1",
            [slug],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    match row {
        None => Ok(None),
        Some((id, slug, name, year)) => Ok(Some(EditionRow {
            id,
            slug,
            name,
            year,
            sections: sections(conn, id)?,
        })),
    }
}

pub fn list(conn: &Connection) -> Result<Vec<EditionRow>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, slug, name, year FROM editions ORDER BY year DESC, slug")?;
    let heads: Vec<(i64, String, String, Option<i32>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    heads
        .into_iter()
        .map(|(id, slug, name, year)| {
            Ok(EditionRow {
                id,
                slug,
                name,
                year,
                sections: sections(conn, id)?,
            })
        })
        .collect()
}

pub fn count(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn.query_row("SELECT count(*) FROM editions", [], |r| r.get::<_, i64>(0))? as u64)
}
