//! Works, their multilingual texts, countries, languages, identifiers and credits.

use crate::paging::{value_at, Cursor, Keyset};
use crate::{Db, StoreError, Tx};
use caravan_domain::{Provenance, TextField, WorkColumn, WorkKind};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};
use std::collections::HashMap;

/// A work's own columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkRow {
    pub id: i64,
    pub kind: WorkKind,
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
}

/// One title or synopsis in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRow {
    pub field: TextField,
    pub lang: String,
    pub text: String,
    pub original: bool,
    pub provenance: Provenance,
}

/// One credit, in billing order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditRow {
    pub role: String,
    pub name: String,
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

pub fn add_country(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    country: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO work_countries (work_id, position, country) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, position as i64, country])?;
    Ok(())
}

pub fn add_language(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    lang: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO work_languages (work_id, position, lang) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, position as i64, lang])?;
    Ok(())
}

pub fn add_identifier(
    tx: &Tx<'_>,
    work_id: i64,
    kind: &str,
    value: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached("INSERT INTO identifiers (work_id, kind, value) VALUES (?1, ?2, ?3)")?
        .execute(params![work_id, kind, value])?;
    Ok(())
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

/// The work that carries an identifier of the given kind and value.
pub fn find_by_identifier(
    conn: &Db<'_>,
    kind: &str,
    value: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .sql()
        .prepare_cached("SELECT work_id FROM identifiers WHERE kind = ?1 AND value = ?2")?
        .query_row(params![kind, value], |r| r.get(0))
        .optional()?)
}

/// The works carrying an identifier with this value, and the identifier's kind.
pub fn find_by_value(db: &Db<'_>, value: &str) -> Result<Vec<(i64, String)>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT work_id, kind FROM identifiers WHERE value = ?1 ORDER BY work_id, kind",
    )?;
    let rows = stmt
        .query_map([value], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
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

/// How many works there are, or how many were submitted to one edition.
pub fn count(conn: &Db<'_>, edition_id: Option<i64>) -> Result<u64, StoreError> {
    let n: i64 = match edition_id {
        None => conn
            .sql()
            .query_row("SELECT count(*) FROM works", [], |r| r.get(0))?,
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
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut stmt = conn.sql().prepare(&format!(
            "SELECT work_id, field, lang, text, is_original, provenance FROM work_texts
             WHERE field = 'title' AND work_id IN ({marks}) ORDER BY work_id, lang"
        ))?;
        let rows = stmt.query_map(params_from_iter(chunk), |r| {
            Ok((r.get::<_, i64>(0)?, text_row(r, 1)?))
        })?;
        for row in rows {
            let (id, text) = row?;
            out.entry(id).or_default().push(text);
        }
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

pub fn identifiers(conn: &Db<'_>, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT kind, value FROM identifiers WHERE work_id = ?1 ORDER BY kind, value",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

fn ordered_strings(conn: &Db<'_>, sql: &str, work_id: i64) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(sql)?;
    let rows = stmt
        .query_map([work_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn countries(conn: &Db<'_>, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT country FROM work_countries WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}

pub fn languages(conn: &Db<'_>, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT lang FROM work_languages WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
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

pub fn add_genre(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    genre: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO work_genres (work_id, position, genre) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, position as i64, genre])?;
    Ok(())
}

pub fn add_field(
    tx: &Tx<'_>,
    work_id: i64,
    position: usize,
    name: &str,
    value: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO work_fields (work_id, position, name, value) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![work_id, position as i64, name, value])?;
    Ok(())
}

/// Adds a field after the work's others, unless it already has that name and value.
pub fn append_field(tx: &Tx<'_>, work_id: i64, name: &str, value: &str) -> Result<(), StoreError> {
    tx.sql().prepare_cached(
        "INSERT INTO work_fields (work_id, position, name, value)
         SELECT ?1, coalesce(max(position) + 1, 0), ?2, ?3 FROM work_fields WHERE work_id = ?1
           AND NOT EXISTS (SELECT 1 FROM work_fields WHERE work_id = ?1 AND name = ?2 AND value = ?3)
         HAVING NOT EXISTS (SELECT 1 FROM work_fields WHERE work_id = ?1 AND name = ?2 AND value = ?3)",
    )?
    .execute(params![work_id, name, value])?;
    Ok(())
}

pub fn genres(conn: &Db<'_>, work_id: i64) -> Result<Vec<String>, StoreError> {
    ordered_strings(
        conn,
        "SELECT genre FROM work_genres WHERE work_id = ?1 ORDER BY position",
        work_id,
    )
}

/// The other fields of a work, as (name, value), in their order.
pub fn fields(conn: &Db<'_>, work_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT name, value FROM work_fields WHERE work_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([work_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
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

/// Every work id, in order.
pub fn all_ids(conn: &Db<'_>) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.sql().prepare("SELECT id FROM works ORDER BY id")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// Folds the work `other` into `keep`: every text in a language `keep` lacks, every
/// credit, identifier, country, language, genre, field, image and submission, and its
/// history in the audit log; then deletes `other`. Returns the texts that could not move
/// under their own language because `keep` already has that field in that language,
/// worded differently, as (field, lang, text); they are kept under a private use tag.
pub fn merge_into(
    tx: &Tx<'_>,
    keep: i64,
    other: i64,
) -> Result<Vec<(String, String, String)>, StoreError> {
    let mut stmt = tx.sql().prepare(
        "SELECT o.field, o.lang, o.text FROM work_texts o JOIN work_texts k
           ON k.work_id = ?1 AND k.field = o.field AND k.lang = o.lang
         WHERE o.work_id = ?2 AND o.text <> k.text",
    )?;
    let kept_apart: Vec<(String, String, String)> = stmt
        .query_map(params![keep, other], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    drop(stmt);
    // A text in a language `keep` already has, worded differently, moves under a private
    // use tag naming where it came from (`en-x-w502`), so no wording is lost.
    tx.sql().execute(
        "UPDATE work_texts SET lang = lang || '-x-w' || ?2, is_original = 0
         WHERE work_id = ?2 AND instr(lang, '-x-') = 0 AND EXISTS (
           SELECT 1 FROM work_texts k WHERE k.work_id = ?1 AND k.field = work_texts.field
             AND k.lang = work_texts.lang AND k.text <> work_texts.text)",
        params![keep, other],
    )?;
    // A moved text stays original only when `keep` has no original of that field.
    tx.sql().execute(
        "UPDATE work_texts SET is_original = 0 WHERE work_id = ?2 AND is_original = 1
           AND EXISTS (SELECT 1 FROM work_texts k WHERE k.work_id = ?1 AND k.field = work_texts.field
                       AND k.is_original = 1)",
        params![keep, other],
    )?;
    let offset: i64 = tx.sql().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM work_fields WHERE work_id = ?1",
        [keep],
        |r| r.get(0),
    )?;
    tx.sql().execute(
        "UPDATE work_fields SET position = position + ?2 + 1000000 WHERE work_id = ?1",
        params![other, offset],
    )?;
    tx.sql().execute(
        "UPDATE work_fields SET position = position - 1000000 WHERE work_id = ?1",
        [other],
    )?;
    // Where both were entered in the same section, a judgement made on the other entry
    // is not lost to an undecided one.
    tx.sql().execute(
        "UPDATE submissions SET (submission_status, judging_status, judging_label_id) =
           (SELECT o.submission_status, o.judging_status, o.judging_label_id FROM submissions o
            WHERE o.work_id = ?2 AND o.section_id = submissions.section_id)
         WHERE work_id = ?1 AND judging_status = 'undecided' AND EXISTS (
           SELECT 1 FROM submissions o WHERE o.work_id = ?2
             AND o.section_id = submissions.section_id AND o.judging_status <> 'undecided')",
        params![keep, other],
    )?;
    // Pairs dismissed with the other work stay dismissed with the work kept.
    tx.sql().execute(
        "INSERT OR IGNORE INTO duplicate_dismissals (a, b, at, actor)
         SELECT min(?1, x), max(?1, x), at, actor FROM (
           SELECT CASE WHEN a = ?2 THEN b ELSE a END AS x, at, actor
           FROM duplicate_dismissals WHERE a = ?2 OR b = ?2)
         WHERE x <> ?1",
        params![keep, other],
    )?;
    // Every other table that refers to a work, as the schema says: a table added later
    // moves too. A row `keep` already has the like of stays with `other` and goes with it.
    for link in tx.work_links() {
        let table = link.table.as_str();
        if crate::links::DERIVED.contains(&table) || crate::links::OWN_MERGE_RULE.contains(&table) {
            continue;
        }
        tx.sql().execute(
            &format!(
                "UPDATE OR IGNORE {table} SET {col} = ?1 WHERE {col} = ?2",
                col = link.column
            ),
            params![keep, other],
        )?;
    }
    tx.sql().execute(
        "UPDATE audit_log SET entity_id = ?1 WHERE entity = 'work' AND entity_id = ?2",
        params![keep, other],
    )?;
    tx.sql().execute(
        "UPDATE works SET
           year = coalesce(year, (SELECT year FROM works WHERE id = ?2)),
           runtime_seconds = coalesce(runtime_seconds, (SELECT runtime_seconds FROM works WHERE id = ?2))
         WHERE id = ?1",
        params![keep, other],
    )?;
    tx.sql()
        .execute("DELETE FROM search_index WHERE rowid = ?1", [other])?;
    tx.sql()
        .execute("DELETE FROM works WHERE id = ?1", [other])?;
    Ok(kept_apart)
}

/// Adds an identifier unless the work already carries it; returns the work that carries
/// it now, which is another work when the identifier was taken.
pub fn ensure_identifier(
    tx: &Tx<'_>,
    work_id: i64,
    kind: &str,
    value: &str,
) -> Result<i64, StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT OR IGNORE INTO identifiers (work_id, kind, value) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![work_id, kind, value])?;
    Ok(tx
        .sql()
        .prepare_cached("SELECT work_id FROM identifiers WHERE kind = ?1 AND value = ?2")?
        .query_row(params![kind, value], |r| r.get(0))?)
}

/// What duplicate detection compares of one work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchRow {
    pub id: i64,
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
    pub titles: Vec<String>,
    /// Directors and artists.
    pub makers: Vec<String>,
}

/// The titles, makers, year and runtime of every work, or of an edition's works.
pub fn match_rows(conn: &Db<'_>, edition_id: Option<i64>) -> Result<Vec<MatchRow>, StoreError> {
    let scope = match edition_id {
        Some(_) => format!("WHERE {IN_EDITION}"),
        None => "WHERE ?1 IS NULL".to_owned(),
    };
    let mut rows: Vec<MatchRow> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    let mut stmt = conn.sql().prepare(&format!(
        "SELECT w.id, w.year, w.runtime_seconds FROM works w {scope} ORDER BY w.id"
    ))?;
    let mut q = stmt.query([edition_id])?;
    while let Some(r) = q.next()? {
        index.insert(r.get(0)?, rows.len());
        rows.push(MatchRow {
            id: r.get(0)?,
            year: r.get(1)?,
            runtime_seconds: r.get(2)?,
            ..MatchRow::default()
        });
    }
    let mut stmt = conn.sql().prepare(
        "SELECT work_id, text FROM work_texts WHERE field = 'title' ORDER BY work_id, is_original DESC",
    )?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            rows[*i].titles.push(r.get(1)?);
        }
    }
    let mut stmt = conn.sql().prepare(
        "SELECT c.work_id, p.name FROM credits c JOIN people p ON p.id = c.person_id
         WHERE c.role IN ('director', 'artist') ORDER BY c.work_id, c.position",
    )?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            rows[*i].makers.push(r.get(1)?);
        }
    }
    Ok(rows)
}

/// Several works' own columns and lists at once, for tables of thousands of rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkLists {
    pub year: Option<i32>,
    pub runtime_seconds: Option<i64>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub genres: Vec<String>,
}

pub fn lists_of(conn: &Db<'_>, ids: &[i64]) -> Result<HashMap<i64, WorkLists>, StoreError> {
    let mut out: HashMap<i64, WorkLists> = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut stmt = conn.sql().prepare(&format!(
            "SELECT id, year, runtime_seconds FROM works WHERE id IN ({marks})"
        ))?;
        let mut q = stmt.query(params_from_iter(chunk))?;
        while let Some(r) = q.next()? {
            let e = out.entry(r.get(0)?).or_default();
            e.year = r.get(1)?;
            e.runtime_seconds = r.get(2)?;
        }
        for (table, column, which) in [
            ("work_countries", "country", 0),
            ("work_languages", "lang", 1),
            ("work_genres", "genre", 2),
        ] {
            let mut stmt = conn.sql().prepare(&format!(
                "SELECT work_id, {column} FROM {table} WHERE work_id IN ({marks}) ORDER BY work_id, position"
            ))?;
            let mut q = stmt.query(params_from_iter(chunk))?;
            while let Some(r) = q.next()? {
                let e = out.entry(r.get(0)?).or_default();
                let list = match which {
                    0 => &mut e.countries,
                    1 => &mut e.languages,
                    _ => &mut e.genres,
                };
                list.push(r.get(1)?);
            }
        }
    }
    Ok(out)
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
    for link in db.work_links() {
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
