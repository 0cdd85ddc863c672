//! Works: a film or a piece of music, with its own columns (kind, year, runtime), paged
//! and counted here. What hangs off a work lives in a file of its own, so each table's
//! queries sit together: its multilingual texts (`texts`), the people credited
//! (`credits`), its identifiers (`identifiers`), the lists of countries, languages,
//! genres and other fields that tables and duplicate matching read (`lists`), what
//! imports remember about it (`imports`), and folding one work into another (`merge`).
//! Everything is re-exported here, so callers write `works::set_text` whichever file it
//! lives in.

mod credits;
mod identifiers;
mod imports;
mod lists;
mod merge;
mod texts;

pub use credits::*;
pub use identifiers::*;
pub use imports::*;
pub use lists::*;
pub use merge::*;
pub use texts::*;

use crate::paging::{value_at, Cursor, Keyset};
use crate::{Db, StoreError, Tx};
use caravan_domain::{WorkColumn, WorkKind};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

/// A work's own columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkRow {
    pub id: i64,
    pub kind: WorkKind,
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
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
    tx: &Tx<'_>,
    kind: WorkKind,
    year: Option<i32>,
    runtime_seconds: Option<i64>,
    now: i64,
) -> Result<i64, StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO works (kind, year, runtime_seconds, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        )?
        .execute(params![kind.as_str(), year, runtime_seconds, now])?;
    Ok(tx.sql().last_insert_rowid())
}

pub fn get(conn: &Db<'_>, id: i64) -> Result<Option<WorkRow>, StoreError> {
    Ok(conn
        .sql()
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

/// How many works there are (kept by a trigger, not counted), or how many were
/// submitted to one edition.
pub fn count(conn: &Db<'_>, edition_id: Option<i64>) -> Result<u64, StoreError> {
    let n: i64 = match edition_id {
        None => {
            conn.sql()
                .query_row("SELECT value FROM counters WHERE name = 'works'", [], |r| {
                    r.get(0)
                })?
        }
        Some(e) => conn.sql().query_row(
            &format!("SELECT count(*) FROM works w WHERE {IN_EDITION}"),
            [e],
            |r| r.get(0),
        )?,
    };
    Ok(n as u64)
}

/// How a page of works is sorted and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub column: WorkColumn,
    pub descending: bool,
    /// The interface locale whose collation title keys were made with.
    pub locale: String,
    pub after: Option<Cursor>,
    /// Rows to skip after the cursor (or from the start).
    pub offset: u64,
    pub limit: u64,
}

/// One page of works (all, or an edition's), and the cursor that continues it.
pub fn page(
    db: &Db<'_>,
    edition_id: Option<i64>,
    order: &Order,
) -> Result<(Vec<WorkRow>, Option<Cursor>), StoreError> {
    let (expr, join) = match order.column {
        WorkColumn::Id => ("w.id", ""),
        WorkColumn::Title => (
            "k.key",
            "JOIN title_sort_keys k ON k.work_id = w.id AND k.locale = ?1",
        ),
        WorkColumn::Year => ("w.year", ""),
    };
    let mut params = vec![
        Value::Text(order.locale.clone()),
        edition_id.map(Value::Integer).unwrap_or(Value::Null),
    ];
    let scope = match edition_id {
        Some(_) => IN_EDITION.replace("?1", "?2"),
        None => "?2 IS NULL".to_owned(),
    };
    let keyset = Keyset {
        expr,
        id: "w.id",
        descending: order.descending,
        after: order.after.as_ref(),
    };
    let after = keyset.condition(&mut params);
    params.push(Value::Integer(order.limit.min(i64::MAX as u64) as i64));
    let limit = params.len();
    params.push(Value::Integer(order.offset.min(i64::MAX as u64) as i64));
    let offset = params.len();
    let sql = format!(
        "SELECT w.id, w.kind, w.year, w.runtime_seconds, {expr} FROM works w {join}
         WHERE ?1 = ?1 AND {scope} AND {after} {} LIMIT ?{limit} OFFSET ?{offset}",
        keyset.order_by()
    );
    let mut stmt = db.sql().prepare_cached(&sql)?;
    let mut last = None;
    let rows: Vec<WorkRow> = stmt
        .query_map(params_from_iter(params), |r| {
            Ok((work_row(r)?, value_at(r, 4)?))
        })?
        .map(|row| {
            row.map(|(row, value)| {
                last = Some((value, row.id));
                row
            })
        })
        .collect::<Result<_, _>>()?;
    let next = match last {
        Some((value, id)) if rows.len() as u64 == order.limit => Some(Cursor {
            column: order.column.as_str().to_owned(),
            value,
            id,
        }),
        _ => None,
    };
    Ok((rows, next))
}

/// Changes a work's own columns.
pub fn update(
    tx: &Tx<'_>,
    id: i64,
    kind: WorkKind,
    year: Option<i32>,
    runtime_seconds: Option<i64>,
    now: i64,
) -> Result<(), StoreError> {
    tx.sql().prepare_cached(
        "UPDATE works SET kind = ?2, year = ?3, runtime_seconds = ?4, updated_at = ?5 WHERE id = ?1",
    )?
    .execute(params![id, kind.as_str(), year, runtime_seconds, now])?;
    Ok(())
}

/// Marks a work changed.
pub fn touch(tx: &Tx<'_>, id: i64, now: i64) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("UPDATE works SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, now])?;
    Ok(())
}

/// Every work id, in order.
pub fn all_ids(conn: &Db<'_>) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.sql().prepare("SELECT id FROM works ORDER BY id")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}
