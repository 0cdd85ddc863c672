//! Preferences of this copy of Caravan, kept in its database so they travel with it.

use crate::{Db, StoreError, Tx};
use rusqlite::OptionalExtension;

/// The interface language the window was last switched to.
pub const UI_LOCALE: &str = "ui.locale";

pub fn get(conn: &Db<'_>, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .sql()
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(tx: &Tx<'_>, key: &str, value: &str) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub fn remove(tx: &Tx<'_>, key: &str) -> Result<(), StoreError> {
    tx.sql()
        .execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}
