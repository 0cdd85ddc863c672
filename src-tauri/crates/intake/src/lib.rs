//! Reading what festivals receive, without touching the store: FilmFreeway submission
//! exports ([`filmfreeway`]), any other spreadsheet through a column mapping ([`table`]),
//! and DDEX ERN release messages ([`ddex`]). Each reader turns a file into plain records,
//! or into rejections that name the line and column (or element) and carry a stable code;
//! what can be kept honestly (a country no list knows, a typo) is kept as written and
//! reported as a [`Warning`] with the closest known value. The core decides what to store.

mod csv_file;
pub mod ddex;
pub mod filmfreeway;
pub mod table;
mod title_language;
pub mod vocabulary;

pub use vocabulary::{Aliases, Vocabulary};

/// Stable codes of the warnings tables give (DDEX's are in [`ddex::warning`]).
pub mod warning {
    /// A country no list knows, kept as written.
    pub const UNKNOWN_COUNTRY: &str = "unknown-country";
    /// A language no list knows, kept as written.
    pub const UNKNOWN_LANGUAGE: &str = "unknown-language";
    /// A submission status no list knows, kept as written.
    pub const UNKNOWN_STATUS: &str = "unknown-status";
    /// A cell that held NUL or other control characters, taken out.
    pub const CELL_CONTROL_CHARACTERS: &str = "cell-control-characters";
    /// An ISRC whose prefix the IFPI list Caravan carries does not have yet, kept.
    pub const UNKNOWN_ISRC_PREFIX: &str = "unknown-isrc-prefix";
}

/// Something in a row that was kept but deserves a look: a value no vocabulary knows,
/// kept as written, or a cell that had to be cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: u64,
    /// The header of the column.
    pub column: String,
    /// Stable code, such as `unknown-country`.
    pub code: &'static str,
    /// The value as written, shortened.
    pub value: String,
    /// What kind of value it is, when the curator can say once what it means.
    pub vocabulary: Option<Vocabulary>,
    /// The closest known value: its code and English name (`QA`, `Qatar`).
    pub suggestion: Option<(String, String)>,
}
