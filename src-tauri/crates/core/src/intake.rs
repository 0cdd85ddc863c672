//! Imports: FilmFreeway exports and DDEX ERN messages into an edition.
//!
//! A file is applied in one transaction. FilmFreeway rows are streamed: each is checked,
//! and either stored or added to the report's rejected rows; when any row was rejected and
//! `--partial` was not given, the transaction is rolled back and the report comes back as
//! the error's details. Re-importing updates a work found by its Submission ID (else its
//! Tracking Number, for DDEX its ISRC) and reports a row whose content has not changed as
//! unchanged, by a digest of what it said.

use crate::api::{ImportProgress, ImportReport, RejectedRow};
use crate::{search, Caravan, Error};
use caravan_domain::ids::IdentifierKind;
use caravan_domain::ids::{self, IdKind};
use caravan_domain::{
    check_slug, CreditRole, JudgingStatus, Provenance, SubmissionStatus, TextField, WorkKind,
};
use caravan_domain::{EditionId, SectionId};
use caravan_intake::ddex;
use caravan_intake::filmfreeway::{self, Judging, Rejection, Submission};
use caravan_store::{editions, submissions, works, Tx};
use sha2::Digest;
use std::collections::HashMap;
use std::path::Path;

/// The identifier kinds FilmFreeway rows are matched by.
pub(crate) const FF_SUBMISSION: &str = IdentifierKind::FilmfreewaySubmission.as_str();
pub(crate) const FF_TRACKING: &str = IdentifierKind::FilmfreewayTracking.as_str();

/// The setting holding this database's name.
const DATABASE_ID: &str = "database-id";

/// The tracking number an export gives a work that has none from FilmFreeway.
pub(crate) fn own_tracking_number(database_id: &str, work_id: i64) -> String {
    format!("CARAVAN-{database_id}-{work_id}")
}

/// The work an exported tracking number of this database names.
fn own_work(database_id: Option<&str>, tracking: &str) -> Option<i64> {
    let database_id = database_id?;
    tracking
        .strip_prefix("CARAVAN-")?
        .strip_prefix(database_id)?
        .strip_prefix('-')?
        .parse()
        .ok()
}

/// The most refused rows a report lists one by one; `rejected_total` counts them all.
const MAX_REPORTED: usize = 1000;

/// How an import should go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Report what would happen and store nothing.
    pub dry_run: bool,
    /// Store the good rows even when some are rejected.
    pub partial: bool,
}

/// What happened to one row.
enum Outcome {
    Imported,
    Updated,
    Unchanged,
}

impl ImportReport {
    fn count(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Imported => self.imported += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
        }
    }

    fn reject(&mut self, r: Rejection) {
        // A file of garbage must not build a report as big as itself.
        self.rejected_total += 1;
        if self.rejected.len() >= MAX_REPORTED {
            return;
        }
        self.rejected.push(RejectedRow {
            line: r.line,
            column: r.column,
            code: r.code.to_owned(),
            message: String::new(),
            value: r.value,
        });
    }

    /// Fills in every rejected row's message in the localizer's language.
    pub fn localize(&mut self, l10n: &caravan_i18n::Localizer) {
        for r in &mut self.rejected {
            r.message = l10n.tr_with(
                &format!("reject--{}", r.code),
                [
                    ("line", r.line.into()),
                    ("column", r.column.as_str().into()),
                    ("value", r.value.as_str().into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
            );
        }
    }
}

/// A slug for a section or label named in a file: its romanised, folded letters and
/// digits joined by hyphens, cut at a hyphen to the 64 characters a slug may have.
fn slug_of(name: &str) -> String {
    let mut slug = full_slug_of(name);
    while slug.len() > 64 {
        match slug[..64].rfind('-') {
            Some(cut) if cut > 0 => slug.truncate(cut),
            _ => slug.truncate(64),
        }
    }
    slug
}

fn full_slug_of(name: &str) -> String {
    let roman = caravan_text::romanize(name);
    let mut slug = String::new();
    for c in roman.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "section".to_owned()
    } else {
        slug
    }
}

fn digest(value: &impl serde::Serialize, edition_id: i64) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    let mut h = sha2::Sha256::new();
    h.update(edition_id.to_le_bytes());
    h.update(text.as_bytes());
    hex::encode(h.finalize())
}

/// A row with what does not change what is stored taken out (the order of fields and
/// categories, an original title that repeats the title), so an export of the stored
/// data imports back as unchanged.
fn comparable(sub: &Submission) -> Submission {
    let mut c = sub.clone();
    if c.original_title.as_deref() == Some(c.title.as_str()) {
        c.original_title = None;
    }
    c.fields = fields_of(sub)
        .into_iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    c.fields.sort();
    c.project_type = None;
    c.completion_date = None;
    c.lyrics = None;
    c.categories = c.categories.iter().map(|x| x.to_lowercase()).collect();
    c.categories.sort();
    c
}

/// Milliseconds since 1970 at the start of an ISO date (UTC).
fn date_ms(iso: &str) -> Option<i64> {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp_millis())
}

/// The edition being imported into, with its sections and labels found by name or slug.
struct Target {
    /// People already looked up in this import, by name.
    people: HashMap<String, i64>,
    /// Works to index once every row is in: FTS5 flushes its pending terms at each
    /// statement savepoint, so indexing row by row between upserts writes thousands of
    /// tiny segments.
    to_index: Vec<i64>,
    edition_id: i64,
    database_id: Option<String>,
    sections: HashMap<String, i64>,
    first_section: Option<i64>,
    labels: HashMap<String, String>,
}

impl Target {
    fn load(tx: &Tx<'_>, edition: EditionId, database_id: Option<String>) -> Result<Self, Error> {
        let edition = crate::require_edition(tx, edition)?;
        let mut sections = HashMap::new();
        for s in &edition.sections {
            sections.insert(s.slug.clone(), s.id);
            sections.insert(s.name.to_lowercase(), s.id);
        }
        Ok(Target {
            people: HashMap::new(),
            to_index: Vec::new(),
            edition_id: edition.id,
            database_id,
            first_section: edition.sections.first().map(|s| s.id),
            sections,
            labels: HashMap::new(),
        })
    }

    /// The section a category names, created when the edition does not have it yet.
    fn section(&mut self, tx: &Tx<'_>, category: &str) -> Result<i64, Error> {
        let lower = category.to_lowercase();
        if let Some(id) = self.sections.get(&lower) {
            return Ok(*id);
        }
        let slug = slug_of(category);
        if let Some(id) = self.sections.get(&slug) {
            return Ok(*id);
        }
        check_slug(&slug)?;
        let id = editions::add_section(tx, self.edition_id, &slug, category)?;
        self.sections.insert(lower, id);
        self.sections.insert(slug, id);
        self.first_section.get_or_insert(id);
        Ok(id)
    }

    fn judging(&mut self, tx: &Tx<'_>, j: &Judging) -> Result<JudgingStatus, Error> {
        Ok(match j {
            Judging::Undecided => JudgingStatus::Undecided,
            Judging::Selected => JudgingStatus::Selected,
            Judging::NotSelected => JudgingStatus::NotSelected,
            Judging::Label(name) => {
                if let Some(slug) = self.labels.get(name) {
                    return Ok(JudgingStatus::Label(slug.clone()));
                }
                let slug = slug_of(name);
                submissions::upsert_label(tx, self.edition_id, &slug, name)?;
                self.labels.insert(name.clone(), slug.clone());
                JudgingStatus::Label(slug)
            }
        })
    }
}

/// Identifiers a row carries in fields named after their scheme ("ISAN", "EIDR" …).
fn identifier_fields(sub: &Submission) -> Vec<(usize, IdKind, &str)> {
    let mut out = Vec::new();
    for (i, (name, value)) in sub.fields.iter().enumerate() {
        let upper = name.to_uppercase();
        let kind = [IdKind::Isan, IdKind::Eidr, IdKind::Isrc, IdKind::Iswc]
            .into_iter()
            .find(|k| {
                upper
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == k.as_str().to_uppercase())
            });
        if let Some(kind) = kind {
            out.push((i, kind, value.as_str()));
        }
    }
    out
}

/// A row's checked identifiers, or why it was refused.
type Checked = Result<Vec<(IdKind, String)>, Vec<Rejection>>;

/// Checks the identifiers of a row before anything is written; returns them canonical.
fn checked_identifiers(
    tx: &Tx<'_>,
    sub: &Submission,
    existing: Option<i64>,
) -> Result<Checked, Error> {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for (i, kind, value) in identifier_fields(sub) {
        let check = ids::check_as(kind, value);
        match (check.valid(), check.canonical) {
            (true, Some(canonical)) => {
                let holder = works::find_by_identifier(tx, kind.as_str(), &canonical)?;
                if holder.is_some() && holder != existing {
                    bad.push(Rejection {
                        line: sub.line,
                        column: sub.fields[i].0.clone(),
                        code: "id-taken",
                        value: canonical,
                    });
                } else {
                    good.push((kind, canonical));
                }
            }
            _ => bad.push(Rejection {
                line: sub.line,
                column: sub.fields[i].0.clone(),
                code: "id-invalid",
                value: value.to_owned(),
            }),
        }
    }
    Ok(if bad.is_empty() { Ok(good) } else { Err(bad) })
}

/// Sets an imported text unless a curator or a machine translation already wrote that
/// language: their work wins.
/// How a row's texts meet the work's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextMode {
    /// The row made the work: nothing to respect.
    Fresh,
    /// The row updates its own work.
    Update,
    /// The work was merged from several rows: each adds what it says and takes nothing
    /// away, not even the original mark.
    Gather,
}

fn set_imported_text(
    tx: &Tx<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
    text: &str,
    original: bool,
    mode: TextMode,
) -> Result<(), Error> {
    let submitted = |original: bool| {
        works::set_text(
            tx,
            work_id,
            field,
            lang,
            text,
            original,
            Provenance::Submitted,
        )
    };
    if mode == TextMode::Fresh {
        // A work made by this row has no texts of anyone else's to respect.
        submitted(original)?;
        return Ok(());
    }
    // The same words already stored under another tag keep that tag: a language guessed
    // from the text does not override one a curator or an earlier file gave.
    let texts = works::texts(tx, work_id)?;
    let exact = texts
        .iter()
        .any(|t| t.field == field && t.text == text && t.lang == lang);
    let has_original = texts.iter().any(|t| t.field == field && t.original);
    let taken = texts.iter().any(|t| t.field == field && t.lang == lang);
    let same_text = texts
        .into_iter()
        .find(|t| !exact && t.field == field && t.text == text && t.lang != lang);
    if mode == TextMode::Gather {
        if !exact && same_text.is_none() && !taken {
            submitted(original && !has_original)?;
        }
        return Ok(());
    }
    if let Some(existing) = same_text {
        if original && !existing.original {
            works::mark_original(tx, work_id, field, &existing.lang)?;
        }
        return Ok(());
    }
    match works::text_provenance(tx, work_id, field, lang)? {
        // A curator's or a translator's text, and whether it is the original, win.
        Some(Provenance::Curator) | Some(Provenance::Machine) => {}
        _ => submitted(original)?,
    }
    Ok(())
}

/// Stores one FilmFreeway row.
fn apply_row(
    tx: &Tx<'_>,
    target: &mut Target,
    sub: &Submission,
    now: i64,
) -> Result<Result<Outcome, Vec<Rejection>>, Error> {
    let mut existing = None;
    if let Some(id) = &sub.submission_id {
        existing = works::find_by_identifier(tx, FF_SUBMISSION, id)?;
    }
    let own = sub
        .tracking_number
        .as_deref()
        .and_then(|tn| own_work(target.database_id.as_deref(), tn));
    if existing.is_none() {
        if let Some(tn) = &sub.tracking_number {
            existing = works::find_by_identifier(tx, FF_TRACKING, tn)?;
        }
    }
    // This database's own number for a work that still exists names that work; for one
    // merged away or deleted it is kept as an ordinary tracking number, so importing the
    // file again finds the work it made instead of making another.
    let mut own_found = false;
    if existing.is_none() {
        if let Some(id) = own {
            existing = works::get(tx, id)?.map(|w| w.id);
            own_found = existing.is_some();
        }
    }
    let identifiers = match checked_identifiers(tx, sub, existing)? {
        Ok(list) => list,
        Err(rejections) => return Ok(Err(rejections)),
    };
    let sections: Vec<i64> = if sub.categories.is_empty() {
        match target.first_section {
            Some(id) => vec![id],
            None => {
                return Ok(Err(vec![Rejection {
                    line: sub.line,
                    column: "Submission Categories".to_owned(),
                    code: "ff-no-category",
                    value: String::new(),
                }]))
            }
        }
    } else {
        let mut ids = Vec::new();
        for c in &sub.categories {
            ids.push(target.section(tx, c)?);
        }
        ids
    };
    let digest = digest(&comparable(sub), target.edition_id);
    let kind = if sub.is_music() {
        WorkKind::Music
    } else {
        WorkKind::Film
    };
    let mut before = None;
    let mut merged = false;
    let (work_id, mut outcome) = match existing {
        Some(id) => {
            if works::import_digest(tx, id, target.edition_id, "filmfreeway")?.as_deref()
                == Some(digest.as_str())
            {
                return Ok(Ok(Outcome::Unchanged));
            }
            before = Some(works::snapshot(tx, id)?);
            caravan_store::mark(tx)?;
            let kind = if sub.project_type.is_some() {
                kind
            } else {
                // A file that does not say what the work is does not change it.
                works::get(tx, id)?.map(|w| w.kind).unwrap_or(kind)
            };
            works::update(tx, id, kind, sub.year, sub.runtime_seconds, now)?;
            merged = works::identifiers(tx, id)?
                .iter()
                .filter(|(k, _)| k == FF_SUBMISSION)
                .count()
                > 1;
            // A work merged from several submissions gathers what each row says; one row
            // must not take away what another brought.
            if !merged {
                works::clear_submitted(tx, id)?;
            }
            (id, Outcome::Updated)
        }
        None => (
            works::insert(tx, kind, sub.year, sub.runtime_seconds, now)?,
            Outcome::Imported,
        ),
    };
    let tracking = if own_found {
        &None
    } else {
        &sub.tracking_number
    };
    let fresh = matches!(outcome, Outcome::Imported);
    for (kind, value) in [(FF_SUBMISSION, &sub.submission_id), (FF_TRACKING, tracking)] {
        match value {
            // Neither was found above, so a new work takes them without a second look.
            Some(v) if fresh => works::add_identifier(tx, work_id, kind, v)?,
            Some(v) => {
                works::ensure_identifier(tx, work_id, kind, v)?;
            }
            None => {}
        }
    }
    for (kind, value) in &identifiers {
        works::ensure_identifier(tx, work_id, kind.as_str(), value)?;
    }
    let mode = if fresh {
        TextMode::Fresh
    } else if merged {
        TextMode::Gather
    } else {
        TextMode::Update
    };
    write_texts(tx, work_id, sub, mode)?;
    for (i, c) in sub.countries.iter().enumerate() {
        works::add_country(tx, work_id, i, c)?;
    }
    for (i, l) in sub.languages.iter().enumerate() {
        works::add_language(tx, work_id, i, l)?;
    }
    for (i, g) in sub.genres.iter().enumerate() {
        works::add_genre(tx, work_id, i, g)?;
    }
    let mut credits: Vec<&(CreditRole, String)> = sub.credits.iter().collect();
    credits.sort_by_key(|(role, _)| CreditRole::ALL.iter().position(|r| r == role));
    for (i, (role, name)) in credits.into_iter().enumerate() {
        let person = match target.people.get(name) {
            Some(id) => *id,
            None => {
                let id = works::person(tx, name)?;
                target.people.insert(name.clone(), id);
                id
            }
        };
        works::add_credit_to(tx, work_id, role.as_str(), person, i)?;
    }
    for (position, (name, value)) in fields_of(sub).into_iter().enumerate() {
        if merged {
            works::append_field(tx, work_id, name, value)?;
        } else {
            works::add_field(tx, work_id, position, name, value)?;
        }
    }
    for (i, section_id) in sections.iter().enumerate() {
        let judging = target.judging(tx, sub.section_judging.get(i).unwrap_or(&sub.judging))?;
        submissions::upsert(
            tx,
            &submissions::NewSubmission {
                work_id,
                section_id: *section_id,
                source: "filmfreeway",
                status: *sub.section_statuses.get(i).unwrap_or(&sub.status),
                judging,
                submitted_at: sub.submission_date.as_deref().and_then(date_ms),
            },
            now,
        )?;
    }
    if !fresh && !merged {
        submissions::remove_other_sections(
            tx,
            work_id,
            target.edition_id,
            "filmfreeway",
            &sections,
        )?;
    }
    works::set_import_digest(tx, work_id, target.edition_id, "filmfreeway", &digest, now)?;
    // A row that says what the store already holds (an export imported back) changed
    // nothing, whatever its digest.
    match before {
        Some(b) if b == works::snapshot(tx, work_id)? => {
            // Nothing a reader could see changed: take back even the timestamps, and forget
            // what the step looked up, since it is gone with the step.
            caravan_store::undo_to_mark(tx)?;
            target.people.clear();
            target.labels.clear();
            works::set_import_digest(tx, work_id, target.edition_id, "filmfreeway", &digest, now)?;
            outcome = Outcome::Unchanged;
        }
        Some(_) => {
            caravan_store::keep_since_mark(tx)?;
            target.to_index.push(work_id);
        }
        None => target.to_index.push(work_id),
    }
    Ok(Ok(outcome))
}

/// The fields kept beside the columns Caravan understands: FilmFreeway's own columns the
/// store has no place for, custom answers, and the project type, completion date and
/// lyrics under their FilmFreeway headers.
fn fields_of(sub: &Submission) -> Vec<(&str, &str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    // "Music" says no more than the work's kind does.
    if let Some(t) = sub
        .project_type
        .as_ref()
        .filter(|t| !t.eq_ignore_ascii_case("music"))
    {
        out.push(("Project Type", t));
    }
    if let Some(d) = &sub.completion_date {
        out.push(("Completion Date", d));
    }
    if let Some(l) = &sub.lyrics {
        out.push(("Lyrics", l));
    }
    out.extend(sub.fields.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    out
}

/// The titles and synopses of a row: FilmFreeway's project title is in English unless it
/// is the only title, in which case it is the original in its detected language.
fn write_texts(tx: &Tx<'_>, work_id: i64, sub: &Submission, mode: TextMode) -> Result<(), Error> {
    let original_lang = sub.original_lang.clone();
    match (&sub.original_title, &original_lang) {
        (Some(original), Some(lang)) if lang != "en" || original == &sub.title => {
            if original != &sub.title {
                set_imported_text(tx, work_id, TextField::Title, "en", &sub.title, false, mode)?;
            }
            set_imported_text(tx, work_id, TextField::Title, lang, original, true, mode)?;
        }
        (Some(original), _) => {
            // Two different titles that both read as English: the project title stays
            // English and the original is kept with its language undetermined.
            set_imported_text(tx, work_id, TextField::Title, "en", &sub.title, false, mode)?;
            set_imported_text(tx, work_id, TextField::Title, "und", original, true, mode)?;
        }
        (None, _) => {
            let lang = original_lang.clone().unwrap_or_else(|| {
                caravan_intake::filmfreeway::title_language(
                    &sub.title,
                    &sub.languages,
                    &sub.countries,
                )
            });
            set_imported_text(tx, work_id, TextField::Title, &lang, &sub.title, true, mode)?;
        }
    }
    if let Some(s) = &sub.synopsis {
        let is_original = sub.original_synopsis.is_none();
        set_imported_text(tx, work_id, TextField::Synopsis, "en", s, is_original, mode)?;
    }
    if let Some(s) = &sub.original_synopsis {
        let lang = original_lang
            .or_else(|| sub.languages.first().cloned())
            .unwrap_or_else(|| "und".to_owned());
        set_imported_text(tx, work_id, TextField::Synopsis, &lang, s, true, mode)?;
    }
    Ok(())
}

impl Caravan {
    /// A short random name of this database, made on first use inside the transaction
    /// that needs it, that exports write into the tracking numbers they invent.
    pub(crate) fn database_id_in(&self, tx: &Tx<'_>) -> Result<String, Error> {
        if let Some(existing) = caravan_store::settings::get(tx, DATABASE_ID)? {
            return Ok(existing);
        }
        let mut bytes = [0u8; 4];
        self.entropy.fill(&mut bytes);
        let id = hex::encode(bytes).to_uppercase();
        caravan_store::settings::set(tx, DATABASE_ID, &id)?;
        Ok(id)
    }

    /// This database's name, if an export has ever given it one. Imports only read it,
    /// so a dry run writes nothing.
    fn known_database_id(&self) -> Result<Option<String>, Error> {
        self.read(|db| Ok(caravan_store::settings::get(db, DATABASE_ID)?))
    }

    /// Imports a FilmFreeway submissions export into an edition. `progress` hears how far
    /// the file has been read every few hundred rows.
    pub fn import_filmfreeway(
        &self,
        path: &Path,
        edition: EditionId,
        options: ImportOptions,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, Error> {
        let mut reader = filmfreeway::Reader::open(path).map_err(Error::ImportFile)?;
        let database_id = self.known_database_id()?;
        let now = self.clock.now_ms();
        let report = self.write_or_rehearse(options.dry_run, |tx| {
            let mut target = Target::load(tx, edition, database_id.clone())?;
            let mut report = ImportReport {
                dry_run: options.dry_run,
                ..ImportReport::default()
            };
            let mut rows = 0u64;
            while let Some(row) = reader.next_row().map_err(Error::ImportFile)? {
                rows += 1;
                let outcome = match row {
                    Ok(sub) => apply_row(tx, &mut target, &sub, now)?,
                    Err(rejections) => Err(rejections),
                };
                match outcome {
                    Ok(o) => report.count(o),
                    Err(rejections) => rejections.into_iter().for_each(|r| report.reject(r)),
                }
                if rows.is_multiple_of(250) {
                    progress(ImportProgress {
                        rows,
                        fraction: reader.progress(),
                    });
                }
            }
            progress(ImportProgress {
                rows,
                fraction: 1.0,
            });
            if !report.rejected.is_empty() && !options.partial {
                return Err(Error::ImportRejected(Box::new(report)));
            }
            for id in std::mem::take(&mut target.to_index) {
                search::index_work(tx, id)?;
            }
            self.audit_import(tx, "filmfreeway", path, edition, &report)?;
            Ok(report)
        })?;
        Ok(report)
    }

    fn audit_import(
        &self,
        tx: &Tx<'_>,
        source: &str,
        path: &Path,
        edition: EditionId,
        report: &ImportReport,
    ) -> Result<(), Error> {
        self.audit(
            tx,
            &format!("import.{source}"),
            "edition",
            Some(edition.get()),
            serde_json::json!({
                "file": path.display().to_string(),
                "imported": report.imported,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": report.rejected_total,
            }),
        )
    }

    /// Imports a DDEX ERN message: each sound recording becomes a piece of music, found
    /// again by its ISRC, entered in `section` (or the edition's first section). The file
    /// is refused whole, naming the element and line, when anything in it is wrong.
    pub fn import_ddex(
        &self,
        path: &Path,
        edition: EditionId,
        section: Option<SectionId>,
        options: ImportOptions,
    ) -> Result<ImportReport, Error> {
        let bytes = std::fs::read(path).map_err(|source| {
            Error::ImportFile(filmfreeway::FileError::Io {
                path: path.to_path_buf(),
                source,
            })
        })?;
        let message = ddex::read(&bytes).map_err(|source| Error::Ddex {
            file: path.to_path_buf(),
            source,
        })?;
        let now = self.clock.now_ms();
        let database_id = self.known_database_id()?;
        self.write_or_rehearse(options.dry_run, |tx| {
            let mut target = Target::load(tx, edition, database_id.clone())?;
            let section_id = match section {
                Some(s) if target.sections.values().any(|id| *id == s.get()) => s.get(),
                Some(s) => {
                    return Err(Error::SectionNotFound {
                        section: s.to_string(),
                        edition: edition.to_string(),
                    })
                }
                None => match target.first_section {
                    Some(id) => id,
                    None => target.section(tx, "music")?,
                },
            };
            let mut report = ImportReport {
                dry_run: options.dry_run,
                ..ImportReport::default()
            };
            for rec in &message.recordings {
                let release = message
                    .releases
                    .iter()
                    .find(|r| r.recordings.contains(&rec.reference));
                let outcome = apply_recording(tx, &target, section_id, rec, release, now)?;
                report.count(outcome);
            }
            self.audit_import(tx, "ddex", path, edition, &report)?;
            Ok(report)
        })
    }
}

/// Stores one sound recording of a DDEX message.
fn apply_recording(
    tx: &Tx<'_>,
    target: &Target,
    section_id: i64,
    rec: &ddex::Recording,
    release: Option<&ddex::Release>,
    now: i64,
) -> Result<Outcome, Error> {
    let digest = digest(
        &(format!("{rec:?}"), format!("{release:?}")),
        target.edition_id,
    );
    let existing = works::find_by_identifier(tx, IdKind::Isrc.as_str(), &rec.isrc)?;
    let year = rec.year.or(release.and_then(|r| r.year));
    let (work_id, outcome) = match existing {
        Some(id) => {
            if works::import_digest(tx, id, target.edition_id, "ddex")?.as_deref()
                == Some(digest.as_str())
            {
                return Ok(Outcome::Unchanged);
            }
            works::update(tx, id, WorkKind::Music, year, rec.duration_seconds, now)?;
            works::clear_submitted(tx, id)?;
            (id, Outcome::Updated)
        }
        None => {
            let id = works::insert(tx, WorkKind::Music, year, rec.duration_seconds, now)?;
            works::add_identifier(tx, id, IdKind::Isrc.as_str(), &rec.isrc)?;
            (id, Outcome::Imported)
        }
    };
    for (i, t) in rec.titles.iter().enumerate() {
        let lang = match &t.lang {
            Some(l) => caravan_domain::LangTag::parse(l)
                .map(|t| t.to_string())
                .unwrap_or_else(|_| "und".to_owned()),
            None => caravan_intake::filmfreeway::title_language(&t.text, &[], &[]),
        };
        set_imported_text(
            tx,
            work_id,
            TextField::Title,
            &lang,
            &t.text,
            i == 0,
            TextMode::Update,
        )?;
    }
    for (i, artist) in rec.display_artists.iter().enumerate() {
        works::add_credit(tx, work_id, CreditRole::Artist.as_str(), artist, i)?;
    }
    let genres = if rec.genres.is_empty() {
        release.map(|r| r.genres.clone()).unwrap_or_default()
    } else {
        rec.genres.clone()
    };
    for (i, g) in genres.iter().enumerate() {
        works::add_genre(tx, work_id, i, g)?;
    }
    let mut fields: Vec<(&str, String)> = Vec::new();
    if let Some(p) = rec
        .p_line
        .as_ref()
        .or(release.and_then(|r| r.p_line.as_ref()))
    {
        fields.push(("P Line", p.clone()));
    }
    if let Some(c) = rec
        .c_line
        .as_ref()
        .or(release.and_then(|r| r.c_line.as_ref()))
    {
        fields.push(("C Line", c.clone()));
    }
    if let Some(r) = release {
        if let Some(t) = &r.title {
            fields.push(("Release", t.clone()));
        }
        if let Some(icpn) = &r.icpn {
            fields.push(("Release ICPN", icpn.clone()));
        }
    }
    for (i, (name, value)) in fields.iter().enumerate() {
        works::add_field(tx, work_id, i, name, value)?;
    }
    submissions::upsert(
        tx,
        &submissions::NewSubmission {
            work_id,
            section_id,
            source: "ddex",
            status: SubmissionStatus::InConsideration,
            judging: JudgingStatus::Undecided,
            submitted_at: Some(now),
        },
        now,
    )?;
    works::set_import_digest(tx, work_id, target.edition_id, "ddex", &digest, now)?;
    search::index_work(tx, work_id)?;
    Ok(outcome)
}
