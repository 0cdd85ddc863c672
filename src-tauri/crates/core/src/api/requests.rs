//! What the window asks the core for: one request type per action, each read whole
//! before anything runs. A request that does not read — a status the vocabulary lacks,
//! a country code that is not one, a missing field — is refused as a coded error by
//! [`crate::Error::from_request`], and nothing happens.

use caravan_domain::{
    CountryCode, EditionId, JudgingStatus, LangTag, MediaId, MediaKind, SectionId, StatusChangeId,
    SubmissionColumn, SubmissionId, SubmissionStatus, WorkColumn, WorkId,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The most rows one page may carry, so nobody sends 100,000 rows over IPC at once.
pub const MAX_PAGE: u64 = 1000;

fn default_limit() -> u64 {
    100
}

/// A page of the works list: all works or one edition's, sorted, after a cursor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorksQuery {
    /// The language titles are shown (and sorted) in, a BCP 47 tag.
    pub lang: String,
    #[serde(default)]
    pub edition: Option<EditionId>,
    #[serde(default = "default_work_column")]
    pub sort: WorkColumn,
    #[serde(default)]
    pub descending: bool,
    /// The `next` cursor of the page before.
    #[serde(default)]
    pub after: Option<String>,
    /// Rows to skip (after the cursor, or from the start): a jump into a long list.
    #[serde(default)]
    #[ts(type = "number")]
    pub offset: u64,
    #[serde(default = "default_limit")]
    #[ts(type = "number")]
    pub limit: u64,
}

fn default_work_column() -> WorkColumn {
    WorkColumn::Id
}

/// One work, its titles shown in `lang`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkRequest {
    pub work: WorkId,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetUiLocaleRequest {
    pub locale: String,
}

/// An image file to add to a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AddMediaRequest {
    pub work: WorkId,
    pub path: String,
    pub kind: MediaKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RemoveMediaRequest {
    pub media: MediaId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchRequest {
    pub query: String,
    pub lang: String,
    #[serde(default = "default_search_limit")]
    pub limit: u32,
}

fn default_search_limit() -> u32 {
    10
}

/// What an edition's submissions are narrowed to; an absent field keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SubmissionFilter {
    #[serde(default)]
    pub status: Option<SubmissionStatus>,
    /// A built-in judging status, or one of the edition's labels.
    #[serde(default)]
    pub judging: Option<JudgingStatus>,
    /// One of the edition's sections.
    #[serde(default)]
    pub section: Option<SectionId>,
    /// A country the work was made in.
    #[serde(default)]
    pub country: Option<CountryCode>,
    /// A language the work is in; `fr` also keeps `fr-CA`.
    #[serde(default)]
    pub language: Option<LangTag>,
    /// Words of a title or a credited name, as the search box takes them.
    #[serde(default)]
    pub text: Option<String>,
}

/// A page of an edition's submissions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SubmissionsQuery {
    pub edition: EditionId,
    /// The language titles are shown (and sorted) in.
    pub lang: String,
    #[serde(default)]
    pub filter: SubmissionFilter,
    #[serde(default = "default_submission_column")]
    pub sort: SubmissionColumn,
    #[serde(default)]
    pub descending: bool,
    /// The `next` cursor of the page before.
    #[serde(default)]
    pub after: Option<String>,
    /// Rows to skip (after the cursor, or from the start): a jump into a long table.
    #[serde(default)]
    #[ts(type = "number")]
    pub offset: u64,
    #[serde(default = "default_limit")]
    #[ts(type = "number")]
    pub limit: u64,
}

fn default_submission_column() -> SubmissionColumn {
    SubmissionColumn::Id
}

/// An edition's statistics, of every entry or of those a filter keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatsRequest {
    pub edition: EditionId,
    #[serde(default)]
    pub filter: SubmissionFilter,
}

/// Which submissions a bulk change is for: the rows a person ticked, or every row a
/// filter keeps (the "all shown" of a table nobody holds whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Selection {
    Ids(Vec<SubmissionId>),
    Filter {
        edition: EditionId,
        filter: SubmissionFilter,
    },
}

/// Sets the submission status, the judging status, or both, of many submissions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetStatusesRequest {
    pub selection: Selection,
    #[serde(default)]
    pub status: Option<SubmissionStatus>,
    #[serde(default)]
    pub judging: Option<JudgingStatus>,
}

/// Undoes one bulk change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UndoStatusesRequest {
    pub change: StatusChangeId,
}

/// The kinds of file an edition imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ImportKind {
    /// A FilmFreeway submissions export (CSV).
    Filmfreeway,
    /// A DDEX ERN message (XML).
    Ddex,
    /// Any CSV or XLSX table, read through a column mapping.
    Table,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRequest {
    pub kind: ImportKind,
    pub path: String,
    pub edition: EditionId,
    /// For DDEX, the section the recordings enter (else the edition's first).
    #[serde(default)]
    pub section: Option<SectionId>,
    #[serde(default)]
    pub partial: bool,
    #[serde(default)]
    pub dry_run: bool,
    /// For a table, the saved mapping's name (or `filmfreeway`).
    #[serde(default)]
    pub mapping: Option<String>,
    /// A text file's encoding by its label (`windows-1251`), overriding detection.
    #[serde(default)]
    pub encoding: Option<String>,
}

/// Values read from a file the import dialog shows before importing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PreviewRequest {
    pub path: String,
    #[serde(default)]
    pub encoding: Option<String>,
}

/// A mapping to save: its name and columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaveMappingRequest {
    pub name: String,
    pub columns: Vec<crate::api::MappingColumn>,
}

/// "Treat this value as that code", for every work that carries it and every import after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AliasRequest {
    /// `country`, `language` or `status`.
    pub vocabulary: String,
    pub name: String,
    pub code: String,
}

/// A page of likely duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicatesQuery {
    #[serde(default)]
    pub edition: Option<EditionId>,
    pub lang: String,
    #[serde(default)]
    pub after: Option<String>,
    #[serde(default = "default_limit")]
    #[ts(type = "number")]
    pub limit: u64,
}

/// Folds `other` into `keep`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeRequest {
    pub keep: WorkId,
    pub other: WorkId,
    pub lang: String,
}

/// Two works a curator says are not the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DismissRequest {
    pub a: WorkId,
    pub b: WorkId,
}

/// A curator's edit of one language of a work: its title and synopsis saved together.
/// An empty synopsis removes the language's synopsis; the title cannot be empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaveLanguageRequest {
    pub work: WorkId,
    /// The BCP 47 tag of the language edited.
    pub tag: String,
    pub title: String,
    #[serde(default)]
    pub synopsis: String,
    /// Make this language's title (and synopsis) the original.
    #[serde(default)]
    pub original: bool,
    /// The language the reply's titles are shown in.
    pub lang: String,
}

/// Removes every text of one language from a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RemoveLanguageRequest {
    pub work: WorkId,
    pub tag: String,
    pub lang: String,
}

/// The file formats an edition exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Json,
}

impl ExportFormat {
    pub const ALL: &'static [ExportFormat] =
        &[ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json];

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Json => "json",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportRequest {
    pub edition: EditionId,
    pub format: ExportFormat,
    /// Where to write; the shell picks the downloads folder when absent.
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub filter: SubmissionFilter,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AddIdentifierRequest {
    pub work: WorkId,
    pub value: String,
    pub lang: String,
}

/// The TypeScript declarations of every request type.
pub(crate) fn decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        PreviewRequest::decl(cfg),
        SaveMappingRequest::decl(cfg),
        AliasRequest::decl(cfg),
        CountryCode::decl(cfg),
        LangTag::decl(cfg),
        WorksQuery::decl(cfg),
        WorkRequest::decl(cfg),
        SetUiLocaleRequest::decl(cfg),
        AddMediaRequest::decl(cfg),
        RemoveMediaRequest::decl(cfg),
        SearchRequest::decl(cfg),
        SubmissionFilter::decl(cfg),
        SubmissionsQuery::decl(cfg),
        StatsRequest::decl(cfg),
        Selection::decl(cfg),
        SetStatusesRequest::decl(cfg),
        UndoStatusesRequest::decl(cfg),
        ImportKind::decl(cfg),
        ImportRequest::decl(cfg),
        DuplicatesQuery::decl(cfg),
        MergeRequest::decl(cfg),
        DismissRequest::decl(cfg),
        SaveLanguageRequest::decl(cfg),
        RemoveLanguageRequest::decl(cfg),
        ExportFormat::decl(cfg),
        ExportRequest::decl(cfg),
        AddIdentifierRequest::decl(cfg),
    ]
}
