//! The floor for the command line's latency: a process that opens a database, runs one
//! SQL statement and prints its rows as JSON, with the very SQLite Caravan is built with
//! (the system's `sqlite3` may be too old to read Caravan's search index), and nothing
//! else.
//!
//! `sqlite_query DB SQL` (or `@FILE`, the SQL in a file) prints `[[column, …], …]`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: sqlite_query DB SQL";
    let db = args.next().ok_or(usage)?;
    let sql = args.next().ok_or(usage)?;
    let sql = match sql.strip_prefix('@') {
        Some(file) => std::fs::read_to_string(file)?,
        None => sql,
    };
    let conn =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut stmt = conn.prepare(&sql)?;
    let n = stmt.column_count();
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row = Vec::with_capacity(n);
        for i in 0..n {
            row.push(match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => serde_json::Value::Null,
                rusqlite::types::ValueRef::Integer(v) => v.into(),
                rusqlite::types::ValueRef::Real(v) => v.into(),
                rusqlite::types::ValueRef::Text(t) => {
                    String::from_utf8_lossy(t).into_owned().into()
                }
                rusqlite::types::ValueRef::Blob(b) => b.len().into(),
            });
        }
        out.push(serde_json::Value::Array(row));
    }
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
