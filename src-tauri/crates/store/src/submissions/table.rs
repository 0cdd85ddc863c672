//! An edition's submissions as the window's table and `submissions list` show them:
//! filtered, sorted and paged here, in SQL, so a table of 100,000 entries costs one page
//! of rows, and counted with `GROUP BY` for the statistics.

use crate::paging::{value_at, Cursor, Keyset, SortValue};
use crate::{Db, StoreError};
use caravan_domain::{JudgingStatus, SubmissionColumn, SubmissionStatus};
use rusqlite::params_from_iter;
use rusqlite::types::Value;

/// What the table is narrowed to: one edition, and any of the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub edition_id: i64,
    pub status: Option<SubmissionStatus>,
    pub judging: Option<JudgingStatus>,
    pub section_id: Option<i64>,
    /// An ISO 3166 code the work was made in.
    pub country: Option<String>,
    /// A language tag the work is in; `fr` also finds `fr-CA`.
    pub language: Option<String>,
    /// An FTS5 query over the work's titles and credited names.
    pub text: Option<String>,
}

impl Filter {
    /// The conditions the filtered entries meet (`s` the submission, `sc` its section,
    /// as joined by [`FROM`]), binding their values into `params`.
    pub(crate) fn conditions(&self, params: &mut Vec<Value>) -> String {
        self.conditions_for(params, false)
    }

    /// The conditions, written for a page in the order submissions were entered: the
    /// edition is then tested on each submission read in id order (the `+` keeps SQLite
    /// from reading them by section and sorting them all), so the first page costs a
    /// page, not the edition.
    fn conditions_for(&self, params: &mut Vec<Value>, in_id_order: bool) -> String {
        let mut bind = |v: Value| {
            params.push(v);
            params.len()
        };
        let edition = bind(Value::Integer(self.edition_id));
        let mut sql = if in_id_order {
            format!("+s.section_id IN (SELECT id FROM sections WHERE edition_id = ?{edition})")
        } else {
            format!("sc.edition_id = ?{edition}")
        };
        if let Some(status) = self.status {
            let p = bind(Value::Text(status.as_str().to_owned()));
            sql += &format!(" AND s.submission_status = ?{p}");
        }
        if let Some(j) = &self.judging {
            let p = bind(Value::Text(j.as_str().to_owned()));
            sql += &format!(" AND s.judging_status = ?{p}");
            if let Some(slug) = j.label() {
                let p = bind(Value::Text(slug.to_owned()));
                sql += &format!(
                    " AND s.judging_label_id = (SELECT id FROM judging_labels
                       WHERE edition_id = sc.edition_id AND slug = ?{p})"
                );
            }
        }
        if let Some(section) = self.section_id {
            let p = bind(Value::Integer(section));
            sql += &format!(" AND s.section_id = ?{p}");
        }
        if let Some(country) = &self.country {
            let p = bind(Value::Text(country.clone()));
            sql += &format!(
                " AND s.work_id IN (SELECT work_id FROM work_countries WHERE country = ?{p})"
            );
        }
        if let Some(lang) = &self.language {
            let p = bind(Value::Text(lang.clone()));
            // `lang` itself, or a tag that extends it (`fr-CA`): '-' sorts just before '.'.
            sql += &format!(
                " AND s.work_id IN (SELECT work_id FROM work_languages
                   WHERE lang = ?{p} OR (lang > ?{p} || '-' AND lang < ?{p} || '.'))"
            );
        }
        if let Some(text) = &self.text {
            let p = bind(Value::Text(text.clone()));
            sql += &format!(
                " AND s.work_id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?{p})"
            );
        }
        sql
    }
}

/// The tables a [`Filter`]'s conditions are written over.
pub(crate) const FROM: &str = "FROM submissions s JOIN sections sc ON sc.id = s.section_id";

/// One row of the table as the store has it; the core adds titles and lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub id: i64,
    pub work_id: i64,
    pub section_slug: String,
    pub section_name: String,
    pub status: SubmissionStatus,
    pub judging: JudgingStatus,
    pub label_name: Option<String>,
    pub submitted_at: Option<i64>,
    pub source: String,
}

/// How a page is sorted and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub column: SubmissionColumn,
    pub descending: bool,
    /// The interface locale whose collation title keys were made with.
    pub locale: String,
    pub after: Option<Cursor>,
    /// Rows to skip after the cursor (or from the start): a jump to the middle of a long
    /// table, where no cursor is known yet.
    pub offset: u64,
    pub limit: u64,
}

/// One page and the cursor that continues it (`None` on the last page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub rows: Vec<TableRow>,
    pub next: Option<Cursor>,
}

/// The sort expression of a column, and the join it needs.
fn sort_expr(column: SubmissionColumn) -> (&'static str, &'static str) {
    match column {
        SubmissionColumn::Title => (
            "k.key",
            "JOIN title_sort_keys k ON k.work_id = s.work_id AND k.locale = ?1",
        ),
        SubmissionColumn::Section => ("sc.position", ""),
        SubmissionColumn::Status => ("s.submission_status", ""),
        SubmissionColumn::Judging => ("coalesce(l.name, s.judging_status)", ""),
        SubmissionColumn::Countries => (
            "(SELECT group_concat(country, ',') FROM (SELECT country FROM work_countries
               WHERE work_id = s.work_id ORDER BY position))",
            "",
        ),
        SubmissionColumn::Languages => (
            "(SELECT group_concat(lang, ',') FROM (SELECT lang FROM work_languages
               WHERE work_id = s.work_id ORDER BY position))",
            "",
        ),
        SubmissionColumn::Year => ("w.year", "JOIN works w ON w.id = s.work_id"),
        SubmissionColumn::Submitted => ("s.submitted_at", ""),
        SubmissionColumn::Id => ("s.id", ""),
    }
}

/// How many entries the filter keeps.
pub fn count(db: &Db<'_>, filter: &Filter) -> Result<u64, StoreError> {
    let mut params = Vec::new();
    let sql = format!(
        "SELECT count(*) {FROM} WHERE {}",
        filter.conditions(&mut params)
    );
    let n: i64 = db
        .sql()
        .prepare_cached(&sql)?
        .query_row(params_from_iter(params), |r| r.get(0))?;
    Ok(n as u64)
}

/// One page of the filtered entries in the order asked for.
pub fn page(db: &Db<'_>, filter: &Filter, order: &Order) -> Result<Page, StoreError> {
    let (expr, join) = sort_expr(order.column);
    // ?1 is the locale, used by the title join and otherwise bound but unused.
    let mut params = vec![Value::Text(order.locale.clone())];
    let rest = filter.conditions_for(&mut params, order.column == SubmissionColumn::Id);
    let keyset = Keyset {
        expr,
        id: "s.id",
        descending: order.descending,
        after: order.after.as_ref(),
    };
    let after = keyset.condition(&mut params);
    params.push(Value::Integer(order.limit.min(i64::MAX as u64) as i64));
    let limit = params.len();
    params.push(Value::Integer(order.offset.min(i64::MAX as u64) as i64));
    let offset = params.len();
    let sql = format!(
        "SELECT s.id, s.work_id, sc.slug, sc.name, s.submission_status, s.judging_status,
                l.slug, l.name, s.submitted_at, s.source, {expr}
         {FROM} {join} LEFT JOIN judging_labels l ON l.id = s.judging_label_id
         WHERE ?1 = ?1 AND {rest} AND {after}
         {} LIMIT ?{limit} OFFSET ?{offset}",
        keyset.order_by()
    );
    let mut stmt = db.sql().prepare_cached(&sql)?;
    let mut last: Option<(SortValue, i64)> = None;
    let rows = stmt
        .query_map(params_from_iter(params), |r| {
            let judging = crate::vocabulary(
                5,
                JudgingStatus::from_parts(&r.get::<_, String>(5)?, r.get(6)?),
            )?;
            Ok((
                TableRow {
                    id: r.get(0)?,
                    work_id: r.get(1)?,
                    section_slug: r.get(2)?,
                    section_name: r.get(3)?,
                    status: crate::vocabulary(4, SubmissionStatus::parse(&r.get::<_, String>(4)?))?,
                    judging,
                    label_name: r.get(7)?,
                    submitted_at: r.get(8)?,
                    source: r.get(9)?,
                },
                value_at(r, 10)?,
            ))
        })?
        .map(|row| {
            row.map(|(row, value)| {
                last = Some((value, row.id));
                row
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let full = rows.len() as u64 == order.limit && order.limit > 0;
    let next = match (full, last) {
        (true, Some((value, id))) => Some(Cursor {
            column: order.column.as_str().to_owned(),
            value,
            id,
        }),
        _ => None,
    };
    Ok(Page { rows, next })
}

/// A count of entries sharing one value.
pub type Tallies = Vec<(String, u64)>;

/// The filtered entries counted by country, language, genre and status, most first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub total: u64,
    pub by_country: Tallies,
    pub by_language: Tallies,
    pub by_genre: Tallies,
    pub by_status: Tallies,
}

fn tally(db: &Db<'_>, filter: &Filter, key: &str, join: &str) -> Result<Tallies, StoreError> {
    let mut params = Vec::new();
    let rest = filter.conditions(&mut params);
    let sql = format!(
        "SELECT {key} AS k, count(*) AS n {FROM} {join} WHERE {rest}
         GROUP BY k ORDER BY n DESC, k"
    );
    let mut stmt = db.sql().prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(params), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The filtered entries counted. A whole edition's counts are kept by the triggers of
/// `edition_tallies` and read; a narrower filter is counted with `GROUP BY`.
pub fn stats(db: &Db<'_>, filter: &Filter) -> Result<Stats, StoreError> {
    let whole_edition = Filter {
        edition_id: filter.edition_id,
        ..Filter::default()
    };
    if *filter == whole_edition {
        return kept_tallies(db, filter.edition_id);
    }
    counted(db, filter)
}

/// An edition's counts as its triggers keep them.
pub fn kept_tallies(db: &Db<'_>, edition_id: i64) -> Result<Stats, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT dimension, key, count FROM edition_tallies
         WHERE edition_id = ?1 AND count > 0 ORDER BY dimension, count DESC, key",
    )?;
    let mut stats = Stats::default();
    let mut rows = stmt.query([edition_id])?;
    while let Some(r) = rows.next()? {
        let (dimension, key, count): (String, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let list = match dimension.as_str() {
            "all" => {
                stats.total = count as u64;
                continue;
            }
            "country" => &mut stats.by_country,
            "language" => &mut stats.by_language,
            "genre" => &mut stats.by_genre,
            _ => &mut stats.by_status,
        };
        list.push((key, count as u64));
    }
    Ok(stats)
}

/// The filtered entries counted with `GROUP BY`.
pub fn counted(db: &Db<'_>, filter: &Filter) -> Result<Stats, StoreError> {
    Ok(Stats {
        total: count(db, filter)?,
        by_country: tally(
            db,
            filter,
            "x.country",
            "JOIN work_countries x ON x.work_id = s.work_id",
        )?,
        by_language: tally(
            db,
            filter,
            "x.lang",
            "JOIN work_languages x ON x.work_id = s.work_id",
        )?,
        by_genre: tally(
            db,
            filter,
            "x.genre",
            "JOIN work_genres x ON x.work_id = s.work_id",
        )?,
        by_status: tally(db, filter, "s.submission_status", "")?,
    })
}

/// The ids of every entry the filter keeps, for a change applied to all of them.
pub(crate) fn ids_sql(filter: &Filter, params: &mut Vec<Value>) -> String {
    format!("SELECT s.id {FROM} WHERE {}", filter.conditions(params))
}
