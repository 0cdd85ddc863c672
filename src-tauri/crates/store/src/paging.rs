//! Keyset paging: a page ends with a cursor naming the sort value and id of its last
//! row, and the next page starts strictly after it, so paging through 100,000 rows never
//! re-reads the rows before the page, and a row added or removed meanwhile never makes a
//! row appear twice or go missing.
//!
//! A cursor is text a caller hands back unchanged: `COLUMN~VALUE~ID`, where VALUE is `n`
//! (no value), `i` and a decimal integer, `t` and hex of UTF-8 text, or `b` and hex of
//! bytes (a collation key). Anything else is refused as [`StoreError::CursorInvalid`].

use crate::StoreError;
use rusqlite::types::Value;

/// A value sorted on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortValue {
    Null,
    Int(i64),
    Text(String),
    Bytes(Vec<u8>),
}

impl SortValue {
    fn sql(&self) -> Value {
        match self {
            SortValue::Null => Value::Null,
            SortValue::Int(i) => Value::Integer(*i),
            SortValue::Text(t) => Value::Text(t.clone()),
            SortValue::Bytes(b) => Value::Blob(b.clone()),
        }
    }
}

/// A cursor: where the previous page ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The sort column the cursor was made for; a cursor of another sort is refused.
    pub column: String,
    pub value: SortValue,
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let value = match &self.value {
            SortValue::Null => "n".to_owned(),
            SortValue::Int(i) => format!("i{i}"),
            SortValue::Text(t) => format!("t{}", hex::encode(t.as_bytes())),
            SortValue::Bytes(b) => format!("b{}", hex::encode(b)),
        };
        format!("{}~{value}~{}", self.column, self.id)
    }

    /// Reads a cursor made by [`encode`](Self::encode) for the sort `column`.
    pub fn decode(text: &str, column: &str) -> Result<Cursor, StoreError> {
        let bad = || StoreError::CursorInvalid(text.to_owned());
        let mut parts = text.split('~');
        let (Some(col), Some(value), Some(id), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if col != column {
            return Err(bad());
        }
        let id: i64 = id.parse().map_err(|_| bad())?;
        let value = match value.split_at_checked(1).ok_or_else(bad)? {
            ("n", "") => SortValue::Null,
            ("i", n) => SortValue::Int(n.parse().map_err(|_| bad())?),
            ("t", h) => SortValue::Text(
                String::from_utf8(hex::decode(h).map_err(|_| bad())?).map_err(|_| bad())?,
            ),
            ("b", h) => SortValue::Bytes(hex::decode(h).map_err(|_| bad())?),
            _ => return Err(bad()),
        };
        Ok(Cursor {
            column: col.to_owned(),
            value,
            id,
        })
    }
}

/// How one page is ordered and where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Keyset<'a> {
    /// The SQL expression sorted on.
    pub expr: &'a str,
    /// The row id that breaks ties, unique within the result.
    pub id: &'a str,
    pub descending: bool,
    pub after: Option<&'a Cursor>,
}

impl Keyset<'_> {
    /// The condition that keeps only rows after the cursor (or `1` without one), binding
    /// its values into `params`. SQLite sorts NULL before every value, so ascending pages
    /// run NULLs first and descending pages NULLs last.
    pub fn condition(&self, params: &mut Vec<Value>) -> String {
        let Some(c) = self.after else {
            return "1".to_owned();
        };
        let (expr, id) = (self.expr, self.id);
        params.push(Value::Integer(c.id));
        let id_param = params.len();
        let (cmp, id_cmp) = if self.descending {
            ("<", "<")
        } else {
            (">", ">")
        };
        match (&c.value, self.descending) {
            (SortValue::Null, false) => format!("(({expr}) IS NOT NULL OR {id} > ?{id_param})"),
            (SortValue::Null, true) => format!("(({expr}) IS NULL AND {id} < ?{id_param})"),
            (v, descending) => {
                params.push(v.sql());
                let v_param = params.len();
                let nulls = if descending {
                    format!(" OR ({expr}) IS NULL")
                } else {
                    String::new()
                };
                format!(
                    "(({expr}) {cmp} ?{v_param}{nulls} OR (({expr}) = ?{v_param} AND {id} {id_cmp} ?{id_param}))"
                )
            }
        }
    }

    pub fn order_by(&self) -> String {
        let dir = if self.descending { "DESC" } else { "ASC" };
        format!("ORDER BY {} {dir}, {} {dir}", self.expr, self.id)
    }
}

/// The value of a row's sort column, as a cursor carries it.
pub(crate) fn value_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<SortValue> {
    Ok(match r.get::<_, Value>(i)? {
        Value::Null => SortValue::Null,
        Value::Integer(n) => SortValue::Int(n),
        Value::Real(x) => SortValue::Int(x as i64),
        Value::Text(t) => SortValue::Text(t),
        Value::Blob(b) => SortValue::Bytes(b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_read_back_what_they_wrote() {
        for value in [
            SortValue::Null,
            SortValue::Int(-5),
            SortValue::Text("Сталкер ~ 1979".into()),
            SortValue::Bytes(vec![0, 1, 254]),
        ] {
            let c = Cursor {
                column: "title".into(),
                value,
                id: 42,
            };
            assert_eq!(Cursor::decode(&c.encode(), "title").unwrap(), c);
        }
    }

    #[test]
    fn a_cursor_of_another_sort_or_a_made_up_one_is_refused() {
        let c = Cursor {
            column: "year".into(),
            value: SortValue::Int(1979),
            id: 3,
        };
        assert!(Cursor::decode(&c.encode(), "title").is_err());
        for bad in [
            "",
            "title",
            "title~x~1",
            "title~i1~",
            "title~tzz~1",
            "title~n~1~2",
        ] {
            assert!(Cursor::decode(bad, "title").is_err(), "{bad}");
        }
    }
}
