//! The shapes that cross into and out of the core: what the window asks for
//! ([`requests`]) and what it and `caravan --json` receive. The TypeScript in
//! `ui/src/ipc/bindings.ts` is generated from these, and a test fails when it is stale.
//! Ids are typed (`WorkId`, `EditionId` …) and closed vocabularies are enums, so a stale
//! or misspelt value is refused with a coded error when a request is read, never looked
//! up loosely.

pub mod alliance;
pub mod exchange;
pub mod intake;
pub mod jury;
pub mod registry;
pub mod requests;

pub use alliance::*;
pub use exchange::*;
pub use intake::*;
pub use jury::*;
pub use registry::*;
pub use requests::*;

use caravan_domain::ids::{IdKind, IdentifierKind};
use caravan_domain::{
    CreditRole, EditionId, JudgingKind, MediaId, MediaKind, Provenance, SectionId, StatusChangeId,
    SubmissionColumn, SubmissionId, SubmissionStatus, WorkColumn, WorkId, WorkKind,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error as scripts and the window receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    /// Stable, kebab-case; act on this.
    pub code: String,
    /// Localised; show this.
    pub message: String,
    /// More about the failure, such as an import's report with every rejected row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(type = "ImportReport | null", optional)]
    pub details: Option<serde_json::Value>,
}

/// One row of the works list: the title in the reader's language and the original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkSummary {
    pub id: WorkId,
    pub kind: WorkKind,
    /// The title in the requested language, or the closest fallback.
    pub title: String,
    /// The BCP 47 tag of `title`.
    pub title_lang: String,
    pub original_title: String,
    pub original_lang: String,
    pub year: Option<i32>,
    /// SHA-256 of the smallest thumbnail of the work's poster, when it has one.
    pub thumbnail: Option<String>,
}

/// One page of the works list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorksPage {
    /// How many works the whole list has.
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub offset: u64,
    pub works: Vec<WorkSummary>,
    /// The cursor of the following page (`after`), null on the last.
    pub next: Option<String>,
}

/// A title or synopsis in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LocalizedText {
    pub lang: String,
    pub text: String,
    pub original: bool,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Credit {
    pub role: CreditRole,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Identifier {
    pub kind: IdentifierKind,
    pub value: String,
}

/// Everything about one work, every language variant included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkDetail {
    pub id: WorkId,
    pub kind: WorkKind,
    pub year: Option<i32>,
    #[ts(type = "number | null")]
    pub runtime_seconds: Option<i64>,
    /// The title in the requested language, or the closest fallback.
    pub title: String,
    /// The BCP 47 tag of `title`.
    pub title_lang: String,
    pub titles: Vec<LocalizedText>,
    pub synopses: Vec<LocalizedText>,
    pub credits: Vec<Credit>,
    pub identifiers: Vec<Identifier>,
    /// ISO 3166-1 alpha-2 codes of the countries of origin.
    pub countries: Vec<String>,
    /// BCP 47 tags of the languages spoken or sung in the work.
    pub languages: Vec<String>,
    /// Genres as submitted.
    pub genres: Vec<String>,
    /// Everything else a submission carried: contacts, screeners, custom questions.
    pub fields: Vec<Field>,
    /// Posters, stills and cover art, posters first.
    pub media: Vec<MediaInfo>,
    /// Values an import kept as written because no vocabulary knew them.
    #[serde(default)]
    pub unresolved: Vec<UnresolvedOnWork>,
}

/// A submission's answer to a question, or a column Caravan keeps as it came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Field {
    pub name: String,
    pub value: String,
}

/// One derived image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ThumbnailInfo {
    /// The long edge asked for: 160, 480 or 1280.
    pub size: u32,
    pub width: u32,
    pub height: u32,
    pub format: String,
    pub sha256: String,
    /// Absolute path of the file.
    pub path: String,
}

/// One image of a work: the original kept byte for byte, and its thumbnails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MediaInfo {
    pub id: MediaId,
    pub work_id: WorkId,
    pub kind: MediaKind,
    /// SHA-256 of the original file.
    pub sha256: String,
    /// After the EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
    pub format: String,
    #[ts(type = "number")]
    pub bytes: u64,
    pub file_name: Option<String>,
    /// Absolute path of the original.
    pub path: String,
    pub thumbnails: Vec<ThumbnailInfo>,
}

/// Two works carrying what looks like the same picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SimilarImages {
    pub a_work: WorkId,
    pub b_work: WorkId,
    pub a_media: MediaId,
    pub b_media: MediaId,
    /// Bits by which the perceptual hashes differ (0 = the same picture).
    pub distance: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Section {
    pub id: SectionId,
    pub slug: String,
    pub name: String,
}

/// A festival's own judging label ("Finalist"), by its slug within the edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Label {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Edition {
    pub id: EditionId,
    pub slug: String,
    pub name: String,
    pub year: Option<i32>,
    pub sections: Vec<Section>,
    pub labels: Vec<Label>,
}

/// The totals after seeding the demo alliance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemoTotals {
    #[ts(type = "number")]
    pub alliances: u64,
    #[ts(type = "number")]
    pub members: u64,
    #[ts(type = "number")]
    pub editions: u64,
    #[ts(type = "number")]
    pub works: u64,
}

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The interface language and the direction it is written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UiLocale {
    /// One of the six interface locales.
    pub locale: String,
    pub dir: Direction,
    /// Every interface locale, in the order the window offers them.
    pub available: Vec<String>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchHit {
    pub work_id: WorkId,
    /// The title in the requested language, or the closest fallback.
    pub title: String,
    pub title_lang: String,
    /// Higher is better; an exact title match scores 1000, and a work found only by
    /// forgiving a typing slip scores below 0.
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
}

/// A row or element an import refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RejectedRow {
    #[ts(type = "number")]
    pub line: u64,
    /// The column's header (FilmFreeway) or the element's path (DDEX); empty for a whole row.
    pub column: String,
    pub code: String,
    /// Localised, naming the line, the column and the value.
    pub message: String,
    /// The offending value, for the message.
    #[serde(skip)]
    #[ts(skip)]
    pub value: String,
}

/// What an import did, or with `--dry-run` would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportReport {
    #[ts(type = "number")]
    pub imported: u64,
    #[ts(type = "number")]
    pub updated: u64,
    #[ts(type = "number")]
    pub unchanged: u64,
    /// The refused rows, the first thousand of them when there are more.
    pub rejected: Vec<RejectedRow>,
    /// How many problems there were in all.
    #[ts(type = "number")]
    #[serde(default)]
    pub rejected_total: u64,
    /// True when nothing was stored: a dry run.
    #[serde(default)]
    pub dry_run: bool,
    /// What was kept but deserves a look, the first thousand when there are more.
    #[serde(default)]
    pub warnings: Vec<ImportWarning>,
    /// How many warnings there were in all.
    #[ts(type = "number")]
    #[serde(default)]
    pub warnings_total: u64,
    /// The encoding a text file was read in (`UTF-8`, `windows-1251` …); `None` for a
    /// workbook or an XML message.
    #[serde(default)]
    pub encoding: Option<String>,
    /// Resources of a DDEX message that are not works (images, texts, software), by
    /// kind, counted rather than passed over in silence.
    #[serde(default)]
    pub skipped: Vec<SkippedResources>,
}

/// How far an import has come.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    #[ts(type = "number")]
    pub rows: u64,
    /// From 0 to 1.
    pub fraction: f64,
}

/// What `ids check` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IdCheckResult {
    pub kind: IdKind,
    pub canonical: Option<String>,
    pub valid: bool,
    /// Localised; null when valid.
    pub reason: Option<String>,
    /// Stable code of the problem, when not valid.
    pub reason_code: Option<String>,
    /// Something to know about a valid identifier: `unknown-prefix` for an ISRC whose
    /// prefix the IFPI list Caravan carries does not have yet.
    #[serde(default)]
    pub note: Option<String>,
    /// The note, localised.
    #[serde(default)]
    pub note_message: Option<String>,
}

/// Why two works look alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DuplicateReason {
    /// The same title once folded and romanised.
    Title,
    /// The same title written in two scripts.
    TitleAcrossScripts,
    Director,
    Year,
    Runtime,
    Poster,
}

impl DuplicateReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DuplicateReason::Title => "title",
            DuplicateReason::TitleAcrossScripts => "title-across-scripts",
            DuplicateReason::Director => "director",
            DuplicateReason::Year => "year",
            DuplicateReason::Runtime => "runtime",
            DuplicateReason::Poster => "poster",
        }
    }
}

/// Two works that look like the same film or recording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    pub a: WorkId,
    pub b: WorkId,
    pub a_title: String,
    pub b_title: String,
    pub a_lang: String,
    pub b_lang: String,
    /// From 0 to 1.
    pub score: f64,
    pub reasons: Vec<DuplicateReason>,
}

/// One page of likely duplicates, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuplicatePairs {
    /// How many pairs there are in all.
    #[ts(type = "number")]
    pub total: u64,
    pub pairs: Vec<DuplicatePair>,
    /// The cursor of the following page, null on the last.
    pub next: Option<String>,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportResult {
    #[ts(type = "number")]
    pub written: u64,
    pub path: String,
}

/// One row of an edition's submissions table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SubmissionItem {
    pub id: SubmissionId,
    pub work_id: WorkId,
    pub title: String,
    pub title_lang: String,
    /// The section's slug.
    pub section: String,
    pub section_name: String,
    pub status: SubmissionStatus,
    pub judging: JudgingKind,
    /// The label's slug and name when `judging` is `label`.
    pub label: Option<String>,
    pub label_name: Option<String>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub genres: Vec<String>,
    pub year: Option<i32>,
    #[ts(type = "number | null")]
    pub runtime_seconds: Option<i64>,
    /// Milliseconds since 1970.
    #[ts(type = "number | null")]
    pub submitted_at: Option<i64>,
}

/// One page of an edition's submissions, filtered and sorted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SubmissionsPage {
    /// How many submissions the filter keeps.
    #[ts(type = "number")]
    pub total: u64,
    pub submissions: Vec<SubmissionItem>,
    /// The cursor of the following page (`after`), null on the last.
    pub next: Option<String>,
}

/// A count of submissions sharing one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Tally {
    pub key: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// Entries of an edition counted four ways.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EditionStats {
    #[ts(type = "number")]
    pub total: u64,
    pub by_country: Vec<Tally>,
    pub by_language: Vec<Tally>,
    pub by_genre: Vec<Tally>,
    pub by_status: Vec<Tally>,
}

/// What a bulk status change did; `change` names it for undo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    pub change: StatusChangeId,
    #[ts(type = "number")]
    pub changed: u64,
}

/// The closed vocabularies the window offers in its menus, from the core so they are
/// never copied into TypeScript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Vocabulary {
    pub submission_statuses: Vec<SubmissionStatus>,
    /// The built-in judging statuses; an edition's own labels come with the edition.
    pub judging: Vec<JudgingKind>,
    pub media_kinds: Vec<MediaKind>,
    pub submission_columns: Vec<SubmissionColumn>,
    pub work_columns: Vec<WorkColumn>,
    pub export_formats: Vec<ExportFormat>,
    pub identifier_kinds: Vec<IdentifierKind>,
}

/// Generates the TypeScript declarations of every type above, in one file.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::default();
    let mut out = String::from(
        "// Generated from src-tauri/crates/core/src/api.rs by the core's test suite.\n\
         // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p caravan-core` instead.\n",
    );
    let decls = [
        WorkId::decl(&cfg),
        EditionId::decl(&cfg),
        SectionId::decl(&cfg),
        SubmissionId::decl(&cfg),
        MediaId::decl(&cfg),
        StatusChangeId::decl(&cfg),
        WorkKind::decl(&cfg),
        CreditRole::decl(&cfg),
        IdentifierKind::decl(&cfg),
        JudgingKind::decl(&cfg),
        caravan_domain::JudgingStatus::decl(&cfg),
        SubmissionColumn::decl(&cfg),
        WorkColumn::decl(&cfg),
        caravan_domain::TextField::decl(&cfg),
        MediaKind::decl(&cfg),
        Provenance::decl(&cfg),
        ErrorPayload::decl(&cfg),
        WorkSummary::decl(&cfg),
        WorksPage::decl(&cfg),
        LocalizedText::decl(&cfg),
        Credit::decl(&cfg),
        Identifier::decl(&cfg),
        Field::decl(&cfg),
        WorkDetail::decl(&cfg),
        ThumbnailInfo::decl(&cfg),
        MediaInfo::decl(&cfg),
        SimilarImages::decl(&cfg),
        Section::decl(&cfg),
        Label::decl(&cfg),
        Edition::decl(&cfg),
        DemoTotals::decl(&cfg),
        Direction::decl(&cfg),
        UiLocale::decl(&cfg),
        SearchHit::decl(&cfg),
        SearchResults::decl(&cfg),
        RejectedRow::decl(&cfg),
        ImportReport::decl(&cfg),
        ImportProgress::decl(&cfg),
        IdKind::decl(&cfg),
        IdCheckResult::decl(&cfg),
        DuplicateReason::decl(&cfg),
        DuplicatePair::decl(&cfg),
        DuplicatePairs::decl(&cfg),
        ExportResult::decl(&cfg),
        SubmissionStatus::decl(&cfg),
        SubmissionItem::decl(&cfg),
        SubmissionsPage::decl(&cfg),
        Tally::decl(&cfg),
        EditionStats::decl(&cfg),
        StatusChange::decl(&cfg),
        Vocabulary::decl(&cfg),
        caravan_domain::Tier::decl(&cfg),
    ];
    let decls = decls
        .into_iter()
        .chain(exchange::exchange_decls(&cfg))
        .chain(alliance::alliance_decls(&cfg))
        .chain(registry::registry_decls(&cfg))
        .chain(jury::jury_decls(&cfg))
        .chain(intake::intake_decls(&cfg))
        .chain(requests::decls(&cfg));
    for decl in decls {
        out.push_str("\nexport ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

impl Vocabulary {
    /// Every closed vocabulary, in the order menus offer them.
    pub fn current() -> Vocabulary {
        Vocabulary {
            submission_statuses: SubmissionStatus::ALL.to_vec(),
            judging: JudgingKind::ALL
                .iter()
                .copied()
                .filter(|j| *j != JudgingKind::Label)
                .collect(),
            media_kinds: MediaKind::ALL.to_vec(),
            submission_columns: SubmissionColumn::ALL.to_vec(),
            work_columns: WorkColumn::ALL.to_vec(),
            export_formats: ExportFormat::ALL.to_vec(),
            identifier_kinds: IdentifierKind::ALL.to_vec(),
        }
    }
}
