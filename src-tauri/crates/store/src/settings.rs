//! Preferences of this copy of Caravan, kept in its database so they travel with it.

use crate::StoreError;
use rusqlite::{Connection, OptionalExtension, Transaction};

/// The interface language the window was last switched to.
pub const UI_LOCALE: &str = "ui.locale";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(tx: &Transaction<'_>, key: &str, value: &str) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub fn remove(tx: &Transaction<'_>, key: &str) -> Result<(), StoreError> {
    tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}
