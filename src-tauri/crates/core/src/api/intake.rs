//! The shapes of what imports warn about and remember: warnings with the closest known
//! value, values kept as written on a work, the aliases a curator gave, column mappings
//! and a table's first rows for the import dialog.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Something an import kept but that deserves a look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportWarning {
    #[ts(type = "number")]
    pub line: u64,
    /// The column's header (tables) or the element's path (DDEX).
    pub column: String,
    pub code: String,
    /// Localised, naming the line, the column, the value and the suggestion.
    pub message: String,
    /// The value as written.
    pub value: String,
    /// The closest known value, by name (`Qatar`).
    pub suggestion: Option<String>,
    /// Its code (`QA`), for "treat this value as that".
    pub suggestion_code: Option<String>,
    /// `country`, `language` or `status` when the value can be mapped once for every row
    /// that carries it.
    pub vocabulary: Option<String>,
}

/// Resources of one kind a DDEX import counted but did not make works of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SkippedResources {
    /// `Image`, `Text`, `SoftwareResource` …
    pub kind: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// A value kept as written on a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnresolvedOnWork {
    pub vocabulary: String,
    pub value: String,
}

/// A value kept as written, how many works carry it, and the closest known value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnresolvedValue {
    pub vocabulary: String,
    pub value: String,
    #[ts(type = "number")]
    pub works: i64,
    pub suggestion: Option<String>,
    pub suggestion_code: Option<String>,
}

/// Every value kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnresolvedList {
    pub values: Vec<UnresolvedValue>,
}

/// What a name means, as a curator said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AliasInfo {
    pub vocabulary: String,
    pub name: String,
    pub code: String,
}

/// An alias remembered, and the works it resolved at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AliasSet {
    pub alias: AliasInfo,
    /// Works that carried the value and now carry the code.
    #[ts(type = "number")]
    pub resolved: u64,
}

/// Every alias.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AliasList {
    pub aliases: Vec<AliasInfo>,
}

/// One column of a mapping: a header and what it holds (`title`, `directors` …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MappingColumn {
    pub header: String,
    pub target: String,
}

/// A column mapping, by name; `filmfreeway` is built in and reads FilmFreeway's headers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MappingInfo {
    pub name: String,
    pub columns: Vec<MappingColumn>,
    /// True for the built-in preset.
    pub builtin: bool,
}

/// Every mapping: the built-in one and those saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MappingList {
    pub mappings: Vec<MappingInfo>,
    /// What a column can hold, for the import dialog's choices.
    pub targets: Vec<String>,
}

/// A table's header and first rows, with the mapping its headers suggest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TablePreview {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The encoding a text file is read in; `None` for a workbook.
    pub encoding: Option<String>,
    /// True when the headers are FilmFreeway's own.
    pub filmfreeway: bool,
    /// The mapping guessed from the headers in any of the six interface languages.
    pub guess: MappingInfo,
}

pub(crate) fn intake_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        ImportWarning::decl(cfg),
        SkippedResources::decl(cfg),
        UnresolvedOnWork::decl(cfg),
        UnresolvedValue::decl(cfg),
        UnresolvedList::decl(cfg),
        AliasInfo::decl(cfg),
        AliasSet::decl(cfg),
        AliasList::decl(cfg),
        MappingColumn::decl(cfg),
        MappingInfo::decl(cfg),
        MappingList::decl(cfg),
        TablePreview::decl(cfg),
    ]
}
