//! What each column of a FilmFreeway export means, and how its cells become the fields of
//! a [`Submission`]: a header is mapped by name (FilmFreeway's own, the extra ones Caravan's
//! exports write, custom questions), and each cell is checked as it is read, so a bad one
//! is refused with its line, its column and a stable code. It is apart from the reader
//! because it is the part that knows FilmFreeway's vocabulary, not how a file is read.

use super::{shorten, Judging, Memo, Rejection, Row, Submission};
use crate::csv_file::split_list;
use crate::table::Target;
use crate::title_language::original_language;
use crate::vocabulary::{parse_countries, parse_languages, suggest, Resolved};
use crate::{Aliases, Vocabulary, Warning};
use caravan_domain::{CreditRole, LangTag, SubmissionStatus};
use chrono::NaiveDate;
use std::collections::HashMap;

/// What a column of the export means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Column {
    SubmissionId,
    /// The id of a row of another platform's table, stored as `MAPPING:ID`.
    PlatformId,
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
    /// Mapped to be dropped.
    Ignored(String),
}

pub(super) fn column_of(header: &str) -> Column {
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

/// The column a mapping's target reads a header as.
pub(super) fn column_for(target: Target, header: &str) -> Column {
    match target {
        Target::Id => Column::PlatformId,
        Target::Title => Column::Title,
        Target::OriginalTitle => Column::OriginalTitle,
        Target::OriginalLanguage => Column::OriginalLanguage,
        Target::Synopsis => Column::Synopsis,
        Target::OriginalSynopsis => Column::OriginalSynopsis,
        Target::Directors => Column::Credit(CreditRole::Director),
        Target::Writers => Column::Credit(CreditRole::Writer),
        Target::Producers => Column::Credit(CreditRole::Producer),
        Target::Cast => Column::Credit(CreditRole::Cast),
        Target::Countries => Column::CountryOfOrigin,
        Target::Languages => Column::Language,
        Target::Year => Column::Year,
        Target::Runtime => Column::Duration,
        Target::CompletionDate => Column::CompletionDate,
        Target::Genres => Column::Genres,
        Target::Category => Column::Categories,
        Target::Status => Column::SubmissionStatus,
        Target::Judging => Column::JudgingStatus,
        Target::SubmissionDate => Column::SubmissionDate,
        // The identifier's scheme names the field, which the store checks and keeps.
        Target::Isan => Column::Field("ISAN".to_owned()),
        Target::Eidr => Column::Field("EIDR".to_owned()),
        Target::Isrc => Column::Field("ISRC".to_owned()),
        Target::Iswc => Column::Field("ISWC".to_owned()),
        Target::Ignore => Column::Ignored(header.to_owned()),
    }
}

pub(super) struct RowBuilder<'m> {
    pub(super) line: u64,
    pub(super) memo: &'m mut Memo,
    pub(super) aliases: &'m Aliases,
    /// The mapping's name when the row's id is another platform's.
    pub(super) platform: Option<&'m str>,
    pub(super) rejections: Vec<Rejection>,
    pub(super) warnings: Vec<Warning>,
    pub(super) sub: Submission,
}

fn non_empty(v: &str) -> Option<String> {
    (!v.is_empty()).then(|| v.to_owned())
}

impl RowBuilder<'_> {
    fn reject(&mut self, column: &str, code: &'static str, value: &str) {
        self.rejections.push(Rejection {
            line: self.line,
            column: column.to_owned(),
            code,
            value: shorten(value),
        });
    }

    /// Keeps values no vocabulary knows, as written, and warns of each with the closest
    /// known value.
    fn keep_unknown(&mut self, column: &str, kind: Vocabulary, unknown: &[String]) {
        for value in unknown {
            let code = match kind {
                Vocabulary::Country => crate::warning::UNKNOWN_COUNTRY,
                Vocabulary::Language => crate::warning::UNKNOWN_LANGUAGE,
                Vocabulary::Status => crate::warning::UNKNOWN_STATUS,
            };
            self.warnings.push(Warning {
                line: self.line,
                column: column.to_owned(),
                code,
                value: shorten(value),
                vocabulary: Some(kind),
                suggestion: suggest(kind, value),
            });
            let entry = (kind, value.clone());
            if !self.sub.unresolved.contains(&entry) {
                self.sub.unresolved.push(entry);
            }
        }
    }

    pub(super) fn cell(
        &mut self,
        header: &str,
        col: &Column,
        v: &str,
        questions: &HashMap<u32, &str>,
    ) {
        let s = &mut self.sub;
        match col {
            Column::SubmissionId => s.submission_id = non_empty(v),
            Column::PlatformId => {
                s.platform_id =
                    non_empty(v).map(|id| format!("{}:{id}", self.platform.unwrap_or_default()))
            }
            Column::Ignored(_) => {}
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
            Column::CountryOfOrigin => {
                let aliases = self.aliases;
                let Resolved { codes, unknown } = self
                    .memo
                    .countries
                    .entry(v.to_owned())
                    .or_insert_with(|| parse_countries(v, aliases))
                    .clone();
                self.sub.countries = codes;
                self.keep_unknown(header, Vocabulary::Country, &unknown);
            }
            Column::Language => {
                let aliases = self.aliases;
                let Resolved { codes, unknown } = self
                    .memo
                    .languages
                    .entry(v.to_owned())
                    .or_insert_with(|| parse_languages(v, aliases))
                    .clone();
                self.sub.languages = codes;
                self.keep_unknown(header, Vocabulary::Language, &unknown);
            }
            Column::SubmissionStatus => {
                // One status, or (in Caravan's exports) one per category, in order.
                // A status no one knows stays in consideration, and is kept as written.
                let mut list = Vec::new();
                let mut unknown = Vec::new();
                for part in v.split(';').map(str::trim) {
                    let aliased = self
                        .aliases
                        .get(Vocabulary::Status, part)
                        .and_then(|code| SubmissionStatus::parse(code).ok());
                    let status = aliased.or(match part.to_lowercase().as_str() {
                        "" | "in consideration" | "in-consideration" => {
                            Some(SubmissionStatus::InConsideration)
                        }
                        "incomplete" => Some(SubmissionStatus::Incomplete),
                        "disqualified" => Some(SubmissionStatus::Disqualified),
                        "withdrawn" => Some(SubmissionStatus::Withdrawn),
                        _ => None,
                    });
                    match status {
                        Some(st) => list.push(st),
                        None => {
                            list.push(SubmissionStatus::InConsideration);
                            unknown.push(part.to_owned());
                        }
                    }
                }
                s.status = list[0];
                if list.len() > 1 {
                    s.section_statuses = list;
                }
                self.keep_unknown(header, Vocabulary::Status, &unknown);
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
                    self.note_isrc_prefix(name, v);
                }
            }
        }
    }

    /// An ISRC whose prefix the IFPI list Caravan carries does not have yet is kept (new
    /// prefixes are allocated every year), and the curator hears of it.
    fn note_isrc_prefix(&mut self, header: &str, v: &str) {
        let is_isrc = header
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("isrc"));
        if !is_isrc {
            return;
        }
        let check = caravan_domain::ids::check_as(caravan_domain::ids::IdKind::Isrc, v);
        if check.valid() && check.note.is_some() {
            self.warnings.push(Warning {
                line: self.line,
                column: header.to_owned(),
                code: crate::warning::UNKNOWN_ISRC_PREFIX,
                value: shorten(check.canonical.as_deref().unwrap_or(v)),
                vocabulary: None,
                suggestion: None,
            });
        }
    }

    pub(super) fn finish(mut self) -> Row {
        let refused = |column: &str, rs: &[Rejection]| rs.iter().any(|r| r.column == column);
        if self.sub.title.is_empty() && !refused("Project Title", &self.rejections) {
            self.reject("Project Title", "ff-missing-title", "");
        }
        if self.sub.submission_id.is_none()
            && self.sub.tracking_number.is_none()
            && self.sub.platform_id.is_none()
        {
            let code = if self.platform.is_some() {
                "table-missing-id"
            } else {
                "ff-missing-id"
            };
            self.reject("Submission ID", code, "");
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
        sub.warnings = self.warnings;
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
}
