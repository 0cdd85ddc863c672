//! What imports remember about a work: the digest of the last row each source gave it
//! in each edition, forgetting what an earlier import said before a new row is applied,
//! and a snapshot of everything an import can change, to tell whether a row changed
//! anything. None of it is the work's content; it is bookkeeping that lets re-importing a
//! file report unchanged rows as unchanged.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

/// Forgets what an earlier import said about a work: its submitted texts, credits,
/// countries, languages, genres and fields. Texts a curator wrote or a machine translated
/// stay.
pub fn clear_submitted(tx: &Tx<'_>, work_id: i64) -> Result<(), StoreError> {
    for sql in [
        "DELETE FROM work_texts WHERE work_id = ?1 AND provenance = 'submitted'",
        "DELETE FROM credits WHERE work_id = ?1",
        "DELETE FROM work_countries WHERE work_id = ?1",
        "DELETE FROM work_languages WHERE work_id = ?1",
        "DELETE FROM work_genres WHERE work_id = ?1",
        "DELETE FROM work_fields WHERE work_id = ?1",
    ] {
        tx.sql().prepare_cached(sql)?.execute([work_id])?;
    }
    Ok(())
}

/// The digest of the last import of a work into an edition from a source.
pub fn import_digest(
    conn: &Db<'_>,
    work_id: i64,
    edition_id: i64,
    source: &str,
) -> Result<Option<String>, StoreError> {
    Ok(conn.sql()
        .prepare_cached(
            "SELECT digest FROM work_imports WHERE work_id = ?1 AND edition_id = ?2 AND source = ?3",
        )?
        .query_row(params![work_id, edition_id, source], |r| r.get(0))
        .optional()?)
}

pub fn set_import_digest(
    tx: &Tx<'_>,
    work_id: i64,
    edition_id: i64,
    source: &str,
    digest: &str,
    now: i64,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO work_imports (work_id, edition_id, source, digest, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (work_id, edition_id, source) DO UPDATE
         SET digest = excluded.digest, imported_at = excluded.imported_at",
        )?
        .execute(params![work_id, edition_id, source, digest, now])?;
    Ok(())
}

/// Everything an import can change about a work, as text, to tell whether applying a
/// row changed anything: the work's own columns, and every row of every table that
/// refers to it (read from the schema, less what only says when), timestamps left out.
pub fn snapshot(db: &Db<'_>, work_id: i64) -> Result<String, StoreError> {
    let mut out = String::new();
    let mut write_rows = |sql: &str| -> Result<(), StoreError> {
        let mut stmt = db.sql().prepare_cached(sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query([work_id])?;
        while let Some(r) = rows.next()? {
            for i in 0..n {
                out.push_str(&format!("{:?}\u{1f}", r.get_ref(i)?));
            }
            out.push('\n');
        }
        out.push('\u{1e}');
        Ok(())
    };
    write_rows("SELECT kind, year, runtime_seconds FROM works WHERE id = ?1")?;
    for link in db.work_links()? {
        let table = link.table.as_str();
        if crate::links::DERIVED.contains(&table) || crate::links::NOT_COMPARED.contains(&table) {
            continue;
        }
        let columns = link.compared.join(", ");
        write_rows(&format!(
            "SELECT {columns} FROM {table} WHERE {} = ?1 ORDER BY {columns}",
            link.column
        ))?;
    }
    Ok(out)
}
