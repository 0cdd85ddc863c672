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

pub use crate::csv_file::{encoding_for_label, unescape_formula, FileError};
pub use crate::title_language::title_language;

use crate::csv_file::without_controls;
use crate::table::{Cells, Mapping, Source, Target};
use crate::vocabulary::Resolved;
use crate::{Aliases, Vocabulary, Warning};
use caravan_domain::{CreditRole, SubmissionStatus};
use columns::{column_for, column_of, Column, RowBuilder};
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
    /// The id another platform gave the row, as `MAPPING:ID`, for a table read through a
    /// mapping of its own.
    pub platform_id: Option<String>,
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
    /// Values kept as written because no vocabulary knows them (a country "Quatar"): the
    /// work is flagged with each until the curator says what it means.
    pub unresolved: Vec<(Vocabulary, String)>,
    /// What the row's cells gave reason to warn about; the row imports all the same.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
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

/// How a file is read: which mapping names its columns, in which encoding it is written
/// (found when not given) and what the curator said unknown values mean.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub mapping: Mapping,
    pub encoding: Option<&'static encoding_rs::Encoding>,
    pub aliases: Aliases,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            mapping: Mapping::filmfreeway(),
            encoding: None,
            aliases: Aliases::default(),
        }
    }
}

/// Reads an export (or any table, through its mapping) row by row.
pub struct Reader {
    source: Source,
    path: std::path::PathBuf,
    columns: Vec<Column>,
    /// The mapping's name, when ids are stored as `NAME:ID` (any mapping but FilmFreeway's).
    platform: Option<String>,
    /// Country and language cells already read: an export repeats a few hundred values.
    memo: Memo,
    aliases: Aliases,
}

#[derive(Debug, Default)]
struct Memo {
    countries: HashMap<String, Resolved>,
    languages: HashMap<String, Resolved>,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("path", &self.path)
            .field("headers", &self.source.headers)
            .finish_non_exhaustive()
    }
}

impl Reader {
    /// Opens a FilmFreeway export and reads its header.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        Reader::open_with(path, ReadOptions::default())
    }

    /// Opens a table (CSV or XLSX) and reads its header, its columns named by the
    /// options' mapping.
    pub fn open_with(path: &Path, options: ReadOptions) -> Result<Self, FileError> {
        let source = Source::open(path, options.encoding)?;
        let missing = |column: &str| FileError::MissingColumn {
            path: path.to_path_buf(),
            column: column.to_owned(),
        };
        let (columns, platform) = if options.mapping.is_filmfreeway() {
            let columns: Vec<Column> = source.headers.iter().map(|h| column_of(h)).collect();
            if let Some(column) = missing_column(&columns) {
                return Err(missing(column));
            }
            (columns, None)
        } else {
            let mapping = &options.mapping;
            let columns: Vec<Column> = source
                .headers
                .iter()
                .map(|h| match mapping.target_of(h) {
                    Some(t) => column_for(t, h),
                    None => Column::Field(h.trim().to_owned()),
                })
                .collect();
            for (target, column) in [
                (Target::Title, Column::Title),
                (Target::Id, Column::PlatformId),
            ] {
                if !columns.contains(&column) {
                    let header = mapping
                        .columns
                        .iter()
                        .find(|(_, t)| *t == target)
                        .map_or(target.as_str(), |(h, _)| h.as_str());
                    return Err(FileError::MissingMapped {
                        path: path.to_path_buf(),
                        column: header.to_owned(),
                    });
                }
            }
            (columns, Some(mapping.name.clone()))
        };
        Ok(Reader {
            path: path.to_path_buf(),
            source,
            columns,
            platform,
            memo: Memo::default(),
            aliases: options.aliases,
        })
    }

    /// The header as it appears in the file.
    pub fn headers(&self) -> &[String] {
        &self.source.headers
    }

    /// The encoding the file is read in (`UTF-8`, `windows-1251` …); `None` for a workbook.
    pub fn encoding(&self) -> Option<&'static str> {
        self.source.encoding()
    }

    /// How far through the file reading is, from 0 to 1.
    pub fn progress(&self) -> f64 {
        self.source.progress()
    }

    /// The next row, `None` at the end, or an error when the file cannot be read on.
    pub fn next_row(&mut self) -> Result<Option<Row>, FileError> {
        match self.source.next_cells()? {
            Some((line, cells)) => Ok(Some(self.parse_record(line, cells))),
            None => Ok(None),
        }
    }

    fn parse_record(&mut self, line: u64, raw: Cells) -> Row {
        let headers = &self.source.headers;
        let mut rejections = Vec::new();
        let mut warnings = Vec::new();
        if raw.len() != headers.len() {
            rejections.push(Rejection {
                line,
                column: String::new(),
                code: "csv-bad-row",
                value: format!("{}/{}", raw.len(), headers.len()),
            });
            return Err(rejections);
        }
        let mut cells: Vec<String> = Vec::with_capacity(raw.len());
        for (i, cell) in raw.into_iter().enumerate() {
            match cell {
                Ok(text) => {
                    let text = unescape_formula(text.trim()).to_owned();
                    // SQLite measures text up to a NUL, and no screen shows a control
                    // character: they come out, and the curator hears of it.
                    match without_controls(&text) {
                        Some(clean) => {
                            warnings.push(Warning {
                                line,
                                column: headers[i].clone(),
                                code: crate::warning::CELL_CONTROL_CHARACTERS,
                                value: shorten(&text.escape_debug().to_string()),
                                vocabulary: None,
                                suggestion: None,
                            });
                            cells.push(clean.trim().to_owned());
                        }
                        None => cells.push(text),
                    }
                }
                Err(byte) => {
                    rejections.push(Rejection {
                        line,
                        column: headers[i].clone(),
                        code: "csv-bad-encoding",
                        value: format!("byte {byte}"),
                    });
                    cells.push(String::new());
                }
            }
        }
        let mut b = RowBuilder {
            line,
            memo: &mut self.memo,
            aliases: &self.aliases,
            platform: self.platform.as_deref(),
            rejections,
            warnings,
            sub: Submission {
                line,
                submission_id: None,
                tracking_number: None,
                platform_id: None,
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
                unresolved: Vec::new(),
                warnings: Vec::new(),
            },
        };
        let mut questions: HashMap<u32, &str> = HashMap::new();
        for (i, col) in self.columns.iter().enumerate() {
            if let Column::CustomQuestion(n) = col {
                questions.insert(*n, cells[i].as_str());
            }
        }
        for (i, col) in self.columns.iter().enumerate() {
            b.cell(&headers[i], col, &cells[i], &questions);
        }
        b.finish()
    }
}

/// The column a FilmFreeway export cannot do without that these columns lack: a title,
/// and a Submission ID or a Tracking Number.
fn missing_column(columns: &[Column]) -> Option<&'static str> {
    if !columns.contains(&Column::Title) {
        Some("Project Title")
    } else if !columns.contains(&Column::SubmissionId) && !columns.contains(&Column::TrackingNumber)
    {
        Some("Submission ID")
    } else {
        None
    }
}

/// Whether a header is a FilmFreeway export's, so its built-in mapping reads it.
pub fn is_export(headers: &[String]) -> bool {
    let columns: Vec<Column> = headers.iter().map(|h| column_of(h)).collect();
    missing_column(&columns).is_none()
}

/// A value as a report shows it: at most 80 characters.
pub(crate) fn shorten(value: &str) -> String {
    if value.chars().count() > 80 {
        value.chars().take(80).collect::<String>() + "…"
    } else {
        value.to_owned()
    }
}
