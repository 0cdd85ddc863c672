//! DDEX ERN `NewReleaseMessage` files, read into plain records.
//!
//! A record label or distributor describes an album or single in one XML message: a
//! `ResourceList` of sound recordings (ISRC, titles, artists, duration, P line) and a
//! `ReleaseList` of releases (ICPN, title, type, genre, P and C lines) whose resource
//! groups name the recordings they contain, in order. [`read`] turns such a message into a
//! [`Message`] or refuses it whole with a [`DdexError`] that carries a stable code, the
//! element and its line and column; nothing is returned half read.
//!
//! Supported schema versions, recognised by the namespace of the root element:
//!
//! - ERN 4: `http://ddex.net/xml/ern/4` and `/40` (4.0), `/41`, `/411` (also under
//!   `service.ddex.net`), `/42`, `/43`, `/431`, `/432`. Recordings carry
//!   `DisplayTitleText` and `DisplayTitle` elements, `DisplayArtist` elements that point
//!   into the `PartyList`, and their ISRC and P line either directly (4.1) or inside a
//!   `SoundRecordingEdition` (4.2 and later).
//! - ERN 3.8: `/38`, `/381`, `/382`, `/383`. Recordings carry `SoundRecordingId`, a
//!   `ReferenceTitle`, and their artists, genre and P line inside
//!   `SoundRecordingDetailsByTerritory`.
//!
//! Any other ERN namespace (3.7 and older, or a future 5) is refused as an unsupported
//! version rather than guessed at.
//!
//! Rules that hold for every version:
//!
//! - A title's language is its own `LanguageAndScriptCode` attribute, or the nearest one on
//!   an enclosing element, up to the message's default on the root; it is given as written
//!   (`ja-Jpan`, `kk-Cyrl`), not normalised. A title with no language anywhere has `None`.
//! - A recording's titles are its display titles (`DisplayTitleText`, or the
//!   `ReferenceTitle` in 3.8) in document order, followed by any `DisplayTitle` (or, in
//!   3.8, display `Title`) in a language none of them covers. Subtitles are appended in
//!   parentheses: `TitleText` "Song" with `SubTitle` "Live" reads "Song (Live)".
//! - Where an element may be repeated per territory (P lines, display artist names), the
//!   one marked `IsDefault="true"` is taken, else one without its own language, else the
//!   first.
//! - Durations are ISO 8601 (`PT3M25S`, `PT1H2M3.5S`, `P0DT4M`), rounded to whole seconds,
//!   half up. Years and months are refused: they have no fixed length.
//! - ISRCs are checked and returned in canonical form by [`caravan_domain::ids`].
//!
//! Input is UTF-8 (a byte order mark is allowed); UTF-16 is accepted when the file starts
//! with its byte order mark. Document type declarations are refused, so entity expansion
//! cannot be used to inflate a file.

use std::collections::HashMap;

use caravan_domain::ids::{check_as, IdKind};
use roxmltree::{Document, Node};

/// Stable error codes of [`DdexError`].
pub mod code {
    /// Not well-formed XML, or not UTF-8 (nor UTF-16 with a byte order mark).
    pub const MALFORMED: &str = "ddex-malformed";
    /// The root element is not an ERN `NewReleaseMessage`.
    pub const NOT_ERN: &str = "ddex-not-ern";
    /// An ERN namespace of a version this reader does not support.
    pub const UNSUPPORTED_VERSION: &str = "ddex-unsupported-version";
    /// A sound recording without an ISRC.
    pub const MISSING_ISRC: &str = "ddex-missing-isrc";
    /// An ISRC that is not a valid ISRC.
    pub const BAD_ISRC: &str = "ddex-bad-isrc";
    /// A sound recording without any title.
    pub const MISSING_TITLE: &str = "ddex-missing-title";
    /// A duration that is not an ISO 8601 duration of days, hours, minutes and seconds.
    pub const BAD_DURATION: &str = "ddex-bad-duration";
    /// A release names a resource reference that is not in the resource list.
    pub const UNKNOWN_RESOURCE: &str = "ddex-unknown-resource";
    /// Two recordings in one message share an ISRC.
    pub const DUPLICATE_ISRC: &str = "ddex-duplicate-isrc";
}

/// One `NewReleaseMessage`: its schema version, releases and sound recordings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The ERN version from the root namespace, e.g. `"4.3"`, `"4.1.1"` or `"3.8.2"`.
    pub version: String,
    /// The `Release` elements of the `ReleaseList`, in document order. Version 4
    /// `TrackRelease` elements are checked but not returned.
    pub releases: Vec<Release>,
    /// The `SoundRecording` elements of the `ResourceList`, in document order.
    pub recordings: Vec<Recording>,
}

/// A release: an album, single, EP, or (in ERN 3.8) a track release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The message-local `ReleaseReference`, e.g. `"R0"`.
    pub reference: String,
    /// The default display title (or reference title in 3.8), if any.
    pub title: Option<String>,
    /// The `ICPN` (EAN or UPC) as written, if any.
    pub icpn: Option<String>,
    /// The first `ReleaseType` (`Album`, `Single` …), or its `UserDefinedValue` when the
    /// type is `UserDefined`.
    pub kind: Option<String>,
    /// The resource references of the sound recordings on the release, in resource group
    /// order, each once. References to images, videos and other resources are checked but
    /// left out.
    pub recordings: Vec<String>,
    /// The `GenreText` values, each once, in document order.
    pub genres: Vec<String>,
    /// The `PLineText`, if any.
    pub p_line: Option<String>,
    /// The `CLineText`, if any.
    pub c_line: Option<String>,
    /// The year of the P line, or of the C line when the P line gives none.
    pub year: Option<i32>,
}

/// A sound recording of the resource list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    /// The message-local `ResourceReference`, e.g. `"A1"` (empty if the element is missing).
    pub reference: String,
    /// The ISRC in canonical form (twelve characters, upper case, no hyphens).
    pub isrc: String,
    /// At least one title; see the module documentation for the order.
    pub titles: Vec<Title>,
    /// The display artists' names in `SequenceNumber` order, each once; the
    /// `DisplayArtistName` when no artist could be named from a party.
    pub display_artists: Vec<String>,
    /// The duration in whole seconds, rounded half up, if given.
    pub duration_seconds: Option<i64>,
    /// The recording's own `GenreText` values, each once (ERN 3.8 and some senders; ERN 4
    /// puts genres on the release).
    pub genres: Vec<String>,
    /// The `PLineText`, if any.
    pub p_line: Option<String>,
    /// The `CLineText`, if any (rare on recordings).
    pub c_line: Option<String>,
    /// The year of the P line, or of the C line when the P line gives none.
    pub year: Option<i32>,
    /// The 1-based line of the `<SoundRecording>` start tag.
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

/// Why a message was refused. The first problem found is reported: the root, then each
/// recording in document order (ISRC, duplicate ISRC, title, duration), then each release.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code} at {element}, line {line}, column {column}: {detail}")]
pub struct DdexError {
    /// One of the constants in [`code`].
    pub code: &'static str,
    /// The element's path from the root by local names, with a 1-based index where a name
    /// repeats among siblings, e.g. `NewReleaseMessage/ResourceList/SoundRecording[2]`;
    /// `document` when the file could not be parsed.
    pub element: String,
    /// The 1-based line of the element's start tag, or of the parse error.
    pub line: u32,
    /// The 1-based column (in characters) of the element's start tag, or of the parse error.
    pub column: u32,
    /// An English detail for logs: the offending value or the parser's message.
    pub detail: String,
}

/// Reads one ERN `NewReleaseMessage` from the bytes of a file.
pub fn read(bytes: &[u8]) -> Result<Message, DdexError> {
    let text = decode(bytes)?;
    let lines = Lines::new(&text);
    let doc = match Document::parse(&text) {
        Ok(doc) => doc,
        Err(e) => {
            let (line, column) = parse_error_position(&e, &text, &lines);
            return Err(DdexError {
                code: code::MALFORMED,
                element: "document".to_owned(),
                line,
                column,
                detail: e.to_string(),
            });
        }
    };
    let reader = Reader { lines };
    reader.message(&doc)
}

/// Where a parse error is: roxmltree's position, except for the errors it places at the
/// start of the file for want of one: an unclosed root or an early end is placed at the end
/// of the text, a document type declaration where it begins.
fn parse_error_position(error: &roxmltree::Error, text: &str, lines: &Lines<'_>) -> (u32, u32) {
    use roxmltree::Error as E;
    match error {
        E::UnclosedRootNode | E::UnexpectedEndOfStream | E::NoRootNode => lines.at(text.len()),
        E::DtdDetected => text.find("<!DOCTYPE").map_or((1, 1), |at| lines.at(at)),
        other => {
            let pos = other.pos();
            (pos.row, pos.col)
        }
    }
}

/// The text of the file: UTF-8, or UTF-16 announced by a byte order mark.
fn decode(bytes: &[u8]) -> Result<String, DdexError> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            let body = bytes.get(bom..).unwrap_or_default();
            return encoding
                .decode_without_bom_handling_and_without_replacement(body)
                .map(|s| s.into_owned())
                .ok_or_else(|| DdexError {
                    code: code::MALFORMED,
                    element: "document".to_owned(),
                    line: 1,
                    column: 1,
                    detail: format!("the file is not valid {}", encoding.name()),
                });
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let line = 1 + prefix.matches('\n').count();
            let column = 1 + prefix.rsplit('\n').next().unwrap_or("").chars().count();
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(DdexError {
                code: code::MALFORMED,
                element: "document".to_owned(),
                line: saturate(line),
                column: saturate(column),
                detail: format!(
                    "not UTF-8: byte 0x{byte:02X} cannot start or continue a character"
                ),
            })
        }
    }
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The version of an ERN namespace: `None` when the namespace is not ERN at all,
/// `Some(None)` when it is ERN but of a version this reader does not support.
fn ern_version(namespace: &str) -> Option<Option<&'static str>> {
    let ns = namespace.trim().to_ascii_lowercase();
    let rest = ns
        .strip_prefix("http://")
        .or_else(|| ns.strip_prefix("https://"))?;
    let rest = rest.strip_prefix("service.").unwrap_or(rest);
    let token = rest
        .strip_prefix("ddex.net/xml/ern/")?
        .trim_end_matches('/');
    Some(match token {
        "38" => Some("3.8"),
        "381" => Some("3.8.1"),
        "382" => Some("3.8.2"),
        "383" => Some("3.8.3"),
        "4" | "40" => Some("4.0"),
        "41" => Some("4.1"),
        "411" => Some("4.1.1"),
        "42" => Some("4.2"),
        "43" => Some("4.3"),
        "431" => Some("4.3.1"),
        "432" => Some("4.3.2"),
        _ => None,
    })
}

/// Line and column of byte offsets, computed as roxmltree's `text_pos_at` does (rows count
/// `\n`, columns count characters) but without rescanning the text for every lookup.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn at(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let row = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts.get(row.saturating_sub(1)).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        (saturate(row), saturate(col))
    }
}

struct Reader<'t> {
    lines: Lines<'t>,
}

impl Reader<'_> {
    fn error(&self, code: &'static str, node: Node<'_, '_>, detail: String) -> DdexError {
        let (line, column) = self.lines.at(node.range().start);
        DdexError {
            code,
            element: path(node),
            line,
            column,
            detail,
        }
    }

    fn line(&self, node: Node<'_, '_>) -> u32 {
        self.lines.at(node.range().start).0
    }

    fn message(&self, doc: &Document<'_>) -> Result<Message, DdexError> {
        let root = doc.root_element();
        let name = root.tag_name().name();
        let namespace = root.tag_name().namespace();
        if name != "NewReleaseMessage" {
            return Err(self.error(
                code::NOT_ERN,
                root,
                format!(
                    "the root element is {name} in namespace {}, not an ERN NewReleaseMessage",
                    namespace.unwrap_or("(none)")
                ),
            ));
        }
        let version = match namespace.map(ern_version) {
            Some(Some(Some(v))) => v,
            Some(Some(None)) => {
                return Err(self.error(
                    code::UNSUPPORTED_VERSION,
                    root,
                    format!(
                        "ERN namespace {} is not a supported version (3.8 to 3.8.3, 4.0 to 4.3.2)",
                        namespace.unwrap_or_default()
                    ),
                ))
            }
            _ => {
                return Err(self.error(
                    code::NOT_ERN,
                    root,
                    format!(
                        "NewReleaseMessage in namespace {}, not a DDEX ERN namespace",
                        namespace.unwrap_or("(none)")
                    ),
                ))
            }
        };

        let parties = parties(root);
        let resource_list = kid(root, "ResourceList");
        let mut resources: HashMap<String, bool> = HashMap::new();
        for resource in resource_list.into_iter().flat_map(|l| l.children()) {
            if let Some(reference) = kid(resource, "ResourceReference") {
                resources
                    .entry(text(reference))
                    .or_insert_with(|| is(resource, "SoundRecording"));
            }
        }

        let mut recordings = Vec::new();
        // Canonical ISRC to the line of the recording that first had it.
        let mut seen: HashMap<String, u32> = HashMap::new();
        for sr in resource_list
            .into_iter()
            .flat_map(|l| kids(l, "SoundRecording"))
        {
            recordings.push(self.recording(sr, &parties, &mut seen)?);
        }

        let mut releases = Vec::new();
        for release in kid(root, "ReleaseList")
            .into_iter()
            .flat_map(|l| l.children())
            .filter(|n| is(*n, "Release") || is(*n, "TrackRelease"))
        {
            self.check_references(release, &resources)?;
            if is(release, "Release") {
                releases.push(release_record(release, &resources));
            }
        }

        Ok(Message {
            version: version.to_owned(),
            releases,
            recordings,
        })
    }

    fn recording(
        &self,
        sr: Node<'_, '_>,
        parties: &HashMap<String, String>,
        seen: &mut HashMap<String, u32>,
    ) -> Result<Recording, DdexError> {
        let reference = kid(sr, "ResourceReference").map(text).unwrap_or_default();
        let line = self.line(sr);
        let shown = if reference.is_empty() {
            "without a ResourceReference".to_owned()
        } else {
            reference.clone()
        };

        let edition = preferred_edition(sr);
        let Some(isrc_node) = find_isrc(sr, edition) else {
            return Err(self.error(
                code::MISSING_ISRC,
                sr,
                format!("SoundRecording {shown} has no ISRC"),
            ));
        };
        let raw = text(isrc_node);
        let check = check_as(IdKind::Isrc, &raw);
        let isrc = match (check.valid(), check.canonical) {
            (true, Some(c)) => c,
            _ => return Err(self.error(code::BAD_ISRC, isrc_node, raw)),
        };
        if let Some(first) = seen.get(&isrc) {
            return Err(self.error(
                code::DUPLICATE_ISRC,
                isrc_node,
                format!(
                    "{isrc} is also the ISRC of the SoundRecording on line {}",
                    first
                ),
            ));
        }
        seen.insert(isrc.clone(), line);

        let details: Vec<Node<'_, '_>> = kids(sr, "SoundRecordingDetailsByTerritory").collect();
        let titles = titles(sr, &details);
        if titles.is_empty() {
            return Err(self.error(
                code::MISSING_TITLE,
                sr,
                format!("SoundRecording {shown} has no title"),
            ));
        }

        let duration_seconds = match kid(sr, "Duration") {
            None => None,
            Some(d) => {
                let value = text(d);
                match parse_duration(&value) {
                    Some(seconds) => Some(seconds),
                    None => return Err(self.error(code::BAD_DURATION, d, value)),
                }
            }
        };

        let mut display_artists = Vec::new();
        for holder in std::iter::once(sr).chain(details.iter().copied()) {
            for name in artist_names(holder, parties) {
                push_unique(&mut display_artists, name);
            }
        }
        if display_artists.is_empty() {
            let names: Vec<Node<'_, '_>> = std::iter::once(sr)
                .chain(details.iter().copied())
                .flat_map(|h| kids(h, "DisplayArtistName"))
                .collect();
            if let Some(name) = pick_default(&names).map(|n| text(*n)) {
                if !name.is_empty() {
                    display_artists.push(name);
                }
            }
        }

        let mut genres = Vec::new();
        for holder in std::iter::once(sr).chain(details.iter().copied()) {
            collect_genres(holder, &mut genres);
        }

        let p_holders: Vec<Node<'_, '_>> = edition
            .into_iter()
            .chain(std::iter::once(sr))
            .chain(details.iter().copied())
            .collect();
        let (p_line, p_year) = copyright_line(&p_holders, "PLine", "PLineText");
        let c_holders: Vec<Node<'_, '_>> =
            std::iter::once(sr).chain(details.iter().copied()).collect();
        let (c_line, c_year) = copyright_line(&c_holders, "CLine", "CLineText");

        Ok(Recording {
            reference,
            isrc,
            titles,
            display_artists,
            duration_seconds,
            genres,
            p_line,
            c_line,
            year: p_year.or(c_year),
            line,
        })
    }

    /// Every resource a release names must be in the resource list.
    fn check_references(
        &self,
        release: Node<'_, '_>,
        resources: &HashMap<String, bool>,
    ) -> Result<(), DdexError> {
        for node in release.descendants().filter(|n| {
            is(*n, "ReleaseResourceReference") || is(*n, "LinkedReleaseResourceReference")
        }) {
            let value = text(node);
            if !resources.contains_key(&value) {
                let detail = if value.is_empty() {
                    "an empty resource reference".to_owned()
                } else {
                    value
                };
                return Err(self.error(code::UNKNOWN_RESOURCE, node, detail));
            }
        }
        Ok(())
    }
}

fn release_record(release: Node<'_, '_>, resources: &HashMap<String, bool>) -> Release {
    let details: Vec<Node<'_, '_>> = kids(release, "ReleaseDetailsByTerritory").collect();

    let grouped: Vec<Node<'_, '_>> = release
        .descendants()
        .filter(|n| is(*n, "ResourceGroupContentItem"))
        .flat_map(|item| kids(item, "ReleaseResourceReference"))
        .collect();
    let references = if grouped.is_empty() {
        release
            .descendants()
            .filter(|n| is(*n, "ReleaseResourceReference"))
            .collect()
    } else {
        grouped
    };
    let mut recordings = Vec::new();
    for reference in references.into_iter().map(text) {
        if resources.get(&reference).copied().unwrap_or(false) {
            push_unique(&mut recordings, reference);
        }
    }

    let mut genres = Vec::new();
    for holder in std::iter::once(release).chain(details.iter().copied()) {
        collect_genres(holder, &mut genres);
    }

    let kind = kid(release, "ReleaseType").and_then(|t| {
        let value = text(t);
        let user = t
            .attribute("UserDefinedValue")
            .map(str::trim)
            .filter(|v| !v.is_empty());
        match user {
            Some(u) if value == "UserDefined" => Some(u.to_owned()),
            _ => non_empty(value),
        }
    });

    let icpn = kids(release, "ReleaseId")
        .flat_map(|id| kids(id, "ICPN"))
        .map(text)
        .find(|v| !v.is_empty());

    let holders: Vec<Node<'_, '_>> = std::iter::once(release)
        .chain(details.iter().copied())
        .collect();
    let (p_line, p_year) = copyright_line(&holders, "PLine", "PLineText");
    let (c_line, c_year) = copyright_line(&holders, "CLine", "CLineText");

    Release {
        reference: kid(release, "ReleaseReference")
            .map(text)
            .unwrap_or_default(),
        title: release_title(release, &details),
        icpn,
        kind,
        recordings,
        genres,
        p_line,
        c_line,
        year: p_year.or(c_year),
    }
}

fn release_title(release: Node<'_, '_>, details: &[Node<'_, '_>]) -> Option<String> {
    let display_texts: Vec<Node<'_, '_>> = kids(release, "DisplayTitleText").collect();
    if let Some(t) = pick_default(&display_texts).and_then(|n| non_empty(text(*n))) {
        return Some(t);
    }
    let display_titles: Vec<Node<'_, '_>> = kids(release, "DisplayTitle").collect();
    if let Some(t) = pick_default(&display_titles).and_then(|n| title_text(*n)) {
        return Some(t);
    }
    if let Some(t) = kids(release, "ReferenceTitle").find_map(title_text) {
        return Some(t);
    }
    let titles: Vec<Node<'_, '_>> = details
        .iter()
        .flat_map(|d| kids(*d, "Title"))
        .filter(|t| is_display_title(*t))
        .collect();
    titles
        .iter()
        .find(|t| t.attribute("TitleType") == Some("DisplayTitle"))
        .or(titles.first())
        .and_then(|t| title_text(*t))
}

/// The recording's titles: display titles first, then other titles in languages they
/// leave uncovered.
fn titles(sr: Node<'_, '_>, details: &[Node<'_, '_>]) -> Vec<Title> {
    let mut out: Vec<Title> = Vec::new();
    let primary = kids(sr, "DisplayTitleText")
        .map(|n| (lang(n), non_empty(text(n))))
        .chain(kids(sr, "ReferenceTitle").map(|n| (lang(n), title_text(n))));
    for (lang, text) in primary {
        if let Some(text) = text {
            let title = Title { lang, text };
            if !out.contains(&title) {
                out.push(title);
            }
        }
    }
    let secondary = kids(sr, "DisplayTitle").chain(
        details
            .iter()
            .flat_map(|d| kids(*d, "Title"))
            .filter(|t| is_display_title(*t)),
    );
    for node in secondary {
        let lang = lang(node);
        if out.iter().any(|t| t.lang == lang) {
            continue;
        }
        if let Some(text) = title_text(node) {
            out.push(Title { lang, text });
        }
    }
    out
}

/// A 3.8 `Title` that is a display title (or has no type); formal and alternative titles
/// are not display titles.
fn is_display_title(node: Node<'_, '_>) -> bool {
    matches!(node.attribute("TitleType"), None | Some("DisplayTitle"))
}

/// `TitleText`, with each `SubTitle` appended in parentheses.
fn title_text(node: Node<'_, '_>) -> Option<String> {
    let mut title = non_empty(kid(node, "TitleText").map(text).unwrap_or_default())?;
    for sub in kids(node, "SubTitle").map(text).filter(|s| !s.is_empty()) {
        title.push_str(" (");
        title.push_str(&sub);
        title.push(')');
    }
    Some(title)
}

/// The edition whose ISRC and P line describe the recording: the first that is not
/// marked as an immersive edition, else the first.
fn preferred_edition<'a, 'i>(sr: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    let editions: Vec<Node<'a, 'i>> = kids(sr, "SoundRecordingEdition").collect();
    editions
        .iter()
        .find(|e| {
            kid(**e, "Type")
                .map(text)
                .is_none_or(|t| t.is_empty() || t == "NonImmersiveEdition")
        })
        .or(editions.first())
        .copied()
}

/// The first non-empty `ISRC` among the recording's identifiers, current ones before
/// those marked `IsReplaced="true"`.
fn find_isrc<'a, 'i>(sr: Node<'a, 'i>, edition: Option<Node<'a, 'i>>) -> Option<Node<'a, 'i>> {
    let other_editions = kids(sr, "SoundRecordingEdition").filter(move |e| Some(*e) != edition);
    let ids: Vec<Node<'a, 'i>> = edition
        .into_iter()
        .chain(other_editions)
        .flat_map(|e| kids(e, "ResourceId"))
        .chain(kids(sr, "ResourceId"))
        .chain(kids(sr, "SoundRecordingId"))
        .collect();
    let current = ids.iter().filter(|id| !is_true(**id, "IsReplaced"));
    let replaced = ids.iter().filter(|id| is_true(**id, "IsReplaced"));
    current
        .chain(replaced)
        .flat_map(|id| kids(*id, "ISRC"))
        .find(|n| !text(*n).is_empty())
}

/// Party references to names, from the ERN 4 `PartyList`.
fn parties(root: Node<'_, '_>) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for party in kid(root, "PartyList")
        .into_iter()
        .flat_map(|l| kids(l, "Party"))
    {
        let Some(reference) = kid(party, "PartyReference").map(text) else {
            continue;
        };
        if let Some(name) = party_name(party) {
            map.entry(reference).or_insert(name);
        }
    }
    map
}

/// The `FullName` of the default `PartyName` of a party or an inline artist.
fn party_name(node: Node<'_, '_>) -> Option<String> {
    let names: Vec<Node<'_, '_>> = kids(node, "PartyName").collect();
    pick_default(&names)
        .and_then(|n| kid(*n, "FullName"))
        .and_then(|n| non_empty(text(n)))
}

/// The names of the `DisplayArtist` children of a recording (or of its 3.8 details), in
/// `SequenceNumber` order when every artist has one.
fn artist_names(holder: Node<'_, '_>, parties: &HashMap<String, String>) -> Vec<String> {
    let mut artists: Vec<Node<'_, '_>> = kids(holder, "DisplayArtist").collect();
    let numbers: Option<Vec<i64>> = artists
        .iter()
        .map(|a| a.attribute("SequenceNumber")?.trim().parse().ok())
        .collect();
    if let Some(numbers) = numbers {
        let mut paired: Vec<(i64, Node<'_, '_>)> = numbers.into_iter().zip(artists).collect();
        paired.sort_by_key(|(n, _)| *n);
        artists = paired.into_iter().map(|(_, a)| a).collect();
    }
    artists
        .into_iter()
        .filter_map(|a| {
            party_name(a).or_else(|| {
                kid(a, "ArtistPartyReference")
                    .map(text)
                    .and_then(|r| parties.get(&r).cloned())
            })
        })
        .collect()
}

fn collect_genres(holder: Node<'_, '_>, out: &mut Vec<String>) {
    for genre in kids(holder, "Genre").chain(kids(holder, "DisplayGenre")) {
        for value in kids(genre, "GenreText").map(text) {
            if !value.is_empty() {
                push_unique(out, value);
            }
        }
    }
}

/// The text and year of the default P or C line among the holders, searched in order.
fn copyright_line(
    holders: &[Node<'_, '_>],
    name: &'static str,
    text_name: &'static str,
) -> (Option<String>, Option<i32>) {
    for holder in holders {
        let lines: Vec<Node<'_, '_>> = kids(*holder, name).collect();
        if let Some(line) = pick_default(&lines) {
            let value = kid(*line, text_name).and_then(|t| non_empty(text(t)));
            let year = kid(*line, "Year").and_then(|y| text(y).parse::<i32>().ok());
            return (value, year);
        }
    }
    (None, None)
}

/// Among repeated elements: the one marked `IsDefault="true"`, else one without its own
/// `LanguageAndScriptCode`, else the first.
fn pick_default<'n, 'a, 'i>(nodes: &'n [Node<'a, 'i>]) -> Option<&'n Node<'a, 'i>> {
    nodes
        .iter()
        .find(|n| is_true(**n, "IsDefault"))
        .or_else(|| {
            nodes
                .iter()
                .find(|n| n.attribute("LanguageAndScriptCode").is_none())
        })
        .or(nodes.first())
}

/// Seconds in an ISO 8601 duration `P[nD][T[nH][nM][n[.f]S]]`, rounded half up; `None`
/// when the text is not one (years, months and weeks are refused).
fn parse_duration(value: &str) -> Option<i64> {
    let rest = value.strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => {
            if t.is_empty() {
                return None;
            }
            (d, Some(t))
        }
        None => (rest, None),
    };
    if date.is_empty() && time.is_none() {
        return None;
    }
    let mut total: i64 = 0;
    let mut fraction_rounds_up = false;
    if !date.is_empty() {
        let days = date.strip_suffix('D')?;
        total = digits(days)?.checked_mul(86_400)?;
    }
    if let Some(mut t) = time {
        // Designators must come in this order, each at most once.
        for (designator, factor) in [('H', 3_600_i64), ('M', 60), ('S', 1)] {
            let Some(at) = t.find(designator) else {
                continue;
            };
            let number = &t[..at];
            t = &t[at + 1..];
            let (whole, fraction) = match number.split_once(['.', ',']) {
                Some((w, f)) if designator == 'S' => (w, Some(f)),
                Some(_) => return None,
                None => (number, None),
            };
            total = total.checked_add(digits(whole)?.checked_mul(factor)?)?;
            if let Some(f) = fraction {
                if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                fraction_rounds_up = f.as_bytes()[0] >= b'5';
            }
        }
        if !t.is_empty() {
            return None;
        }
    }
    if fraction_rounds_up {
        total = total.checked_add(1)?;
    }
    Some(total)
}

/// A run of ASCII digits as a number.
fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn is(node: Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn kids<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |n| is(*n, name))
}

fn kid<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    kids(node, name).next()
}

/// All text inside an element (text and CDATA, not comments), trimmed.
fn text(node: Node<'_, '_>) -> String {
    let mut s = String::new();
    for t in node.descendants().filter(|n| n.is_text()) {
        s.push_str(t.text().unwrap_or_default());
    }
    s.trim().to_owned()
}

fn non_empty(s: String) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

fn is_true(node: Node<'_, '_>, attribute: &str) -> bool {
    matches!(node.attribute(attribute).map(str::trim), Some("true" | "1"))
}

/// The `LanguageAndScriptCode` of the element or the nearest enclosing element that has one.
fn lang(node: Node<'_, '_>) -> Option<String> {
    node.ancestors().filter(|n| n.is_element()).find_map(|n| {
        n.attribute("LanguageAndScriptCode")
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    })
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// `Root/Child/Repeated[2]/Leaf`: local names, with a 1-based index where siblings share
/// the name.
fn path(node: Node<'_, '_>) -> String {
    let mut parts: Vec<String> = Vec::new();
    for n in node.ancestors().filter(|n| n.is_element()) {
        let name = n.tag_name().name();
        let same = |s: &Node<'_, '_>| s.is_element() && s.tag_name().name() == name;
        let before = n.prev_siblings().skip(1).filter(same).count();
        let after = n.next_siblings().skip(1).filter(same).count();
        if before + after > 0 {
            parts.push(format!("{name}[{}]", before + 1));
        } else {
            parts.push(name.to_owned());
        }
    }
    parts.reverse();
    parts.join("/")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT3M25S"), Some(205));
        assert_eq!(parse_duration("PT1H2M3.5S"), Some(3724));
        assert_eq!(parse_duration("PT1H2M3.49S"), Some(3723));
        assert_eq!(parse_duration("PT0H1M32S"), Some(92));
        assert_eq!(parse_duration("PT45S"), Some(45));
        assert_eq!(parse_duration("PT2M"), Some(120));
        assert_eq!(parse_duration("P1DT1S"), Some(86_401));
        assert_eq!(parse_duration("P0D"), Some(0));
        assert_eq!(parse_duration("PT1,5S"), Some(2));
        for bad in [
            "",
            "P",
            "PT",
            "T3M",
            "3:25",
            "PT3M25",
            "PT25S3M",
            "PT3M3M",
            "PT1.5M",
            "PT-3S",
            "-PT3S",
            "P1Y",
            "P2M",
            "P1W",
            "PT.5S",
            "PT5.S",
            "pt3m",
            "PT 3M",
            "PT3M25SX",
            "PT99999999999999999999S",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn versions() {
        assert_eq!(ern_version("http://ddex.net/xml/ern/43"), Some(Some("4.3")));
        assert_eq!(
            ern_version("http://service.ddex.net/xml/ern/411"),
            Some(Some("4.1.1"))
        );
        assert_eq!(
            ern_version("http://ddex.net/xml/ern/382/"),
            Some(Some("3.8.2"))
        );
        assert_eq!(ern_version("http://ddex.net/xml/ern/36"), Some(None));
        assert_eq!(ern_version("http://ddex.net/xml/ern/5"), Some(None));
        assert_eq!(ern_version("http://ddex.net/xml/mead/10"), None);
        assert_eq!(ern_version("urn:example"), None);
    }

    #[test]
    fn positions_match_roxmltree() {
        let text =
            "<?xml version=\"1.0\"?>\r\n<a>\n  <b>Қазақ</b><b/>\n\t<c>\n<d>中文</d></c>\n</a>\n";
        let doc = Document::parse(text).unwrap();
        let lines = Lines::new(text);
        for node in doc.descendants() {
            let start = node.range().start;
            let pos = doc.text_pos_at(start);
            assert_eq!(lines.at(start), (pos.row, pos.col), "{node:?}");
        }
        assert_eq!(lines.at(text.len() + 5), {
            let p = doc.text_pos_at(text.len() + 5);
            (p.row, p.col)
        });
    }

    #[test]
    fn paths_index_repeated_names_only() {
        let doc = Document::parse("<r><l><s/><x/><s><i/></s></l></r>").unwrap();
        let i = doc.descendants().find(|n| is(*n, "i")).unwrap();
        assert_eq!(path(i), "r/l/s[2]/i");
        let x = doc.descendants().find(|n| is(*n, "x")).unwrap();
        assert_eq!(path(x), "r/l/x");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = read(b"<a>\n  ok \xFF</a>").unwrap_err();
        assert_eq!(err.code, code::MALFORMED);
        assert_eq!((err.line, err.column), (2, 6));
    }
}
