//! Festival editions and their sections.

use crate::{Db, StoreError, Tx};
use rusqlite::params;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub year: Option<i32>,
    pub sections: Vec<SectionRow>,
    pub labels: Vec<LabelRow>,
}

/// A festival's own judging label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelRow {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// Adds an edition; a slug already in use is refused.
pub fn insert(
    tx: &Tx<'_>,
    slug: &str,
    name: &str,
    year: Option<i32>,
    member_id: Option<i64>,
) -> Result<i64, StoreError> {
    let taken: bool = tx.sql().query_row(
        "SELECT EXISTS (SELECT 1 FROM editions WHERE slug = ?1)",
        [slug],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::SlugTaken(slug.to_owned()));
    }
    tx.sql().execute(
        "INSERT INTO editions (slug, name, year, member_id) VALUES (?1, ?2, ?3, ?4)",
        params![slug, name, year, member_id],
    )?;
    Ok(tx.sql().last_insert_rowid())
}

/// Adds a section at the end of an edition's list; an existing slug keeps its section.
pub fn add_section(
    tx: &Tx<'_>,
    edition_id: i64,
    slug: &str,
    name: &str,
) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO sections (edition_id, slug, name, position)
         VALUES (?1, ?2, ?3, (SELECT count(*) FROM sections WHERE edition_id = ?1))
         ON CONFLICT (edition_id, slug) DO NOTHING",
        params![edition_id, slug, name],
    )?;
    Ok(tx.sql().query_row(
        "SELECT id FROM sections WHERE edition_id = ?1 AND slug = ?2",
        params![edition_id, slug],
        |r| r.get(0),
    )?)
}

fn sections(conn: &Db<'_>, edition_id: i64) -> Result<Vec<SectionRow>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
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

fn heads(
    db: &Db<'_>,
    scope: &str,
    values: &[&dyn rusqlite::ToSql],
) -> Result<Vec<EditionRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(&format!(
        "SELECT id, slug, name, year FROM editions {scope} ORDER BY year DESC, slug"
    ))?;
    let heads: Vec<(i64, String, String, Option<i32>)> = stmt
        .query_map(values, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    heads
        .into_iter()
        .map(|(id, slug, name, year)| {
            Ok(EditionRow {
                id,
                slug,
                name,
                year,
                sections: sections(db, id)?,
                labels: labels(db, id)?,
            })
        })
        .collect()
}

pub fn by_slug(db: &Db<'_>, slug: &str) -> Result<Option<EditionRow>, StoreError> {
    Ok(heads(db, "WHERE slug = ?1", &[&slug])?.into_iter().next())
}

pub fn by_id(db: &Db<'_>, id: i64) -> Result<Option<EditionRow>, StoreError> {
    Ok(heads(db, "WHERE id = ?1", &[&id])?.into_iter().next())
}

pub fn list(db: &Db<'_>) -> Result<Vec<EditionRow>, StoreError> {
    heads(db, "", &[])
}

/// An edition's judging labels, by name.
fn labels(db: &Db<'_>, edition_id: i64) -> Result<Vec<LabelRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT slug, name FROM judging_labels WHERE edition_id = ?1 ORDER BY name, slug",
    )?;
    let rows = stmt
        .query_map([edition_id], |r| {
            Ok(LabelRow {
                slug: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn count(conn: &Db<'_>) -> Result<u64, StoreError> {
    Ok(conn
        .sql()
        .query_row("SELECT count(*) FROM editions", [], |r| r.get::<_, i64>(0))? as u64)
}
