//! The people credited on a work, in billing order. A person is a row of their own,
//! found by name, so the same director credited on several works is one person; that is
//! why credits and people are kept together and apart from the work's other lists.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

/// One credit, in billing order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditRow {
    pub role: String,
    pub name: String,
}

/// The person of this name, created on first mention.
pub fn person(tx: &Tx<'_>, name: &str) -> Result<i64, StoreError> {
    let existing: Option<i64> = tx
        .sql()
        .prepare_cached("SELECT id FROM people WHERE name = ?1 ORDER BY id LIMIT 1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    match existing {
        Some(id) => Ok(id),
        None => {
            tx.sql()
                .prepare_cached("INSERT INTO people (name) VALUES (?1)")?
                .execute([name])?;
            Ok(tx.sql().last_insert_rowid())
        }
    }
}

/// Credits a known person with a role.
pub fn add_credit_to(
    tx: &Tx<'_>,
    work_id: i64,
    role: &str,
    person_id: i64,
    position: usize,
) -> Result<(), StoreError> {
    tx.sql().prepare_cached(
        "INSERT OR IGNORE INTO credits (work_id, person_id, role, position) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![work_id, person_id, role, position as i64])?;
    Ok(())
}

/// Credits a person, by name, with a role; the person is created on first mention.
pub fn add_credit(
    tx: &Tx<'_>,
    work_id: i64,
    role: &str,
    name: &str,
    position: usize,
) -> Result<(), StoreError> {
    let person_id = person(tx, name)?;
    add_credit_to(tx, work_id, role, person_id, position)
}

pub fn credits(conn: &Db<'_>, work_id: i64) -> Result<Vec<CreditRow>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT c.role, p.name FROM credits c JOIN people p ON p.id = c.person_id
         WHERE c.work_id = ?1 ORDER BY c.position, p.name",
    )?;
    let rows = stmt
        .query_map([work_id], |r| {
            Ok(CreditRow {
                role: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
