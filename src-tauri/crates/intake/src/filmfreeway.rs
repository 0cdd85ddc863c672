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

use caravan_domain::{CountryCode, CreditRole, LangTag, SubmissionStatus};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

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

/// A problem with the file as a whole: nothing in it can be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}: the file is empty")]
    Empty(PathBuf),
    #[error("{path}: no column '{column}'")]
    MissingColumn { path: PathBuf, column: String },
    #[error("{path}, line {line}: {detail}")]
    Malformed {
        path: PathBuf,
        line: u64,
        detail: String,
    },
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Io { .. } => "import-io",
            FileError::Empty(_) => "import-empty",
            FileError::MissingColumn { .. } => "import-missing-column",
            FileError::Malformed { .. } => "csv-malformed",
        }
    }
}

/// What a column of the export means.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    SubmissionId,
    TrackingNumber,
    Title,
    OriginalTitle,
    Synopsis,
    OriginalSynopsis,
    Lyrics,
    Duration,
    CountryOfOrigin,
    Language,
    ProjectType,
    Genres,
    CompletionDate,
    /// Not FilmFreeway's: Caravan's exports carry the year of works without a date.
    Year,
    /// Not FilmFreeway's: Caravan's exports carry the BCP 47 tag of the original title.
    OriginalLanguage,
    Credit(CreditRole),
    SubmissionDate,
    SubmissionStatus,
    JudgingStatus,
    Categories,
    /// `Submission Custom Field N`: the question of answer column N.
    CustomQuestion(u32),
    /// `Submission Custom Answer N`.
    CustomAnswer(u32),
    /// Kept as a field under its header.
    Field(String),
}

fn column_of(header: &str) -> Column {
    let h = header.trim();
    let lower = h.to_lowercase();
    let numbered = |prefix: &str| {
        lower
            .strip_prefix(prefix)
            .and_then(|n| n.trim().parse::<u32>().ok())
    };
    if let Some(n) = numbered("submission custom field") {
        return Column::CustomQuestion(n);
    }
    if let Some(n) = numbered("submission custom answer") {
        return Column::CustomAnswer(n);
    }
    match lower.as_str() {
        "submission id" => Column::SubmissionId,
        "tracking number" => Column::TrackingNumber,
        "project title" => Column::Title,
        "project title (original language)" => Column::OriginalTitle,
        "synopsis" => Column::Synopsis,
        "synopsis (original language)" => Column::OriginalSynopsis,
        "lyrics" => Column::Lyrics,
        "duration" | "duration (h:mm:ss)" | "runtime" => Column::Duration,
        "country of origin" => Column::CountryOfOrigin,
        "language" | "languages" => Column::Language,
        "project type" => Column::ProjectType,
        "genres" | "genre" => Column::Genres,
        "completion date" => Column::CompletionDate,
        "year" => Column::Year,
        "original language" | "original title language" => Column::OriginalLanguage,
        "directors" | "director" => Column::Credit(CreditRole::Director),
        "writers" | "writer" => Column::Credit(CreditRole::Writer),
        "producers" | "producer" => Column::Credit(CreditRole::Producer),
        "key cast" | "cast" => Column::Credit(CreditRole::Cast),
        // Not FilmFreeway's: the other roles Caravan's exports carry.
        "cinematographers" | "cinematographer" => Column::Credit(CreditRole::Cinematographer),
        "editors" | "editor" => Column::Credit(CreditRole::Editor),
        "composers" | "composer" => Column::Credit(CreditRole::Composer),
        "lyricists" | "lyricist" => Column::Credit(CreditRole::Lyricist),
        "artists" | "artist" => Column::Credit(CreditRole::Artist),
        "performers" | "performer" => Column::Credit(CreditRole::Performer),
        "submission date" => Column::SubmissionDate,
        "submission status" => Column::SubmissionStatus,
        "judging status" => Column::JudgingStatus,
        "submission categories" | "submission category" => Column::Categories,
        _ => Column::Field(h.to_owned()),
    }
}

/// Reads an export row by row.
pub struct Reader {
    path: PathBuf,
    csv: csv::Reader<Box<dyn Read + Send>>,
    headers: Vec<String>,
    columns: Vec<Column>,
    record: csv::ByteRecord,
    bytes_total: u64,
    utf16: bool,
    /// The reader counts a CRLF's line at the start of the next record; this corrects it.
    line_offset: u64,
    /// Country and language cells already read: an export repeats a few hundred values.
    memo: Memo,
}

#[derive(Debug, Default)]
struct Memo {
    countries: HashMap<String, Result<Vec<String>, String>>,
    languages: HashMap<String, Result<Vec<String>, String>>,
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> FileError + '_ {
    move |source| FileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("path", &self.path)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

impl Reader {
    /// Opens an export and reads its header.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        let file = std::fs::File::open(path).map_err(io_error(path))?;
        let bytes_total = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut buffered = std::io::BufReader::with_capacity(1 << 16, file);
        let head = {
            use std::io::BufRead;
            buffered.fill_buf().map_err(io_error(path))?.to_vec()
        };
        if head.is_empty() {
            return Err(FileError::Empty(path.to_path_buf()));
        }
        let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        // UTF-16 is decoded to UTF-8 on the fly; UTF-8 passes through untouched (its BOM
        // dropped). Bytes that are not UTF-8 are caught cell by cell below.
        let decoded: Box<dyn Read + Send> = if utf16 {
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .bom_sniffing(true)
                    .strip_bom(true)
                    .build(buffered),
            )
        } else {
            if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
                let mut bom = [0u8; 3];
                buffered.read_exact(&mut bom).map_err(io_error(path))?;
            }
            Box::new(buffered)
        };
        let (delimiter, crlf) = sniff_delimiter(&head, utf16);
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(decoded);
        let mut header = csv::ByteRecord::new();
        let got = csv
            .read_byte_record(&mut header)
            .map_err(|e| malformed(path, &e))?;
        if !got || header.iter().all(|h| h.iter().all(u8::is_ascii_whitespace)) {
            return Err(FileError::Empty(path.to_path_buf()));
        }
        let headers: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_owned())
            .collect();
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
            path: path.to_path_buf(),
            csv,
            headers,
            columns,
            record: csv::ByteRecord::new(),
            bytes_total,
            utf16,
            line_offset: u64::from(crlf),
            memo: Memo::default(),
        })
    }

    /// The header as it appears in the file.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// How far through the file reading is, from 0 to 1.
    pub fn progress(&self) -> f64 {
        if self.bytes_total == 0 {
            return 1.0;
        }
        // The position counts decoded UTF-8 bytes; UTF-16 text is about twice as long.
        let read = self.csv.position().byte() * if self.utf16 { 2 } else { 1 };
        (read as f64 / self.bytes_total as f64).min(1.0)
    }

    /// The next row, `None` at the end, or an error when the file cannot be read on.
    pub fn next_row(&mut self) -> Result<Option<Row>, FileError> {
        loop {
            let more = self
                .csv
                .read_byte_record(&mut self.record)
                .map_err(|e| malformed(&self.path, &e))?;
            if !more {
                return Ok(None);
            }
            // Blank lines between rows are not rows.
            if self
                .record
                .iter()
                .all(|c| c.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            let line = self.record.position().map(|p| p.line()).unwrap_or(0) + self.line_offset;
            return Ok(Some(self.parse_record(line)));
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

fn malformed(path: &Path, e: &csv::Error) -> FileError {
    match e.kind() {
        csv::ErrorKind::Io(io) => FileError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(io.kind(), io.to_string()),
        },
        _ => FileError::Malformed {
            path: path.to_path_buf(),
            line: e.position().map(|p| p.line()).unwrap_or(0),
            detail: e.to_string(),
        },
    }
}

/// Tabs in the header mean Excel's "Unicode text"; otherwise commas, or semicolons as
/// European spreadsheets write CSV. Also says whether lines end in CRLF.
fn sniff_delimiter(head: &[u8], utf16: bool) -> (u8, bool) {
    let text: String = if utf16 {
        let (decoded, _, _) = if head.starts_with(&[0xFE, 0xFF]) {
            encoding_rs::UTF_16BE.decode(head)
        } else {
            encoding_rs::UTF_16LE.decode(head)
        };
        decoded.into_owned()
    } else {
        String::from_utf8_lossy(head).into_owned()
    };
    let first = text.split('\n').next().unwrap_or("");
    let crlf = first.ends_with('\r') && text.contains('\n');
    let count = |c: char| first.matches(c).count();
    let (tabs, commas, semis) = (count('\t'), count(','), count(';'));
    let delimiter = if tabs > commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    };
    (delimiter, crlf)
}

/// A spreadsheet-safe export prefixes formulas with an apostrophe; taking it off again
/// makes an exported file import back as it was.
pub fn unescape_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

struct RowBuilder<'m> {
    line: u64,
    memo: &'m mut Memo,
    rejections: Vec<Rejection>,
    sub: Submission,
}

fn non_empty(v: &str) -> Option<String> {
    (!v.is_empty()).then(|| v.to_owned())
}

/// Splits a multi-value cell on commas (and semicolons), dropping empty parts.
fn split_list(v: &str) -> Vec<String> {
    v.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl RowBuilder<'_> {
    fn reject(&mut self, column: &str, code: &'static str, value: &str) {
        let mut value = value.to_owned();
        if value.chars().count() > 80 {
            value = value.chars().take(80).collect::<String>() + "…";
        }
        self.rejections.push(Rejection {
            line: self.line,
            column: column.to_owned(),
            code,
            value,
        });
    }

    fn cell(&mut self, header: &str, col: &Column, v: &str, questions: &HashMap<u32, &str>) {
        let s = &mut self.sub;
        match col {
            Column::SubmissionId => s.submission_id = non_empty(v),
            Column::TrackingNumber => s.tracking_number = non_empty(v),
            Column::Title => s.title = v.to_owned(),
            Column::OriginalTitle => s.original_title = non_empty(v),
            Column::Synopsis => s.synopsis = non_empty(v),
            Column::OriginalSynopsis => s.original_synopsis = non_empty(v),
            Column::Lyrics => s.lyrics = non_empty(v),
            Column::ProjectType => s.project_type = non_empty(v),
            Column::Genres => s.genres = split_list(v),
            Column::Categories => s.categories = split_list(v),
            Column::Credit(role) => {
                for name in split_list(v) {
                    s.credits.push((*role, name));
                }
            }
            Column::Duration => match parse_duration(v) {
                Ok(d) => s.runtime_seconds = d,
                Err(()) => self.reject(header, "ff-bad-duration", v),
            },
            Column::CompletionDate => match parse_date(v) {
                Ok(Some(d)) => {
                    s.year = Some(chrono::Datelike::year(&d));
                    s.completion_date = Some(d.to_string());
                }
                Ok(None) => {}
                Err(()) => self.reject(header, "ff-bad-date", v),
            },
            Column::OriginalLanguage => match v {
                "" => {}
                // Undetermined: what the importer itself records when it cannot tell.
                "und" => s.original_lang = Some(v.to_owned()),
                _ => match LangTag::parse(v) {
                    Ok(tag) => s.original_lang = Some(tag.to_string()),
                    Err(_) => self.reject(header, "ff-bad-language", v),
                },
            },
            Column::Year => match v.parse::<i32>() {
                Ok(y) if (1000..=2999).contains(&y) => {
                    s.year = s.year.or(Some(y));
                }
                _ if v.is_empty() => {}
                _ => self.reject(header, "ff-bad-year", v),
            },
            Column::SubmissionDate => match parse_date(v) {
                Ok(d) => s.submission_date = d.map(|d| d.to_string()),
                Err(()) => self.reject(header, "ff-bad-date", v),
            },
            Column::CountryOfOrigin => match self
                .memo
                .countries
                .entry(v.to_owned())
                .or_insert_with(|| parse_countries(v))
                .clone()
            {
                Ok(list) => s.countries = list,
                Err(bad) => self.reject(header, "ff-bad-country", &bad),
            },
            Column::Language => match self
                .memo
                .languages
                .entry(v.to_owned())
                .or_insert_with(|| parse_languages(v))
                .clone()
            {
                Ok(list) => s.languages = list,
                Err(bad) => self.reject(header, "ff-bad-language", &bad),
            },
            Column::SubmissionStatus => {
                // One status, or (in Caravan's exports) one per category, in order.
                let mut list = Vec::new();
                for part in v.split(';').map(str::trim) {
                    match part.to_lowercase().as_str() {
                        "" | "in consideration" => list.push(SubmissionStatus::InConsideration),
                        "incomplete" => list.push(SubmissionStatus::Incomplete),
                        "disqualified" => list.push(SubmissionStatus::Disqualified),
                        "withdrawn" => list.push(SubmissionStatus::Withdrawn),
                        _ => {
                            self.reject(header, "ff-bad-status", part);
                            return;
                        }
                    }
                }
                s.status = list[0];
                if list.len() > 1 {
                    s.section_statuses = list;
                }
            }
            Column::JudgingStatus => {
                let list: Vec<Judging> = v
                    .split(';')
                    .map(str::trim)
                    .map(|part| match part.to_lowercase().as_str() {
                        "" | "undecided" => Judging::Undecided,
                        "selected" => Judging::Selected,
                        "not selected" => Judging::NotSelected,
                        _ => Judging::Label(part.to_owned()),
                    })
                    .collect();
                s.judging = list[0].clone();
                if list.len() > 1 {
                    s.section_judging = list;
                }
            }
            Column::CustomQuestion(_) => {}
            Column::CustomAnswer(n) => {
                let question = questions.get(n).copied().unwrap_or("");
                if !v.is_empty() {
                    let name = if question.is_empty() {
                        header.to_owned()
                    } else {
                        question.to_owned()
                    };
                    s.fields.push((name, v.to_owned()));
                }
            }
            Column::Field(name) => {
                if !v.is_empty() {
                    s.fields.push((name.clone(), v.to_owned()));
                }
            }
        }
    }

    fn finish(mut self) -> Row {
        let refused = |column: &str, rs: &[Rejection]| rs.iter().any(|r| r.column == column);
        if self.sub.title.is_empty() && !refused("Project Title", &self.rejections) {
            self.reject("Project Title", "ff-missing-title", "");
        }
        if self.sub.submission_id.is_none() && self.sub.tracking_number.is_none() {
            self.reject("Submission ID", "ff-missing-id", "");
        }
        let n = self.sub.categories.len();
        if !self.sub.section_statuses.is_empty() && self.sub.section_statuses.len() != n {
            let value = format!("{}/{n}", self.sub.section_statuses.len());
            self.reject("Submission Status", "ff-bad-status", &value);
        }
        if !self.sub.section_judging.is_empty() && self.sub.section_judging.len() != n {
            let value = format!("{}/{n}", self.sub.section_judging.len());
            self.reject("Judging Status", "ff-bad-status", &value);
        }
        if !self.rejections.is_empty() {
            return Err(self.rejections);
        }
        let mut sub = self.sub;
        if sub.original_lang.is_some() {
            // Declared in the file.
        } else if let Some(original) = &sub.original_title {
            sub.original_lang = Some(original_language(original, &sub.languages, &sub.countries));
        } else if sub.original_synopsis.is_some() {
            sub.original_lang = sub.languages.first().cloned();
        }
        Ok(sub)
    }
}

/// `H:MM:SS`, `MM:SS`, or a number of minutes; empty is unknown.
fn parse_duration(v: &str) -> Result<Option<i64>, ()> {
    if v.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = v.split(':').map(str::trim).collect();
    let nums: Vec<i64> = parts
        .iter()
        .map(|p| p.parse::<i64>().map_err(|_| ()))
        .collect::<Result<_, _>>()?;
    // Nothing submitted to a festival runs for a year.
    const LONGEST: i64 = 366 * 24 * 3600;
    if nums.iter().any(|n| *n < 0 || *n > LONGEST) {
        return Err(());
    }
    let seconds = match nums.as_slice() {
        [m] => m * 60,
        [m, s] if *s < 60 => m * 60 + s,
        [h, m, s] if *m < 60 && *s < 60 => h * 3600 + m * 60 + s,
        _ => return Err(()),
    };
    if seconds > LONGEST {
        return Err(());
    }
    Ok(Some(seconds))
}

/// The date formats FilmFreeway and spreadsheets write.
fn parse_date(v: &str) -> Result<Option<NaiveDate>, ()> {
    if v.is_empty() {
        return Ok(None);
    }
    // A time of day after the date is dropped.
    let date_part = v.split(['T', ' ']).next().unwrap_or(v);
    for (text, format) in [
        (date_part, "%Y-%m-%d"),
        (date_part, "%m/%d/%Y"),
        (date_part, "%d/%m/%Y"),
        (date_part, "%d.%m.%Y"),
        (date_part, "%Y/%m/%d"),
        (v, "%b %d, %Y"),
        (v, "%B %d, %Y"),
        (v, "%d %B %Y"),
        (v, "%d %b %Y"),
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(text, format) {
            return Ok(Some(d));
        }
    }
    if let Ok(y) = v.parse::<i32>() {
        if (1000..=2999).contains(&y) {
            return NaiveDate::from_ymd_opt(y, 1, 1).map(Some).ok_or(());
        }
    }
    Err(())
}

/// Country names people write, beyond ISO's official ones.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("usa", "US"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("uk", "GB"),
    ("united kingdom", "GB"),
    ("great britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("russia", "RU"),
    ("korea", "KR"),
    ("south korea", "KR"),
    ("republic of korea", "KR"),
    ("north korea", "KP"),
    ("iran", "IR"),
    ("syria", "SY"),
    ("vietnam", "VN"),
    ("viet nam", "VN"),
    ("laos", "LA"),
    ("bolivia", "BO"),
    ("venezuela", "VE"),
    ("tanzania", "TZ"),
    ("moldova", "MD"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("taiwan", "TW"),
    ("palestine", "PS"),
    ("macedonia", "MK"),
    ("north macedonia", "MK"),
    ("ivory coast", "CI"),
    ("cote d'ivoire", "CI"),
    ("côte d'ivoire", "CI"),
    ("democratic republic of the congo", "CD"),
    ("dr congo", "CD"),
    ("congo", "CG"),
    ("brunei", "BN"),
    ("cape verde", "CV"),
    ("micronesia", "FM"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("turkiye", "TR"),
    ("hong kong", "HK"),
    ("macau", "MO"),
    ("macao", "MO"),
    ("kosovo", "XK"),
    ("soviet union", "SU"),
    ("ussr", "SU"),
    ("czechoslovakia", "CS"),
    ("yugoslavia", "YU"),
    ("east germany", "DD"),
    ("the netherlands", "NL"),
    ("holland", "NL"),
    ("vatican", "VA"),
    ("kyrgyzstan", "KG"),
    ("uae", "AE"),
    ("korea, republic of", "KR"),
    ("korea, democratic people's republic of", "KP"),
    ("iran, islamic republic of", "IR"),
    ("taiwan, province of china", "TW"),
    ("congo, the democratic republic of the", "CD"),
    ("venezuela, bolivarian republic of", "VE"),
    ("moldova, republic of", "MD"),
    ("tanzania, united republic of", "TZ"),
];

static COUNTRY_NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for c in isocountry::CountryCode::iter() {
        map.insert(c.name().to_lowercase(), c.alpha2().to_owned());
        map.insert(c.alpha3().to_lowercase(), c.alpha2().to_owned());
    }
    for (name, code) in COUNTRY_ALIASES {
        map.insert((*name).to_owned(), (*code).to_owned());
    }
    map
});

fn country_code(name: &str) -> Option<String> {
    let trimmed = name.trim();
    if trimmed.len() == 2 {
        if let Ok(c) = CountryCode::parse(trimmed) {
            return Some(c.as_str().to_owned());
        }
    }
    COUNTRY_NAMES.get(&trimmed.to_lowercase()).cloned()
}

/// A comma-separated list of country names or codes. Official names with commas in them
/// ("Korea, Republic of") are recognised whole.
fn parse_countries(v: &str) -> Result<Vec<String>, String> {
    let parts: Vec<&str> = v.split([',', ';']).map(str::trim).collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        if parts[i].is_empty() {
            i += 1;
            continue;
        }
        if i + 1 < parts.len() {
            if let Some(code) = country_code(&format!("{}, {}", parts[i], parts[i + 1])) {
                if !out.contains(&code) {
                    out.push(code);
                }
                i += 2;
                continue;
            }
        }
        match country_code(parts[i]) {
            Some(code) => {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
            None => return Err(parts[i].to_owned()),
        }
        i += 1;
    }
    Ok(out)
}

/// Language names people write that ISO 639 spells differently.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("mandarin", "zh"),
    ("chinese", "zh"),
    ("mandarin chinese", "zh"),
    ("cantonese", "yue"),
    ("farsi", "fa"),
    ("persian", "fa"),
    ("greek", "el"),
    ("modern greek", "el"),
    ("swahili", "sw"),
    ("malay", "ms"),
    ("nepali", "ne"),
    ("punjabi", "pa"),
    ("panjabi", "pa"),
    ("pashto", "ps"),
    ("kyrgyz", "ky"),
    ("kirghiz", "ky"),
    ("uzbek", "uz"),
    ("tagalog", "fil"),
    ("filipino", "fil"),
    ("slovenian", "sl"),
    ("castilian", "es"),
    ("flemish", "nl"),
    ("haitian creole", "ht"),
    ("sign language", "sgn"),
    ("khmer", "km"),
    ("burmese", "my"),
    ("lao", "lo"),
    ("sinhala", "si"),
    ("sinhalese", "si"),
    ("mongolian", "mn"),
    ("azerbaijani", "az"),
    ("azeri", "az"),
    ("kurdish", "ku"),
    ("tajik", "tg"),
    ("estonian", "et"),
    ("latvian", "lv"),
    ("albanian", "sq"),
    ("arabic", "ar"),
    ("hebrew", "he"),
    ("yiddish", "yi"),
    ("serbo-croatian", "sh"),
];

/// Cells that mean the work has no spoken language.
const NO_LANGUAGE: &[&str] = &["silent", "none", "no dialogue", "no dialog", "n/a"];

fn language_tag(name: &str) -> Option<String> {
    let trimmed = name.trim();
    let lower = trimmed.to_lowercase();
    // A BCP 47 tag written as such ("fr", "pt-BR", "zh-Hant") before any name: "en" and
    // "ko" are also the names of small languages in ISO 639-3.
    let looks_like_tag = trimmed.len() <= 12
        && trimmed.contains(|c: char| c.is_ascii_alphabetic())
        && trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        && (trimmed.len() <= 3 || trimmed.contains('-'));
    if looks_like_tag {
        let known = trimmed.contains('-')
            || isolang::Language::from_639_1(&lower).is_some()
            || isolang::Language::from_639_3(&lower).is_some();
        if known {
            if let Ok(tag) = LangTag::parse(trimmed) {
                return Some(tag.to_string());
            }
        }
    }
    if let Some((_, tag)) = LANGUAGE_ALIASES.iter().find(|(n, _)| *n == lower) {
        return Some((*tag).to_owned());
    }
    isolang::Language::from_name_lowercase(&lower).map(|lang| {
        lang.to_639_1()
            .map(str::to_owned)
            .unwrap_or_else(|| lang.to_639_3().to_owned())
    })
}

fn parse_languages(v: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for part in split_list(v) {
        if NO_LANGUAGE.contains(&part.to_lowercase().as_str()) {
            continue;
        }
        match language_tag(&part) {
            Some(tag) => {
                if !out.contains(&tag) {
                    out.push(tag);
                }
            }
            None => return Err(part),
        }
    }
    Ok(out)
}

/// The language of FilmFreeway's Project Title when it is the only title: as for an
/// original title, except that a Latin title nothing else identifies is taken as the
/// English title FilmFreeway asks for.
pub fn title_language(title: &str, declared: &[String], countries: &[String]) -> String {
    match original_language(title, declared, countries) {
        und if und == "und" && whatlang::detect_script(title) == Some(whatlang::Script::Latin) => {
            "en".to_owned()
        }
        lang => lang,
    }
}

/// The languages usually written in a script, most likely first.
fn languages_of_script(script: whatlang::Script) -> &'static [&'static str] {
    use whatlang::Script as S;
    match script {
        S::Arabic => &["ar", "fa", "ur", "ps", "ug", "ku"],
        S::Armenian => &["hy"],
        S::Bengali => &["bn", "as"],
        S::Cyrillic => &["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"],
        S::Devanagari => &["hi", "mr", "ne", "sa"],
        S::Ethiopic => &["am", "ti"],
        S::Georgian => &["ka"],
        S::Greek => &["el"],
        S::Gujarati => &["gu"],
        S::Gurmukhi => &["pa"],
        S::Hangul => &["ko"],
        S::Hebrew => &["he", "yi"],
        S::Hiragana | S::Katakana => &["ja"],
        S::Kannada => &["kn"],
        S::Khmer => &["km"],
        S::Malayalam => &["ml"],
        S::Mandarin => &["zh", "yue", "ja"],
        S::Myanmar => &["my"],
        S::Oriya => &["or"],
        S::Sinhala => &["si"],
        S::Tamil => &["ta"],
        S::Telugu => &["te"],
        S::Thai => &["th"],
        S::Latin => &[],
    }
}

/// The language of an original title: a declared language that is written in the title's
/// script; else what the text reliably looks like; else, for a script few languages use,
/// the most likely of them; else `und` (undetermined). Short Latin titles are too short to
/// tell reliably, so they are never guessed from the text alone.
fn original_language(title: &str, declared: &[String], countries: &[String]) -> String {
    let has_kana = title
        .chars()
        .any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF));
    if has_kana {
        return "ja".to_owned();
    }
    let Some(script) = whatlang::detect_script(title) else {
        return "und".to_owned();
    };
    let base = |tag: &str| tag.split('-').next().unwrap_or(tag).to_owned();
    let candidates = languages_of_script(script);
    let fits = |d: &&String| {
        if script == whatlang::Script::Latin {
            !LANGUAGES_NOT_LATIN.contains(&base(d).as_str())
        } else {
            candidates.contains(&base(d).as_str())
        }
    };
    let fitting: Vec<&String> = declared.iter().filter(fits).collect();
    // A script only one language is written in, or a declared language written in a
    // non-Latin script, settles it without reading the letters.
    if candidates.len() == 1 {
        return candidates[0].to_owned();
    }
    if script != whatlang::Script::Latin {
        if let Some(first) = fitting.first() {
            return (*first).clone();
        }
    }
    let detected = whatlang::detect(title)
        .filter(|i| i.is_reliable())
        .map(|info| {
            match info.lang() {
                // Whatlang's "Mandarin" is written Chinese, whatever it is spoken as.
                whatlang::Lang::Cmn => "zh".to_owned(),
                lang => isolang::Language::from_639_3(lang.code())
                    .and_then(|l| l.to_639_1())
                    .map(str::to_owned)
                    .unwrap_or_else(|| lang.code().to_owned()),
            }
        });
    if let Some(d) = &detected {
        if let Some(found) = fitting.iter().find(|f| base(f) == *d) {
            return (*found).clone();
        }
    }
    if let Some(d) = detected {
        return d;
    }
    // Too short to tell alone: among the languages of the countries of origin (and the
    // declared ones), the one the text reads as.
    let mut allow: Vec<whatlang::Lang> = Vec::new();
    for tag in countries.iter().filter_map(|c| country_language(c)).chain(
        declared
            .iter()
            .map(|d| base(d))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    ) {
        let code3 = isolang::Language::from_639_1(tag).map(|l| l.to_639_3());
        if let Some(lang) = code3.and_then(whatlang::Lang::from_code) {
            if !allow.contains(&lang) {
                allow.push(lang);
            }
        }
    }
    if !allow.is_empty() {
        let guess = whatlang::Detector::with_allowlist(allow)
            .detect(title)
            .filter(|i| i.script() == script)
            .and_then(|i| isolang::Language::from_639_3(i.lang().code()))
            .and_then(|l| l.to_639_1());
        if let Some(g) = guess {
            return g.to_owned();
        }
    }
    if let Some(first) = fitting.first() {
        return (*first).clone();
    }
    candidates
        .first()
        .map(|c| (*c).to_owned())
        .unwrap_or_else(|| "und".to_owned())
}

/// The main language of a country's films, for telling the language of a short title.
fn country_language(code: &str) -> Option<&'static str> {
    Some(match code {
        "AR" | "BO" | "CL" | "CO" | "CR" | "CU" | "DO" | "EC" | "ES" | "GT" | "HN" | "MX"
        | "NI" | "PA" | "PE" | "PY" | "SV" | "UY" | "VE" => "es",
        "FR" | "BE" | "LU" | "MC" | "SN" | "CI" | "ML" | "BF" => "fr",
        "DE" | "AT" | "LI" => "de",
        "CH" => "de",
        "IT" | "SM" => "it",
        "PT" | "BR" | "AO" | "MZ" => "pt",
        "US" | "GB" | "IE" | "AU" | "NZ" | "CA" | "NG" | "GH" | "JM" => "en",
        "NL" => "nl",
        "SE" => "sv",
        "NO" => "nb",
        "DK" => "da",
        "FI" => "fi",
        "IS" => "is",
        "PL" => "pl",
        "CZ" | "CS" => "cs",
        "SK" => "sk",
        "HU" => "hu",
        "RO" | "MD" => "ro",
        "HR" => "hr",
        "SI" => "sl",
        "RS" | "YU" => "sr",
        "BA" => "bs",
        "AL" | "XK" => "sq",
        "TR" => "tr",
        "AZ" => "az",
        "UZ" => "uz",
        "TM" => "tk",
        "EE" => "et",
        "LV" => "lv",
        "LT" => "lt",
        "VN" => "vi",
        "ID" => "id",
        "MY" => "ms",
        "PH" => "fil",
        "RU" | "SU" | "BY" => "ru",
        "UA" => "uk",
        "KZ" => "kk",
        "KG" => "ky",
        "GE" => "ka",
        "AM" => "hy",
        "GR" | "CY" => "el",
        "IL" => "he",
        "IR" => "fa",
        "EG" | "MA" | "DZ" | "TN" | "LB" | "SY" | "JO" | "IQ" | "SA" | "AE" | "PS" => "ar",
        "CN" | "TW" | "HK" => "zh",
        "JP" => "ja",
        "KR" => "ko",
        "TH" => "th",
        "IN" => "hi",
        _ => return None,
    })
}

/// Languages not normally written in Latin letters.
const LANGUAGES_NOT_LATIN: &[&str] = &[
    "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "ar", "fa", "ur", "ps", "he", "yi",
    "el", "hy", "ka", "hi", "mr", "ne", "bn", "ta", "te", "kn", "ml", "gu", "pa", "th", "lo", "km",
    "my", "si", "am", "zh", "yue", "ja", "ko",
];

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1:52:03"), Ok(Some(6723)));
        assert_eq!(parse_duration("27:32"), Ok(Some(1652)));
        assert_eq!(parse_duration("90"), Ok(Some(5400)));
        assert_eq!(parse_duration(""), Ok(None));
        assert!(parse_duration("1:75:00").is_err());
        assert!(parse_duration("about an hour").is_err());
        assert!(parse_duration("200000000000000000").is_err());
        assert!(parse_duration("9000000000000000:00:00").is_err());
    }

    #[test]
    fn dates_in_the_formats_exports_use() {
        let d = |s| parse_date(s).unwrap().unwrap().to_string();
        assert_eq!(d("2025-07-19"), "2025-07-19");
        assert_eq!(d("07/19/2025"), "2025-07-19");
        assert_eq!(d("19/07/2025"), "2025-07-19");
        assert_eq!(d("19.07.2025"), "2025-07-19");
        assert_eq!(d("Jul 19, 2025"), "2025-07-19");
        assert_eq!(d("July 19, 2025"), "2025-07-19");
        assert_eq!(d("2025-07-19 10:22:00"), "2025-07-19");
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn countries_by_name_code_and_former_code() {
        assert_eq!(
            parse_countries("Chile, Germany, United States, Spain").unwrap(),
            ["CL", "DE", "US", "ES"]
        );
        assert_eq!(parse_countries("FR,CH,ES").unwrap(), ["FR", "CH", "ES"]);
        assert_eq!(parse_countries("Korea").unwrap(), ["KR"]);
        assert_eq!(parse_countries("Korea, Republic of").unwrap(), ["KR"]);
        assert_eq!(parse_countries("SU").unwrap(), ["SU"]);
        assert_eq!(parse_countries("Japan").unwrap(), ["JP"]);
        assert_eq!(parse_countries("Narnia").unwrap_err(), "Narnia");
    }

    #[test]
    fn languages_by_name_or_tag() {
        assert_eq!(parse_languages("French, English").unwrap(), ["fr", "en"]);
        assert_eq!(parse_languages("Mandarin").unwrap(), ["zh"]);
        assert_eq!(parse_languages("pt-BR").unwrap(), ["pt-BR"]);
        assert_eq!(parse_languages("Silent").unwrap(), Vec::<String>::new());
        assert_eq!(parse_languages("Klingonese").unwrap_err(), "Klingonese");
    }

    #[test]
    fn original_title_language() {
        let langs = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            original_language(
                "Una mujer fantástica",
                &langs(&["ru"]),
                &langs(&["CL", "ES"])
            ),
            "es"
        );
        assert_eq!(
            original_language("千と千尋の神隠し", &langs(&["en"]), &[]),
            "ja"
        );
        assert_eq!(original_language("霸王别姬", &langs(&["zh"]), &[]), "zh");
        assert_eq!(original_language("기생충", &[], &[]), "ko");
        assert_eq!(original_language("Левиафан", &langs(&["ru"]), &[]), "ru");
        assert_eq!(original_language("Левиафан", &langs(&["en"]), &[]), "ru");
        assert_eq!(original_language("ფილმი", &[], &[]), "ka");
    }

    #[test]
    fn formula_apostrophes_come_off_only_before_formulas() {
        assert_eq!(unescape_formula("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(unescape_formula("'Tis the season"), "'Tis the season");
    }
}
