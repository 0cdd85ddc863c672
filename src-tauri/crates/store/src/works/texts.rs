//! A work's titles and synopses, one per field and language, each marked with who wrote
//! it and whether it is the original. They are apart from the work's own columns because
//! a work has any number of them, and because their rules (one original per field, a
//! provenance that imports respect) are their own.

use crate::{Db, StoreError, Tx};
use caravan_domain::{Provenance, TextField};
use rusqlite::{params, OptionalExtension};
use std::collections::HashMap;

/// One title or synopsis in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRow {
    pub field: TextField,
    pub lang: String,
    pub text: String,
    pub original: bool,
    pub provenance: Provenance,
}

/// Sets the text of one field in one language, replacing what was there. Marking it
/// original takes the mark from any other language of the same field.
pub fn set_text(
    tx: &Tx<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
    text: &str,
    original: bool,
    provenance: Provenance,
) -> Result<(), StoreError> {
    if original {
        tx.sql()
            .prepare_cached(
                "UPDATE work_texts SET is_original = 0
             WHERE work_id = ?1 AND field = ?2 AND lang <> ?3 AND is_original = 1",
            )?
            .execute(params![work_id, field.as_str(), lang])?;
    }
    tx.sql()
        .prepare_cached(
            "INSERT INTO work_texts (work_id, field, lang, text, is_original, provenance)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (work_id, field, lang) DO UPDATE
         SET text = excluded.text, is_original = excluded.is_original,
             provenance = excluded.provenance",
        )?
        .execute(params![
            work_id,
            field.as_str(),
            lang,
            text,
            original,
            provenance.as_str()
        ])?;
    Ok(())
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
pub fn titles_of(conn: &Db<'_>, ids: &[i64]) -> Result<HashMap<i64, Vec<TextRow>>, StoreError> {
    let mut out: HashMap<i64, Vec<TextRow>> = HashMap::with_capacity(ids.len());
    let mut stmt = conn.sql().prepare_cached(
        "SELECT work_id, field, lang, text, is_original, provenance FROM work_texts
         WHERE field = 'title' AND work_id IN (SELECT value FROM json_each(?1))
         ORDER BY work_id, lang",
    )?;
    let rows = stmt.query_map([crate::id_list(ids)], |r| {
        Ok((r.get::<_, i64>(0)?, text_row(r, 1)?))
    })?;
    for row in rows {
        let (id, text) = row?;
        out.entry(id).or_default().push(text);
    }
    Ok(out)
}

/// Every text of one work, titles first, then by language.
pub fn texts(conn: &Db<'_>, work_id: i64) -> Result<Vec<TextRow>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT field, lang, text, is_original, provenance FROM work_texts WHERE work_id = ?1
         ORDER BY field = 'synopsis', is_original DESC, lang",
    )?;
    let rows = stmt
        .query_map([work_id], |r| text_row(r, 0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Removes one language of one field; returns whether there was one.
pub fn remove_text(
    tx: &Tx<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "DELETE FROM work_texts WHERE work_id = ?1 AND field = ?2 AND lang = ?3",
        params![work_id, field.as_str(), lang],
    )? > 0)
}

/// The provenance of one text, if the work has it.
pub fn text_provenance(
    conn: &Db<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
) -> Result<Option<Provenance>, StoreError> {
    let found: Option<String> = conn
        .sql()
        .prepare_cached(
            "SELECT provenance FROM work_texts WHERE work_id = ?1 AND field = ?2 AND lang = ?3",
        )?
        .query_row(params![work_id, field.as_str(), lang], |r| r.get(0))
        .optional()?;
    Ok(found.and_then(|p| Provenance::parse(&p).ok()))
}

/// Makes the text in `lang` the original of its field.
pub fn mark_original(
    tx: &Tx<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
) -> Result<(), StoreError> {
    tx.sql().prepare_cached(
        "UPDATE work_texts SET is_original = 0 WHERE work_id = ?1 AND field = ?2 AND lang <> ?3",
    )?
    .execute(params![work_id, field.as_str(), lang])?;
    tx.sql()
        .prepare_cached(
            "UPDATE work_texts SET is_original = 1 WHERE work_id = ?1 AND field = ?2 AND lang = ?3",
        )?
        .execute(params![work_id, field.as_str(), lang])?;
    Ok(())
}
