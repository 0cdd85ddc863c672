//! DDEX ERN `NewReleaseMessage` files, read into plain records.
//!
//! A record label or distributor describes an album, single or catalogue in one XML
//! message: a `ResourceList` of sound recordings, videos, images and other resources,
//! and a `ReleaseList` of releases (ICPN, title, type, genre, P and C lines) whose
//! resource groups name the resources they contain, in order. [`read`] turns such a
//! message into a [`Message`] of releases and resources, with [`DdexWarning`]s for what
//! was read in spite of a fault, or refuses it whole with a [`DdexError`] that carries a
//! stable code, the element and its line and column; nothing is returned half read.
//!
//! Supported versions, recognised by the namespace of the root element
//! (`http://ddex.net/xml/ern/…`, also under `service.ddex.net`, over HTTPS, with or
//! without a trailing slash, in any case):
//!
//! - ERN 3.4 (`/34`), 3.4.1 (`/341`), 3.5 (`/35`), 3.5.1 (`/351`), 3.6 (`/36`), 3.7
//!   (`/37`), 3.7.1 (`/371`), 3.8 (`/38`), 3.8.1, 3.8.2 and 3.8.3. Resources carry a
//!   `SoundRecordingId` or `VideoId`, a `ReferenceTitle`, and their display titles,
//!   artists (named inline), genres and P line inside `…DetailsByTerritory`.
//! - ERN 4.0 (`/4`, `/40`), 4.1 (`/41`), 4.1.1 (`/411`), 4.2, 4.3, 4.3.1 and 4.3.2.
//!   Resources carry `DisplayTitleText` and `DisplayTitle` elements, `DisplayArtist`
//!   elements that point into the `PartyList`, and their identifiers and P line on the
//!   resource (4.0, 4.1) or inside a `SoundRecordingEdition` or `VideoEdition` (4.2 and
//!   later, which also accept them on the resource).
//!
//! A vendor's variant of a namespace, its version followed by letters and digits (`/37D2`),
//! is read as the version it extends. A `MessageSchemaVersionId` on the root (`ern/341`,
//! `/ern/341`) refines a namespace that names a version line (`/34` with `ern/341` is
//! 3.4.1), stands in for a missing namespace, and otherwise, when it disagrees, is
//! reported as a `ddex-version-mismatch` warning while the namespace is followed. Any
//! other ERN namespace (3.3 and older, or a future 5) is refused as an unsupported
//! version rather than guessed at. Where each version keeps what is read is a table in
//! `schema.rs`; the reader is the same code for all of them.
//!
//! What becomes a record:
//!
//! - Every `SoundRecording` and every `Video` becomes a [`Resource`] of that
//!   [`ResourceKind`], in document order. Any other child of the `ResourceList` (`Image`,
//!   `Text`, `SheetMusic`, `Software`, `SoftwareResource`, `MIDI`, `UserDefinedResource`
//!   …) is counted in [`Message::skipped`] by element name, as is every sound recording or
//!   video left out by the rules below; nothing is dropped uncounted.
//! - A resource is known by its ISRC, else its ISAN, else its EIDR, else its
//!   `ProprietaryId` with that id's `Namespace`; all it has are returned. Current
//!   identifiers are preferred to those marked `IsReplaced="true"`.
//! - A resource is *supplemental* when it says so (`IsSupplemental="true"`, or the
//!   `IsHiddenResource` flag of ERN 3) or when no release names it as a primary resource
//!   (a `ReleaseResourceReference` without a `ReleaseResourceType`, or of type
//!   `PrimaryResource`; linked and secondary references do not count). A supplemental
//!   resource that nothing identifies is left out with a `ddex-resource-without-id`
//!   warning: the sources listed under a DJ mix, a hidden track without codes, must not
//!   refuse the delivery. A main resource that nothing identifies refuses it
//!   (`ddex-missing-id`).
//! - Two resources known by one identifier (after canonicalising): the first is kept and
//!   the later one left out with a `ddex-duplicate-isrc` (or `ddex-duplicate-id`)
//!   warning naming both; releases that name the later one are read as naming the first.
//! - An ISRC of the right shape with a prefix that is no country or known IFPI allocation
//!   is kept, with a `ddex-unknown-isrc-prefix` warning. An ISRC of the wrong shape
//!   refuses the message; an ISAN or EIDR that fails its check is left out of the
//!   resource with a warning.
//!
//! Rules for the values, in every version:
//!
//! - A title's language is its own `LanguageAndScriptCode` attribute, or the nearest one on
//!   an enclosing element, up to the message's default on the root; it is given as written
//!   (`ja-Jpan`, `kk-Cyrl`), not normalised. A title with no language anywhere has `None`.
//! - A resource's titles are its display titles (`DisplayTitleText`, or the
//!   `ReferenceTitle` in ERN 3) in document order, followed by any `DisplayTitle` (or, in
//!   ERN 3, display `Title`) in a language none of them covers. Subtitles are appended in
//!   parentheses: `TitleText` "Song" with `SubTitle` "Live" reads "Song (Live)".
//! - Where an element may be repeated per territory (P lines, display artist names), the
//!   one marked `IsDefault="true"` is taken, else one without its own language, else the
//!   first.
//! - Durations are ISO 8601 (`PT3M25S`, `PT1H2M3.5S`, `P0DT4M`), rounded to whole seconds,
//!   half up. Years and months are refused: they have no fixed length.
//! - Identifiers are checked and returned in canonical form by [`caravan_domain::ids`].
//!
//! Input is UTF-8 (a byte order mark is allowed); UTF-16 is accepted when the file starts
//! with its byte order mark. Hostile files are refused early and in bounded memory:
//! document type declarations are refused, so entity expansion cannot inflate a file; a
//! file over [`MAX_BYTES`] is refused before it is read ([`read_file`], [`check_size`]),
//! one of more than [`MAX_NODES`] nodes (or more than one node for every 8 bytes) while
//! it is parsed, and one nested deeper than [`MAX_DEPTH`] before anything in it is read.

mod reader;
mod records;
mod release;
mod resource;
mod schema;
mod values;
mod xml;

use std::io::Read;
use std::path::{Path, PathBuf};

pub use records::{Message, ProprietaryId, Release, Resource, ResourceKind, Skipped, Title};

use reader::{version_of, Reader};
use xml::Lines;

/// The largest file read, in bytes. A catalogue of 20,000 tracks in ERN 4.3, at 3 to
/// 5 KB a track, is about 100 MB; ERN 3 with a track release and deals per track is
/// about twice that.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The most nodes (elements, texts, comments) parsed. Real messages, indented, have one
/// node for every 18 to 22 bytes, so a file of [`MAX_BYTES`] fits; and whatever its size,
/// a file may have no more than one node for every 8 bytes, so a file of empty elements
/// is refused before its tree outgrows a few times the file.
pub const MAX_NODES: u32 = 1 << 24;

/// The deepest nesting of elements. ERN messages nest about a dozen deep; resource groups
/// within resource groups add a few.
pub const MAX_DEPTH: usize = 64;

/// Stable error codes of [`DdexError`].
pub mod code {
    /// Not well-formed XML, or not UTF-8 (nor UTF-16 with a byte order mark).
    pub const MALFORMED: &str = "ddex-malformed";
    /// The file is larger than [`MAX_BYTES`](super::MAX_BYTES), or has more nodes than
    /// [`MAX_NODES`](super::MAX_NODES) or than one for every 8 bytes. The error's line
    /// and column are 0.
    pub const TOO_LARGE: &str = "ddex-too-large";
    /// Elements nested deeper than [`MAX_DEPTH`](super::MAX_DEPTH).
    pub const TOO_DEEP: &str = "ddex-too-deep";
    /// The root element is not an ERN `NewReleaseMessage`.
    pub const NOT_ERN: &str = "ddex-not-ern";
    /// An ERN namespace of a version this reader does not support.
    pub const UNSUPPORTED_VERSION: &str = "ddex-unsupported-version";
    /// A main sound recording or video with no ISRC, ISAN, EIDR nor proprietary id.
    pub const MISSING_ID: &str = "ddex-missing-id";
    /// An ISRC that is not of the shape of an ISRC.
    pub const BAD_ISRC: &str = "ddex-bad-isrc";
    /// A sound recording or video without any title.
    pub const MISSING_TITLE: &str = "ddex-missing-title";
    /// A duration that is not an ISO 8601 duration of days, hours, minutes and seconds.
    pub const BAD_DURATION: &str = "ddex-bad-duration";
    /// A release names a resource reference that is not in the resource list.
    pub const UNKNOWN_RESOURCE: &str = "ddex-unknown-resource";
}

/// Stable codes of [`DdexWarning`]: what was read in spite of a fault.
pub mod warning {
    /// A resource has the ISRC of an earlier one; the earlier one is kept.
    pub const DUPLICATE_ISRC: &str = "ddex-duplicate-isrc";
    /// A resource without an ISRC has the ISAN, EIDR or proprietary id of an earlier one;
    /// the earlier one is kept.
    pub const DUPLICATE_ID: &str = "ddex-duplicate-id";
    /// An ISRC whose first two letters are no country or known IFPI allocation; it is
    /// kept as written.
    pub const UNKNOWN_ISRC_PREFIX: &str = "ddex-unknown-isrc-prefix";
    /// A supplemental resource with no identifier at all; it is left out.
    pub const RESOURCE_WITHOUT_ID: &str = "ddex-resource-without-id";
    /// An ISAN that is not valid; the resource is kept without it.
    pub const BAD_ISAN: &str = "ddex-bad-isan";
    /// An EIDR that is not valid; the resource is kept without it.
    pub const BAD_EIDR: &str = "ddex-bad-eidr";
    /// The `MessageSchemaVersionId` names another version than the namespace; the
    /// namespace is followed.
    pub const VERSION_MISMATCH: &str = "ddex-version-mismatch";
}
/// Why a message was refused. The first problem found is reported: the file's size and
/// shape, the root, then each resource in document order (identifiers, title, duration),
/// then each release.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code} at {element}, line {line}, column {column}: {detail}")]
pub struct DdexError {
    /// One of the constants in [`code`].
    pub code: &'static str,
    /// The element's path from the root by local names, with a 1-based index where a name
    /// repeats among siblings, e.g. `NewReleaseMessage/ResourceList/SoundRecording[2]`;
    /// `document` when the file could not be parsed.
    pub element: String,
    /// The 1-based line of the element's start tag, or of the parse error; 0 for a file
    /// refused for its size.
    pub line: u32,
    /// The 1-based column (in characters) of the element's start tag, or of the parse
    /// error; 0 for a file refused for its size.
    pub column: u32,
    /// An English detail for logs: the offending value or the parser's message.
    pub detail: String,
}

/// Something read in spite of a fault, or left out without refusing the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DdexWarning {
    /// One of the constants in [`warning`].
    pub code: &'static str,
    /// The element's path, as in [`DdexError::element`].
    pub element: String,
    /// The 1-based line of the element's start tag.
    pub line: u32,
    /// The 1-based column (in characters) of the element's start tag.
    pub column: u32,
    /// The value concerned, as written or canonical: the ISRC, the reference, the
    /// attribute.
    pub value: String,
    /// An English detail for logs.
    pub detail: String,
}

impl std::fmt::Display for DdexWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at {}, line {}, column {}: {}",
            self.code, self.element, self.line, self.column, self.detail
        )
    }
}

/// A file that could not be read, or was refused.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Ddex { path: PathBuf, source: DdexError },
}

impl FileError {
    /// `import-io` (the code FilmFreeway files use for the same problem), or the
    /// [`DdexError`]'s code.
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Io { .. } => "import-io",
            FileError::Ddex { source, .. } => source.code,
        }
    }
}

/// Refuses a file of `len` bytes when it is over [`MAX_BYTES`], for callers that read
/// the file themselves: check its length before reading it.
pub fn check_size(len: u64) -> Result<(), DdexError> {
    xml::check_size(len)
}

/// Reads one ERN `NewReleaseMessage` from a file, refusing one over [`MAX_BYTES`] before
/// reading it (and stopping there should it grow while it is read).
pub fn read_file(path: &Path) -> Result<Message, FileError> {
    let io = |source| FileError::Io {
        path: path.to_path_buf(),
        source,
    };
    let ddex = |source| FileError::Ddex {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    check_size(len).map_err(ddex)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    read(&bytes).map_err(ddex)
}

/// Reads one ERN `NewReleaseMessage` from the bytes of a file.
pub fn read(bytes: &[u8]) -> Result<Message, DdexError> {
    check_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    let text = xml::decode(bytes)?;
    let lines = Lines::new(&text);
    let doc = xml::parse(&text, &lines)?;
    let root = doc.root_element();
    let (version, mismatch) = version_of(root, &lines)?;
    let reader = Reader {
        lines,
        layout: version.layout,
        warnings: mismatch.into_iter().collect(),
    };
    reader.message(&doc, version)
}
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let err = read(b"<a>\n  ok \xFF</a>").unwrap_err();
        assert_eq!(err.code, code::MALFORMED);
        assert_eq!((err.line, err.column), (2, 6));
    }

    #[test]
    fn kinds_have_stable_names() {
        assert_eq!(ResourceKind::SoundRecording.as_str(), "sound-recording");
        assert_eq!(ResourceKind::Video.as_str(), "video");
    }
}
