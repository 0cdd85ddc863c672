//! The records a message is read into: plain data, with no XML left in them, for the
//! core to store as it sees fit.

use super::DdexWarning;

/// One `NewReleaseMessage`: its schema version, releases, resources, and what was left
/// out or read in spite of a fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The ERN version, e.g. `"4.3"`, `"4.1.1"`, `"3.8.2"` or `"3.7"`.
    pub version: String,
    /// The `Release` elements of the `ReleaseList`, in document order. Version 4
    /// `TrackRelease` elements are checked but not returned.
    pub releases: Vec<Release>,
    /// The sound recordings and videos of the `ResourceList`, in document order, less
    /// those left out (see the module documentation).
    pub resources: Vec<Resource>,
    /// The resources not returned, counted by element name in order of first appearance:
    /// every kind not imported, and the sound recordings and videos left out.
    pub skipped: Vec<Skipped>,
    /// What was read in spite of a fault, in document order.
    pub warnings: Vec<DdexWarning>,
}

/// A release: an album, single, EP, or (in ERN 3) a track release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The message-local `ReleaseReference`, e.g. `"R0"`.
    pub reference: String,
    /// The default display title (or reference title in ERN 3), if any.
    pub title: Option<String>,
    /// The `ICPN` (EAN or UPC) as written, if any.
    pub icpn: Option<String>,
    /// The first `ReleaseType` (`Album`, `Single` …), or its `UserDefinedValue` when the
    /// type is `UserDefined`.
    pub kind: Option<String>,
    /// The references of the resources on the release (sound recordings and videos that
    /// are returned in [`Message::resources`]), in resource group order, each once. A
    /// reference to a resource left out as a repeat is read as its first occurrence;
    /// references to images and other resources are checked but left out.
    pub resources: Vec<String>,
    /// The `GenreText` values, each once, in document order.
    pub genres: Vec<String>,
    /// The `PLineText`, if any.
    pub p_line: Option<String>,
    /// The `CLineText`, if any.
    pub c_line: Option<String>,
    /// The year of the P line, or of the C line when the P line gives none.
    pub year: Option<i32>,
}

/// The kinds of resource read into records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceKind {
    /// A `SoundRecording`.
    SoundRecording,
    /// A `Video`: a music video, a concert, a film.
    Video,
}

impl ResourceKind {
    /// The stable string form: `sound-recording` or `video`.
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::SoundRecording => "sound-recording",
            ResourceKind::Video => "video",
        }
    }
}

/// A sender's own identifier for a resource.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProprietaryId {
    /// The `Namespace` attribute as written, e.g. `DPID:PADPIDA2011033002U` or
    /// `PADPIDA2011033002U`; empty when the sender gave none.
    pub namespace: String,
    /// The identifier, trimmed.
    pub value: String,
}

/// A sound recording or video of the resource list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub kind: ResourceKind,
    /// The message-local `ResourceReference`, e.g. `"A1"` (empty if the element is missing).
    pub reference: String,
    /// The DDEX type (`MusicalWorkSoundRecording`, `ShortFormMusicalWorkVideo`,
    /// `LongFormNonMusicalWorkVideo` …), or its `UserDefinedValue`, if given.
    pub resource_type: Option<String>,
    /// The ISRC in canonical form (twelve characters, upper case, no hyphens).
    pub isrc: Option<String>,
    /// The first current `ProprietaryId`, whether or not there is an ISRC.
    pub proprietary_id: Option<ProprietaryId>,
    /// The ISAN (or V-ISAN) in canonical form, with check characters.
    pub isan: Option<String>,
    /// The EIDR in canonical form.
    pub eidr: Option<String>,
    /// Whether the resource is supplemental (see the module documentation).
    pub supplemental: bool,
    /// At least one title; see the module documentation for the order.
    pub titles: Vec<Title>,
    /// The display artists' names in `SequenceNumber` order, each once; the
    /// `DisplayArtistName` when no artist could be named from a party.
    pub display_artists: Vec<String>,
    /// The duration in whole seconds, rounded half up, if given.
    pub duration_seconds: Option<i64>,
    /// The resource's own `GenreText` values, each once (ERN 3 and some senders; ERN 4
    /// puts genres on the release).
    pub genres: Vec<String>,
    /// The `PLineText`, if any.
    pub p_line: Option<String>,
    /// The `CLineText`, if any (rare on resources).
    pub c_line: Option<String>,
    /// The year of the P line, or of the C line when the P line gives none.
    pub year: Option<i32>,
    /// The 1-based line of the resource's start tag.
    pub line: u32,
}

/// A title in one language and script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The `LanguageAndScriptCode` as written on the title or inherited from an enclosing
    /// element (ultimately the message default); `None` when the message names none.
    pub lang: Option<String>,
    /// The title text, trimmed.
    pub text: String,
}

/// How many resources of one element name were not returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The local name, e.g. `Image` or `SoundRecording`.
    pub element: String,
    pub count: usize,
}
