//! Exports of an edition's submissions: CSV in FilmFreeway's columns (so it imports back
//! unchanged), an XLSX workbook with the same columns, and JSON with everything.
//!
//! Spreadsheets run cells that start with `=`, `+`, `-` or `@` as formulas, so the CSV
//! prefixes such cells with an apostrophe (which the importer takes off again) and the
//! workbook writes every cell as a string.

use crate::api::{
    ExportFormat, ExportResult, SubmissionFilter, SubmissionItem, SubmissionsQuery, WorkDetail,
    MAX_PAGE,
};
use crate::{Caravan, Error};
use caravan_domain::ids::IdentifierKind;
use caravan_domain::{EditionId, JudgingKind, SubmissionColumn};
use serde::Serialize;
use std::path::Path;

/// FilmFreeway's columns that Caravan fills from its own data, in FilmFreeway's order.
const COLUMNS: &[&str] = &[
    "Submission ID",
    "Tracking Number",
    "Project Title",
    "Project Title (Original Language)",
    "Original Language",
    "Synopsis",
    "Synopsis (Original Language)",
    "Duration",
    "Country of Origin",
    "Language",
    "Genres",
    "Year",
    "Directors",
    "Writers",
    "Producers",
    "Key Cast",
    "Cinematographers",
    "Editors",
    "Composers",
    "Lyricists",
    "Artists",
    "Performers",
    "Project Type",
    "Submission Date",
    "Submission Status",
    "Judging Status",
    "Submission Categories",
];

/// One exported work: its submissions to the edition folded into one row.
#[derive(Debug, Serialize)]
struct ExportedWork {
    #[serde(flatten)]
    work: WorkDetail,
    submissions: Vec<SubmissionItem>,
}

fn status_words(status: caravan_domain::SubmissionStatus) -> &'static str {
    use caravan_domain::SubmissionStatus as S;
    match status {
        S::InConsideration => "In Consideration",
        S::Incomplete => "Incomplete",
        S::Disqualified => "Disqualified",
        S::Withdrawn => "Withdrawn",
    }
}

fn judging_words(item: &SubmissionItem) -> String {
    match item.judging {
        JudgingKind::Selected => "Selected".to_owned(),
        JudgingKind::NotSelected => "Not Selected".to_owned(),
        JudgingKind::Label => item
            .label_name
            .clone()
            .or(item.label.clone())
            .unwrap_or_default(),
        JudgingKind::Undecided => "Undecided".to_owned(),
    }
}

fn duration(seconds: Option<i64>) -> String {
    seconds
        .map(|s| format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60))
        .unwrap_or_default()
}

fn date(ms: Option<i64>) -> String {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|d| d.date_naive().to_string())
        .unwrap_or_default()
}

/// One status for all of a work's entries, or, where they differ, one per entry in the
/// order of its categories, joined by semicolons (FilmFreeway has one status a row).
fn per_section(subs: &[SubmissionItem], word: impl Fn(&SubmissionItem) -> String) -> String {
    let words: Vec<String> = subs.iter().map(word).collect();
    if words.windows(2).all(|w| w[0] == w[1]) {
        words.into_iter().next().unwrap_or_default()
    } else {
        words.join("; ")
    }
}

/// The cells of one work under [`COLUMNS`] followed by `extra` field columns. A work
/// that did not come from FilmFreeway gets a tracking number naming this database and the
/// work, so the file imports back onto it (and into another database as a new work).
fn row_of(w: &ExportedWork, extra: &[String], database_id: &str) -> Vec<String> {
    let d = &w.work;
    let ident = |kind: IdentifierKind| {
        d.identifiers
            .iter()
            .find(|i| i.kind == kind)
            .map(|i| i.value.clone())
            .unwrap_or_default()
    };
    let submission_id = ident(IdentifierKind::FilmfreewaySubmission);
    let mut tracking = ident(IdentifierKind::FilmfreewayTracking);
    if submission_id.is_empty() && tracking.is_empty() {
        tracking = crate::intake::own_tracking_number(database_id, d.id.get());
    }
    let original = d.titles.iter().find(|t| t.original).or(d.titles.first());
    let english = d.titles.iter().find(|t| t.lang == "en" && !t.original);
    let (title, original_title) = match (english, original) {
        // An English title spelled like the original says nothing more.
        (Some(en), Some(o)) if en.text == o.text => (o.text.clone(), String::new()),
        (Some(en), Some(o)) => (en.text.clone(), o.text.clone()),
        (None, Some(o)) => (o.text.clone(), String::new()),
        _ => (String::new(), String::new()),
    };
    let original_lang = original.map(|o| o.lang.clone()).unwrap_or_default();
    let syn_original = d.synopses.iter().find(|t| t.original);
    let syn_english = d.synopses.iter().find(|t| t.lang == "en" && !t.original);
    let (synopsis, original_synopsis) = match (syn_english, syn_original) {
        (Some(en), Some(o)) => (en.text.clone(), o.text.clone()),
        (None, Some(o)) if o.lang == "en" => (o.text.clone(), String::new()),
        (None, Some(o)) => (String::new(), o.text.clone()),
        (Some(en), None) => (en.text.clone(), String::new()),
        (None, None) => (String::new(), String::new()),
    };
    let credits = |role: &str| {
        d.credits
            .iter()
            .filter(|c| c.role.as_str() == role)
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let first = w.submissions.first();
    // What FilmFreeway said the project is, else what Caravan knows: music or not.
    let project_type = d
        .fields
        .iter()
        .find(|f| f.name == "Project Type")
        .map(|f| f.value.clone())
        .unwrap_or_else(|| match d.kind {
            caravan_domain::WorkKind::Music => "Music".to_owned(),
            caravan_domain::WorkKind::Film => String::new(),
        });
    let has_completion = d.fields.iter().any(|f| f.name == "Completion Date");
    let mut row = vec![
        submission_id,
        tracking,
        title,
        original_title,
        original_lang,
        synopsis,
        original_synopsis,
        duration(d.runtime_seconds),
        d.countries.join(", "),
        d.languages.join(", "),
        d.genres.join(", "),
        if has_completion {
            String::new()
        } else {
            d.year.map(|y| y.to_string()).unwrap_or_default()
        },
        credits("director"),
        credits("writer"),
        credits("producer"),
        credits("cast"),
        credits("cinematographer"),
        credits("editor"),
        credits("composer"),
        credits("lyricist"),
        credits("artist"),
        credits("performer"),
        project_type,
        date(first.and_then(|s| s.submitted_at)),
        per_section(&w.submissions, |s| status_words(s.status).to_owned()),
        per_section(&w.submissions, judging_words),
        w.submissions
            .iter()
            .map(|s| s.section_name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    ];
    for name in extra {
        let values: Vec<&str> = d
            .fields
            .iter()
            .filter(|f| &f.name == name)
            .map(|f| f.value.as_str())
            .collect();
        row.push(values.join("\n"));
    }
    row
}

/// A cell a spreadsheet would run as a formula gets an apostrophe in front.
fn formula_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

impl Caravan {
    fn exported_works(
        &self,
        edition: EditionId,
        filter: &SubmissionFilter,
        lang: &str,
    ) -> Result<Vec<ExportedWork>, Error> {
        // Page through the filtered entries in section order, as the store sorts them.
        let mut items: Vec<SubmissionItem> = Vec::new();
        let mut after = None;
        loop {
            let page = self.submissions_page(&SubmissionsQuery {
                edition,
                lang: lang.to_owned(),
                filter: filter.clone(),
                sort: SubmissionColumn::Section,
                descending: false,
                after,
                offset: 0,
                limit: MAX_PAGE,
            })?;
            items.extend(page.submissions);
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        let mut order: Vec<i64> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for i in &items {
            if seen.insert(i.work_id) {
                order.push(i.work_id.get());
            }
        }
        let mut by_work: std::collections::HashMap<i64, Vec<SubmissionItem>> =
            std::collections::HashMap::new();
        for i in items {
            by_work.entry(i.work_id.get()).or_default().push(i);
        }
        let mut out = Vec::with_capacity(order.len());
        for id in order {
            let mut work = self.work_detail(caravan_domain::WorkId(id), lang)?;
            work.media.clear();
            out.push(ExportedWork {
                work,
                submissions: by_work.remove(&id).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// Writes an edition's submissions to `out` in `format`; returns how many works.
    pub fn export(
        &self,
        edition: EditionId,
        format: ExportFormat,
        out: &Path,
        filter: &SubmissionFilter,
        lang: &str,
    ) -> Result<ExportResult, Error> {
        let works = self.exported_works(edition, filter, lang)?;
        let database_id = self.write(|tx| self.database_id_in(tx))?;
        let fail = |reason: String| Error::Export {
            path: out.to_path_buf(),
            reason,
        };
        let mut extra: Vec<String> = Vec::new();
        for w in &works {
            for f in &w.work.fields {
                if !extra.contains(&f.name) && !COLUMNS.contains(&f.name.as_str()) {
                    extra.push(f.name.clone());
                }
            }
        }
        let header: Vec<&str> = COLUMNS
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str))
            .collect();
        // Written beside the target and renamed, so a failed export leaves no half file.
        let dir = out
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(e.to_string()))?;
        match format {
            ExportFormat::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(std::io::BufWriter::new(temp.as_file()));
                w.write_record(&header).map_err(|e| fail(e.to_string()))?;
                for work in &works {
                    let row = row_of(work, &extra, &database_id);
                    w.write_record(row.iter().map(|c| formula_safe(c).into_owned()))
                        .map_err(|e| fail(e.to_string()))?;
                }
                w.flush().map_err(|e| fail(e.to_string()))?;
            }
            ExportFormat::Xlsx => {
                let mut book = rust_xlsxwriter::Workbook::new();
                let sheet = book.add_worksheet();
                let bold = rust_xlsxwriter::Format::new().set_bold();
                for (c, h) in header.iter().enumerate() {
                    sheet
                        .write_string_with_format(0, c as u16, *h, &bold)
                        .map_err(|e| fail(e.to_string()))?;
                }
                for (r, work) in works.iter().enumerate() {
                    for (c, cell) in row_of(work, &extra, &database_id).iter().enumerate() {
                        sheet
                            .write_string(r as u32 + 1, c as u16, cell)
                            .map_err(|e| fail(e.to_string()))?;
                    }
                }
                sheet
                    .set_freeze_panes(1, 0)
                    .map_err(|e| fail(e.to_string()))?;
                book.save(temp.path()).map_err(|e| fail(e.to_string()))?;
            }
            ExportFormat::Json => {
                let slug = self.edition(edition)?.slug;
                let doc = serde_json::json!({ "edition": slug, "works": works });
                let file = std::io::BufWriter::new(temp.as_file());
                serde_json::to_writer_pretty(file, &doc).map_err(|e| fail(e.to_string()))?;
            }
        }
        temp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
        temp.persist(out).map_err(|e| fail(e.error.to_string()))?;
        let path = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_path_buf());
        Ok(ExportResult {
            written: works.len() as u64,
            path: path.display().to_string(),
        })
    }
}
