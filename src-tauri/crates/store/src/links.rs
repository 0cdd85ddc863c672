//! The tables that refer to a work, read from the schema itself rather than listed by
//! hand, so a table added by a later migration is moved by a merge and compared by an
//! import's "did this row change anything" check without anyone remembering to add it.

use rusqlite::Connection;

/// Tables rebuilt from a work's own rows (the search index's helpers): never moved or
/// compared, only made again.
pub(crate) const DERIVED: &[&str] = &["search_titles", "title_sort_keys", "search_work_terms"];

/// Tables a merge moves by a rule of its own.
pub(crate) const OWN_MERGE_RULE: &[&str] = &["duplicate_dismissals"];

/// Tables an import's comparison leaves out: what the import records about itself.
pub(crate) const NOT_COMPARED: &[&str] = &["work_imports", "duplicate_dismissals", "media"];

/// Columns that say when, not what: a row that changed only these did not change.
const WHEN_COLUMNS: &[&str] = &["created_at", "updated_at", "imported_at", "imported_state"];

/// One column of one table that holds a work's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkLink {
    pub table: String,
    pub column: String,
    /// The table's columns that say what the row holds, in the table's order.
    pub compared: Vec<String>,
}

/// Every column of every table with a foreign key to `works`, by table name.
pub(crate) fn read(conn: &Connection) -> rusqlite::Result<Vec<WorkLink>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = 'works' ORDER BY m.name, f.\"from\"",
    )?;
    let found: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut links = Vec::with_capacity(found.len());
    for (table, column) in found {
        let mut cols = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let compared = cols
            .query_map([&table], |r| r.get::<_, String>(0))?
            .filter(|c| {
                c.as_ref()
                    .map_or(true, |c| !WHEN_COLUMNS.contains(&c.as_str()))
            })
            .collect::<Result<_, _>>()?;
        links.push(WorkLink {
            table,
            column,
            compared,
        });
    }
    Ok(links)
}
