//! Which work uses which image file, and the thumbnails derived from it.

use crate::{Db, StoreError, Tx};
use caravan_domain::MediaKind;
use rusqlite::{params, OptionalExtension};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRow {
    pub id: i64,
    pub work_id: i64,
    pub kind: MediaKind,
    pub sha256: String,
    pub format: String,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
    pub phash: String,
    pub file_name: Option<String>,
    pub thumbnails: Vec<ThumbnailRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThumbnailRow {
    pub size: u32,
    pub width: u32,
    pub height: u32,
    pub format: String,
    pub sha256: String,
}

/// Records an image of a work; the same bytes on the same work are recorded once, and
/// the existing row's id is returned.
pub fn insert(tx: &Tx<'_>, m: &MediaRow, now: i64) -> Result<(i64, bool), StoreError> {
    if let Some(id) = tx
        .sql()
        .query_row(
            "SELECT id FROM media WHERE work_id = ?1 AND sha256 = ?2",
            params![m.work_id, m.sha256],
            |r| r.get(0),
        )
        .optional()?
    {
        return Ok((id, false));
    }
    tx.sql().execute(
        "INSERT INTO media (work_id, kind, sha256, format, width, height, bytes, phash, file_name, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            m.work_id,
            m.kind.as_str(),
            m.sha256,
            m.format,
            m.width,
            m.height,
            m.bytes as i64,
            m.phash,
            m.file_name,
            now
        ],
    )?;
    let id = tx.sql().last_insert_rowid();
    for t in &m.thumbnails {
        tx.sql().execute(
            "INSERT INTO media_thumbnails (media_id, size, width, height, format, sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, t.size, t.width, t.height, t.format, t.sha256],
        )?;
    }
    Ok((id, true))
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MediaRow> {
    let kind: String = r.get(2)?;
    Ok(MediaRow {
        id: r.get(0)?,
        work_id: r.get(1)?,
        kind: crate::vocabulary(2, MediaKind::parse(&kind))?,
        sha256: r.get(3)?,
        format: r.get(4)?,
        width: r.get(5)?,
        height: r.get(6)?,
        bytes: r.get::<_, i64>(7)? as u64,
        phash: r.get(8)?,
        file_name: r.get(9)?,
        thumbnails: Vec::new(),
    })
}

const COLUMNS: &str = "id, work_id, kind, sha256, format, width, height, bytes, phash, file_name";

fn with_thumbnails(conn: &Db<'_>, mut rows: Vec<MediaRow>) -> Result<Vec<MediaRow>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT size, width, height, format, sha256 FROM media_thumbnails WHERE media_id = ?1 ORDER BY size",
    )?;
    for m in &mut rows {
        m.thumbnails = stmt
            .query_map([m.id], |r| {
                Ok(ThumbnailRow {
                    size: r.get(0)?,
                    width: r.get(1)?,
                    height: r.get(2)?,
                    format: r.get(3)?,
                    sha256: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(rows)
}

pub fn get(conn: &Db<'_>, id: i64) -> Result<Option<MediaRow>, StoreError> {
    let found = conn
        .sql()
        .query_row(
            &format!("SELECT {COLUMNS} FROM media WHERE id = ?1"),
            [id],
            row,
        )
        .optional()?;
    Ok(with_thumbnails(conn, found.into_iter().collect())?.pop())
}

/// A work's images: posters first, then stills and covers, each in the order added.
pub fn of_work(conn: &Db<'_>, work_id: i64) -> Result<Vec<MediaRow>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM media WHERE work_id = ?1
         ORDER BY CASE kind WHEN 'poster' THEN 0 WHEN 'cover' THEN 1 ELSE 2 END, id"
    ))?;
    let rows = stmt.query_map([work_id], row)?.collect::<Result<_, _>>()?;
    with_thumbnails(conn, rows)
}

/// The smallest thumbnail of each work's first poster (else cover), for list rows.
pub fn list_thumbnails(
    conn: &Db<'_>,
    work_ids: &[i64],
) -> Result<HashMap<i64, String>, StoreError> {
    let mut out = HashMap::new();
    let mut stmt = conn.sql().prepare_cached(
        "SELECT m.work_id, m.id, t.sha256 FROM media m
         JOIN media_thumbnails t ON t.media_id = m.id
         WHERE m.work_id IN (SELECT value FROM json_each(?1)) AND m.kind IN ('poster', 'cover')
         ORDER BY m.work_id, m.kind = 'cover', m.id, t.size",
    )?;
    let rows = stmt.query_map([crate::id_list(work_ids)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    // The first row of each work is its first image's smallest thumbnail.
    for r in rows {
        let (work, _media, sha) = r?;
        out.entry(work).or_insert(sha);
    }
    Ok(out)
}

pub fn delete(tx: &Tx<'_>, id: i64) -> Result<bool, StoreError> {
    Ok(tx.sql().execute("DELETE FROM media WHERE id = ?1", [id])? > 0)
}

/// Every file hash the database still refers to, originals and thumbnails.
pub fn referenced(conn: &Db<'_>) -> Result<HashSet<String>, StoreError> {
    let mut stmt = conn.sql().prepare(
        "SELECT sha256 FROM media UNION SELECT sha256 FROM media_thumbnails
             UNION SELECT sha256 FROM note_attachments
             UNION SELECT sha256 FROM recommendation_files",
    )?;
    let set = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(set)
}

/// Every image with its perceptual hash, for finding the same picture under two works.
pub fn hashes(conn: &Db<'_>) -> Result<Vec<(i64, i64, String)>, StoreError> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT id, work_id, phash FROM media ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
