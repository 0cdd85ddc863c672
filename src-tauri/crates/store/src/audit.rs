//! The audit log: who changed what, and when. Every write through the core records one
//! entry in the same transaction as the change it describes.

use crate::{Db, StoreError, Tx};
use rusqlite::params;

/// One change, as it is recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub at: i64,
    pub actor: &'a str,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<i64>,
    pub detail: serde_json::Value,
}

pub fn record(tx: &Tx<'_>, e: &Entry<'_>) -> Result<(), StoreError> {
    tx.sql().prepare_cached("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?.execute(params![e.at, e.actor, e.action, e.entity, e.entity_id, e.detail.to_string()])?;
    Ok(())
}

/// A recorded change, as it is read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: serde_json::Value,
}

/// The latest changes, newest first.
pub fn recent(conn: &Db<'_>, limit: u64) -> Result<Vec<Recorded>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT at, actor, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT ?1",
    )?;
    let rows = stmt
        .query_map([limit as i64], |r| {
            let detail: String = r.get(5)?;
            Ok(Recorded {
                at: r.get(0)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                entity: r.get(3)?,
                entity_id: r.get(4)?,
                detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
