//! The ERN versions this reader knows, and where each keeps what is read, as data.
//!
//! ERN 3.4 to 3.8 share one layout: a resource names its identifiers in a
//! `SoundRecordingId` or `VideoId`, its reference title on itself, and describes itself
//! per territory (display titles, artists named inline, genres, P line) in a
//! `…DetailsByTerritory` element. ERN 4 flattened that: identifiers in `ResourceId`,
//! `DisplayTitleText` and `DisplayTitle` on the resource, artists pointing into the
//! `PartyList`; from 4.2 the identifiers and P line may also sit in one edition per
//! rendering (`SoundRecordingEdition`, `VideoEdition`). The reader walks the same code for
//! every version and asks the [`Layout`] of the message's version where to look, so a new
//! version is a row in [`VERSIONS`], not a copy of the reader.

use super::ResourceKind;

/// Which element around a resource holds a piece of information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holder {
    /// The resource element itself (or the `Release`, for release titles).
    Own,
    /// Its editions (ERN 4.2 and later), the preferred one first.
    Edition,
    /// Its per-territory details (ERN 3), or a release's `ReleaseDetailsByTerritory`.
    Details,
}

/// How a title element is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TitleForm {
    /// The text itself, as `DisplayTitleText`.
    Text,
    /// A `TitleText` with optional `SubTitle`s, as `ReferenceTitle`, `Title` and
    /// `DisplayTitle`.
    Structured,
}

/// Where titles are found, and in what form.
#[derive(Debug, Clone, Copy)]
pub(super) struct TitlePlace {
    pub holder: Holder,
    pub element: &'static str,
    pub form: TitleForm,
}

/// How a `DisplayArtist` names the artist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ArtistName {
    /// An inline `PartyName` (ERN 3).
    Inline,
    /// A reference, in the named child, to a `Party` of the `PartyList` (ERN 4).
    Party(&'static str),
}

/// The element names of one kind of resource that is imported.
#[derive(Debug)]
pub(super) struct Shape {
    pub kind: ResourceKind,
    /// The element in the `ResourceList`.
    pub element: &'static str,
    /// Its type, e.g. `MusicalWorkSoundRecording` or `ShortFormMusicalWorkVideo`.
    pub type_element: &'static str,
    /// The element that holds its ISRC, ISAN, EIDR and proprietary ids.
    pub id_element: &'static str,
    /// Its editions, when the version has them.
    pub edition: Option<&'static str>,
    /// Its per-territory details, when the version has them.
    pub details: Option<&'static str>,
}

/// Where one family of versions keeps what the reader takes from a message.
#[derive(Debug)]
pub(super) struct Layout {
    /// The kinds of resource imported; any other child of the `ResourceList` is counted
    /// as skipped.
    pub shapes: &'static [Shape],
    /// Where identifiers are looked for, in order.
    pub ids: &'static [Holder],
    /// Where the P line is looked for, in order.
    pub p_lines: &'static [Holder],
    /// Where artists, genres and the C line are looked for, in order.
    pub described: &'static [Holder],
    /// Titles taken first, every one in document order.
    pub display_titles: &'static [TitlePlace],
    /// Titles taken next, only in a language the display titles leave uncovered.
    pub other_titles: &'static [TitlePlace],
    pub artist_name: ArtistName,
    /// A release's per-territory details.
    pub release_details: Option<&'static str>,
    /// Where a release's title is looked for; the first place with a title gives it.
    pub release_titles: &'static [TitlePlace],
}

const ERN3: Layout = Layout {
    shapes: &[
        Shape {
            kind: ResourceKind::SoundRecording,
            element: "SoundRecording",
            type_element: "SoundRecordingType",
            id_element: "SoundRecordingId",
            edition: None,
            details: Some("SoundRecordingDetailsByTerritory"),
        },
        Shape {
            kind: ResourceKind::Video,
            element: "Video",
            type_element: "VideoType",
            id_element: "VideoId",
            edition: None,
            details: Some("VideoDetailsByTerritory"),
        },
    ],
    ids: &[Holder::Own],
    p_lines: &[Holder::Details],
    described: &[Holder::Details],
    display_titles: &[TitlePlace {
        holder: Holder::Own,
        element: "ReferenceTitle",
        form: TitleForm::Structured,
    }],
    other_titles: &[TitlePlace {
        holder: Holder::Details,
        element: "Title",
        form: TitleForm::Structured,
    }],
    artist_name: ArtistName::Inline,
    release_details: Some("ReleaseDetailsByTerritory"),
    release_titles: &[
        TitlePlace {
            holder: Holder::Own,
            element: "ReferenceTitle",
            form: TitleForm::Structured,
        },
        TitlePlace {
            holder: Holder::Details,
            element: "Title",
            form: TitleForm::Structured,
        },
    ],
};

const ERN4_TITLES: &[TitlePlace] = &[TitlePlace {
    holder: Holder::Own,
    element: "DisplayTitleText",
    form: TitleForm::Text,
}];
const ERN4_OTHER_TITLES: &[TitlePlace] = &[TitlePlace {
    holder: Holder::Own,
    element: "DisplayTitle",
    form: TitleForm::Structured,
}];
const ERN4_RELEASE_TITLES: &[TitlePlace] = &[
    TitlePlace {
        holder: Holder::Own,
        element: "DisplayTitleText",
        form: TitleForm::Text,
    },
    TitlePlace {
        holder: Holder::Own,
        element: "DisplayTitle",
        form: TitleForm::Structured,
    },
];

/// ERN 4.0 and 4.1: identifiers and P line on the resource.
const ERN41: Layout = Layout {
    shapes: &[
        Shape {
            kind: ResourceKind::SoundRecording,
            element: "SoundRecording",
            type_element: "Type",
            id_element: "ResourceId",
            edition: None,
            details: None,
        },
        Shape {
            kind: ResourceKind::Video,
            element: "Video",
            type_element: "Type",
            id_element: "ResourceId",
            edition: None,
            details: None,
        },
    ],
    ids: &[Holder::Own],
    p_lines: &[Holder::Own],
    described: &[Holder::Own],
    display_titles: ERN4_TITLES,
    other_titles: ERN4_OTHER_TITLES,
    artist_name: ArtistName::Party("ArtistPartyReference"),
    release_details: None,
    release_titles: ERN4_RELEASE_TITLES,
};

/// ERN 4.2 and later: identifiers and P line in the editions, or still on the resource
/// (senders of simple video singles keep the 4.1 shape).
const ERN42: Layout = Layout {
    shapes: &[
        Shape {
            kind: ResourceKind::SoundRecording,
            element: "SoundRecording",
            type_element: "Type",
            id_element: "ResourceId",
            edition: Some("SoundRecordingEdition"),
            details: None,
        },
        Shape {
            kind: ResourceKind::Video,
            element: "Video",
            type_element: "Type",
            id_element: "ResourceId",
            edition: Some("VideoEdition"),
            details: None,
        },
    ],
    ids: &[Holder::Edition, Holder::Own],
    p_lines: &[Holder::Edition, Holder::Own],
    described: &[Holder::Own],
    display_titles: ERN4_TITLES,
    other_titles: ERN4_OTHER_TITLES,
    artist_name: ArtistName::Party("ArtistPartyReference"),
    release_details: None,
    release_titles: ERN4_RELEASE_TITLES,
};

/// One supported version.
#[derive(Debug)]
pub(super) struct Version {
    /// As reported in [`Message::version`](super::Message::version).
    pub name: &'static str,
    /// The last segment of its namespace, lower case: `http://ddex.net/xml/ern/371`.
    pub token: &'static str,
    /// What a version attribute may refine: the namespace `/38` names 3.8 and its
    /// revisions, so `MessageSchemaVersionId="ern/382"` makes it 3.8.2; `/382` is exact.
    pub line: &'static str,
    pub layout: &'static Layout,
}

const fn v(name: &'static str, token: &'static str, layout: &'static Layout) -> Version {
    Version {
        name,
        token,
        line: name,
        layout,
    }
}

pub(super) const VERSIONS: &[Version] = &[
    v("3.4", "34", &ERN3),
    v("3.4.1", "341", &ERN3),
    v("3.5", "35", &ERN3),
    v("3.5.1", "351", &ERN3),
    v("3.6", "36", &ERN3),
    v("3.7", "37", &ERN3),
    v("3.7.1", "371", &ERN3),
    v("3.8", "38", &ERN3),
    v("3.8.1", "381", &ERN3),
    v("3.8.2", "382", &ERN3),
    v("3.8.3", "383", &ERN3),
    // `/4` was the namespace of 4.0 drafts; it names the whole line.
    Version {
        name: "4.0",
        token: "4",
        line: "4",
        layout: &ERN41,
    },
    v("4.0", "40", &ERN41),
    v("4.1", "41", &ERN41),
    v("4.1.1", "411", &ERN41),
    v("4.2", "42", &ERN42),
    v("4.3", "43", &ERN42),
    v("4.3.1", "431", &ERN42),
    v("4.3.2", "432", &ERN42),
];

/// What a root namespace says.
#[derive(Debug)]
pub(super) enum Namespace {
    Supported(&'static Version),
    /// An ERN namespace of a version not in [`VERSIONS`].
    Unsupported,
    NotErn,
}

/// The version of a namespace such as `http://ddex.net/xml/ern/382`, also under
/// `service.ddex.net`, over HTTPS, with a trailing slash, in any case.
pub(super) fn namespace(ns: &str) -> Namespace {
    let ns = ns.trim().to_ascii_lowercase();
    let Some(rest) = ns
        .strip_prefix("http://")
        .or_else(|| ns.strip_prefix("https://"))
    else {
        return Namespace::NotErn;
    };
    let rest = rest.strip_prefix("service.").unwrap_or(rest);
    let Some(token) = rest.strip_prefix("ddex.net/xml/ern/") else {
        return Namespace::NotErn;
    };
    match lookup(token.trim_end_matches('/')) {
        Some(version) => Namespace::Supported(version),
        None => Namespace::Unsupported,
    }
}

/// The version a `MessageSchemaVersionId` names: `ern/341`, `/ern/341`, `ern/3.4.1`.
pub(super) fn schema_version_id(value: &str) -> Option<&'static Version> {
    let value = value.trim().to_ascii_lowercase();
    let value = value.trim_start_matches('/');
    let token = value.strip_prefix("ern/").unwrap_or(value);
    let token: String = token.trim_end_matches('/').replace('.', "");
    lookup(&token)
}

/// The version of a namespace token. A vendor's variant adds letters and digits after
/// the digits of the version it extends (`37D2` is 3.7) and is read as that version.
fn lookup(token: &str) -> Option<&'static Version> {
    let digits = token
        .find(|c: char| !c.is_ascii_digit())
        .map_or(token, |at| {
            let suffix = &token[at..];
            let vendor = suffix.starts_with(|c: char| c.is_ascii_alphabetic())
                && suffix.chars().all(|c| c.is_ascii_alphanumeric());
            if vendor && at > 0 {
                &token[..at]
            } else {
                token
            }
        });
    VERSIONS.iter().find(|v| v.token == digits)
}

/// Whether the version an attribute names refines the one a namespace names.
pub(super) fn refines(attribute: &Version, namespace: &Version) -> bool {
    attribute
        .name
        .strip_prefix(namespace.line)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(ns: &str) -> Option<&'static str> {
        match namespace(ns) {
            Namespace::Supported(v) => Some(v.name),
            _ => None,
        }
    }

    #[test]
    fn namespaces() {
        for (ns, version) in [
            ("http://ddex.net/xml/ern/43", "4.3"),
            ("http://service.ddex.net/xml/ern/411", "4.1.1"),
            ("http://ddex.net/xml/ern/382/", "3.8.2"),
            ("https://ddex.net/xml/ern/432", "4.3.2"),
            ("http://ddex.net/xml/ern/4", "4.0"),
            ("http://ddex.net/xml/ern/40", "4.0"),
            ("http://ddex.net/xml/ern/341", "3.4.1"),
            ("http://ddex.net/xml/ern/34", "3.4"),
            ("http://ddex.net/xml/ern/35", "3.5"),
            ("http://ddex.net/xml/ern/36", "3.6"),
            ("http://ddex.net/xml/ern/37", "3.7"),
            ("http://ddex.net/xml/ern/371", "3.7.1"),
            ("http://ddex.net/xml/ern/37D2", "3.7"),
            ("http://ddex.net/xml/ern/37d2/", "3.7"),
            ("HTTP://DDEX.NET/XML/ERN/383", "3.8.3"),
            ("http://service.ddex.net/xml/ern/381/", "3.8.1"),
        ] {
            assert_eq!(name(ns), Some(version), "{ns}");
        }
        for unsupported in [
            "http://ddex.net/xml/ern/33",
            "http://ddex.net/xml/ern/5",
            "http://ddex.net/xml/ern/44",
            "http://ddex.net/xml/ern/",
            "http://ddex.net/xml/ern/D2",
            "http://ddex.net/xml/ern/37-2",
        ] {
            assert!(
                matches!(namespace(unsupported), Namespace::Unsupported),
                "{unsupported}"
            );
        }
        for other in [
            "http://ddex.net/xml/mead/10",
            "urn:example",
            "http://example.com/xml/ern/43",
        ] {
            assert!(matches!(namespace(other), Namespace::NotErn), "{other}");
        }
    }

    #[test]
    fn version_attributes_refine_a_namespace_that_names_a_line() {
        let attr = |v: &str| schema_version_id(v).map(|v| v.name);
        assert_eq!(attr("ern/341"), Some("3.4.1"));
        assert_eq!(attr("/ern/341"), Some("3.4.1"));
        assert_eq!(attr("ern/3.4.1"), Some("3.4.1"));
        assert_eq!(attr(" ERN/382 "), Some("3.8.2"));
        assert_eq!(attr("ern/37D2"), Some("3.7"));
        assert_eq!(attr("ern/99"), None);

        let ns = |t: &str| lookup(t).unwrap_or_else(|| panic!("{t}"));
        assert!(refines(ns("341"), ns("34")));
        assert!(refines(ns("382"), ns("38")));
        assert!(refines(ns("43"), ns("4")));
        assert!(refines(ns("382"), ns("382")));
        assert!(!refines(ns("381"), ns("382")));
        assert!(!refines(ns("371"), ns("38")));
        assert!(!refines(ns("34"), ns("341")));
        assert!(!refines(ns("411"), ns("40")));
    }
}
