//! The shapes that leave the core: printed by `caravan --json` and sent to the window.
//! The TypeScript in `ui/src/ipc/bindings.ts` is generated from these, and a test fails
//! when it is stale.

use caravan_domain::{MediaKind, Provenance, WorkKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error as scripts and the window receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    /// Stable, kebab-case; act on this.
    pub code: String,
    /// Localised; show this.
    pub message: String,
}

/// One row of the works list: the title in the reader's language and the original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkSummary {
    #[ts(type = "number")]
    pub id: i64,
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
    pub role: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Identifier {
    pub kind: String,
    pub value: String,
}

/// Everything about one work, every language variant included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkDetail {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: WorkKind,
    pub year: Option<i32>,
    #[ts(type = "number | null")]
    pub runtime_seconds: Option<i64>,
    /// The title in the requested language, or the closest fallback.
    pub title: String,
    pub titles: Vec<LocalizedText>,
    pub synopses: Vec<LocalizedText>,
    pub credits: Vec<Credit>,
    pub identifiers: Vec<Identifier>,
    /// ISO 3166-1 alpha-2 codes of the countries of origin.
    pub countries: Vec<String>,
    /// BCP 47 tags of the languages spoken or sung in the work.
    pub languages: Vec<String>,
    /// Posters, stills and cover art, posters first.
    pub media: Vec<MediaInfo>,
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
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub work_id: i64,
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
    #[ts(type = "number")]
    pub a_work: i64,
    #[ts(type = "number")]
    pub b_work: i64,
    #[ts(type = "number")]
    pub a_media: i64,
    #[ts(type = "number")]
    pub b_media: i64,
    /// Bits by which the perceptual hashes differ (0 = the same picture).
    pub distance: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Section {
    #[ts(type = "number")]
    pub id: i64,
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Edition {
    #[ts(type = "number")]
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub year: Option<i32>,
    pub sections: Vec<Section>,
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

/// The interface language and the direction it is written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UiLocale {
    /// One of the six interface locales.
    pub locale: String,
    /// `rtl` for Arabic, else `ltr`.
    pub dir: String,
    /// Every interface locale, in the order the window offers them.
    pub available: Vec<String>,
}

/// Generates the TypeScript declarations of every type above, in one file.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::default();
    let mut out = String::from(
        "// Generated from src-tauri/crates/core/src/api.rs by the core's test suite.\n\
         // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p caravan-core` instead.\n",
    );
    let decls = [
        WorkKind::decl(&cfg),
        MediaKind::decl(&cfg),
        Provenance::decl(&cfg),
        ErrorPayload::decl(&cfg),
        WorkSummary::decl(&cfg),
        WorksPage::decl(&cfg),
        LocalizedText::decl(&cfg),
        Credit::decl(&cfg),
        Identifier::decl(&cfg),
        WorkDetail::decl(&cfg),
        ThumbnailInfo::decl(&cfg),
        MediaInfo::decl(&cfg),
        SimilarImages::decl(&cfg),
        Section::decl(&cfg),
        Edition::decl(&cfg),
        DemoTotals::decl(&cfg),
        UiLocale::decl(&cfg),
    ];
    for decl in decls {
        out.push_str("\nexport ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}
