//! FilmFreeway submission exports, read as a stream.
//!
//! Festivals download these as CSV from FilmFreeway, or after a round through Excel as
//! UTF-16 "Unicode text" with tabs. [`Reader`] sniffs the byte-order mark and the
//! delimiter, maps the header by name (FilmFreeway's columns in any order, custom
//! questions either as `Submission Custom Field N` / `Submission Custom Answer N` pairs or
//! with the question itself as the header, unknown columns kept as fields), and then yields
//! one [`Row`] at a time: a [`Submission`] ready to store, or the [`Rejection`]s that name
//! its line, its column and what was wrong. Nothing is held but the current row, so a
//! file of any size is read in bounded memory.
//!
//! The file itself (encodings, delimiter, blank lines) is read by the crate's CSV layer;
//! what each column means and how its cells are checked is `columns`'s. The country and
//! language vocabulary is not FilmFreeway's own and the guess of a title's language
//! serves DDEX too, so both live in modules of their own; what callers have always named
//! from here ([`title_language`], [`FileError`], [`unescape_formula`]) is re-exported.

mod columns;

pub use crate::csv_file::{unescape_formula, FileError};
pub use crate::title_language::title_language;

use crate::csv_file::Records;
use caravan_domain::{CreditRole, SubmissionStatus};
use columns::{column_of, Column, RowBuilder};
use std::collections::HashMap;
use std::path::Path;

/// Judging as FilmFreeway reports it: its three fixed states, or the festival's own label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Judging {
    Undecided,
    Selected,
    NotSelected,
    /// The label's text as the festival wrote it, such as "Finalist".
    Label(String),
}

/// One submission of the export, checked and normalised.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Submission {
    /// Line of the file where the row starts (1 is the header).
    #[serde(skip)]
    pub line: u64,
    pub submission_id: Option<String>,
    pub tracking_number: Option<String>,
    /// The project title as entered, in the festival's language of business (English).
    pub title: String,
    pub original_title: Option<String>,
    /// BCP 47 tag of the original title and synopsis: declared in the Language column
    /// when one fits the title's script, else detected, else `und`.
    pub original_lang: Option<String>,
    pub synopsis: Option<String>,
    pub original_synopsis: Option<String>,
    pub lyrics: Option<String>,
    pub runtime_seconds: Option<i64>,
    /// ISO 3166 codes of the countries of origin.
    pub countries: Vec<String>,
    /// BCP 47 tags of the spoken languages.
    pub languages: Vec<String>,
    pub completion_date: Option<String>,
    pub year: Option<i32>,
    pub project_type: Option<String>,
    pub genres: Vec<String>,
    /// Credits in billing order.
    pub credits: Vec<(CreditRole, String)>,
    /// ISO date (`YYYY-MM-DD`).
    pub submission_date: Option<String>,
    pub status: SubmissionStatus,
    pub judging: Judging,
    /// The festival's categories this was entered in; each becomes a section.
    pub categories: Vec<String>,
    /// When the entries of different categories stand differently (Caravan's exports
    /// write `Selected; Undecided`): one status per category, in the same order.
    pub section_statuses: Vec<SubmissionStatus>,
    pub section_judging: Vec<Judging>,
    /// Every other column and custom question, by its header or question, in file order.
    pub fields: Vec<(String, String)>,
}

impl Submission {
    /// The work is a piece of music when FilmFreeway's project type says so.
    pub fn is_music(&self) -> bool {
        self.project_type.as_deref().is_some_and(|t| {
            let t = t.to_lowercase();
            t == "music" || t.contains("song") || t.contains("audio") || t.contains("album")
        })
    }
}

/// Why one cell or row was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub line: u64,
    /// The header of the column, or empty for the whole row.
    pub column: String,
    /// Stable code, such as `ff-bad-duration`.
    pub code: &'static str,
    /// The offending value, shortened.
    pub value: String,
}

/// What the reader produced for one row.
pub type Row = Result<Submission, Vec<Rejection>>;

/// Reads an export row by row.
pub struct Reader {
    records: Records,
    headers: Vec<String>,
    columns: Vec<Column>,
    record: csv::ByteRecord,
    /// Country and language cells already read: an export repeats a few hundred values.
    memo: Memo,
}

#[derive(Debug, Default)]
struct Memo {
    countries: HashMap<String, Result<Vec<String>, String>>,
    languages: HashMap<String, Result<Vec<String>, String>>,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("path", &self.records.path())
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

impl Reader {
    /// Opens an export and reads its header.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        let (records, headers) = Records::open(path)?;
        let columns: Vec<Column> = headers.iter().map(|h| column_of(h)).collect();
        if !columns.contains(&Column::Title) {
            return Err(FileError::MissingColumn {
                path: path.to_path_buf(),
                column: "Project Title".to_owned(),
            });
        }
        if !columns.contains(&Column::SubmissionId) && !columns.contains(&Column::TrackingNumber) {
            return Err(FileError::MissingColumn {
                path: path.to_path_buf(),
                column: "Submission ID".to_owned(),
            });
        }
        Ok(Reader {
            records,
            headers,
            columns,
            record: csv::ByteRecord::new(),
            memo: Memo::default(),
        })
    }

    /// The header as it appears in the file.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// How far through the file reading is, from 0 to 1.
    pub fn progress(&self) -> f64 {
        self.records.progress()
    }

    /// The next row, `None` at the end, or an error when the file cannot be read on.
    pub fn next_row(&mut self) -> Result<Option<Row>, FileError> {
        match self.records.next_record(&mut self.record)? {
            Some(line) => Ok(Some(self.parse_record(line))),
            None => Ok(None),
        }
    }

    fn parse_record(&mut self, line: u64) -> Row {
        let mut rejections = Vec::new();
        if self.record.len() != self.headers.len() {
            rejections.push(Rejection {
                line,
                column: String::new(),
                code: "csv-bad-row",
                value: format!("{}/{}", self.record.len(), self.headers.len()),
            });
            return Err(rejections);
        }
        let mut cells: Vec<&str> = Vec::with_capacity(self.record.len());
        for (i, raw) in self.record.iter().enumerate() {
            match std::str::from_utf8(raw) {
                Ok(text) => cells.push(unescape_formula(text.trim())),
                Err(e) => {
                    rejections.push(Rejection {
                        line,
                        column: self.headers[i].clone(),
                        code: "csv-bad-encoding",
                        value: format!("byte {}", e.valid_up_to() + 1),
                    });
                    cells.push("");
                }
            }
        }
        let mut b = RowBuilder {
            line,
            memo: &mut self.memo,
            rejections,
            sub: Submission {
                line,
                submission_id: None,
                tracking_number: None,
                title: String::new(),
                original_title: None,
                original_lang: None,
                synopsis: None,
                original_synopsis: None,
                lyrics: None,
                runtime_seconds: None,
                countries: Vec::new(),
                languages: Vec::new(),
                completion_date: None,
                year: None,
                project_type: None,
                genres: Vec::new(),
                credits: Vec::new(),
                submission_date: None,
                status: SubmissionStatus::InConsideration,
                judging: Judging::Undecided,
                categories: Vec::new(),
                section_statuses: Vec::new(),
                section_judging: Vec::new(),
                fields: Vec::new(),
            },
        };
        let mut questions: HashMap<u32, &str> = HashMap::new();
        for (i, col) in self.columns.iter().enumerate() {
            if let Column::CustomQuestion(n) = col {
                questions.insert(*n, cells[i]);
            }
        }
        for (i, col) in self.columns.iter().enumerate() {
            let header = &self.headers[i];
            let value = cells[i];
            b.cell(header, col, value, &questions);
        }
        b.finish()
    }
}
