//! One sound recording or video of the resource list, read in two steps: first what
//! identifies it (so a resource that repeats another, or that nothing identifies, is set
//! aside before anything else about it is judged), then what describes it.

use std::collections::HashMap;

use caravan_domain::ids::{check_as, IdKind, IdNote};
use roxmltree::Node;

use super::reader::{Anchor, Reader};
use super::schema::{ArtistName, Holder, Shape, TitleForm, TitlePlace};
use super::values::{
    copyright_line, is_display_title, parse_duration, party_name, pick_default, title_text,
    typed_value,
};
use super::xml::{flag, is_true, kid, kids, lang, non_empty, push_unique, text};
use super::{code, warning, DdexError, ProprietaryId, Resource, Title};

/// What identifies a resource, before the rest of it is read.
pub(super) struct Identity<'a, 'i> {
    pub reference: String,
    /// The canonical ISRC and the element it was read from.
    pub isrc: Option<(String, Node<'a, 'i>)>,
    /// Whether the ISRC's prefix is a known country or agency.
    pub isrc_prefix_known: bool,
    pub proprietary_id: Option<(ProprietaryId, Node<'a, 'i>)>,
    pub isan: Option<(String, Node<'a, 'i>)>,
    pub eidr: Option<(String, Node<'a, 'i>)>,
    pub supplemental: bool,
    /// The edition whose identifiers and P line describe the resource.
    pub edition: Option<Node<'a, 'i>>,
}

/// An identifier that makes two resources one, in the order they are compared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Key {
    Isrc(String),
    Isan(String),
    Eidr(String),
    Proprietary(String, String),
}

impl<'a, 'i> Identity<'a, 'i> {
    /// The identifier two resources are compared by, with a name for messages and the
    /// element it was read from.
    pub(super) fn key(&self) -> Option<(Key, &'static str, Node<'a, 'i>)> {
        if let Some((isrc, node)) = &self.isrc {
            return Some((Key::Isrc(isrc.clone()), "ISRC", *node));
        }
        if let Some((isan, node)) = &self.isan {
            return Some((Key::Isan(isan.clone()), "ISAN", *node));
        }
        if let Some((eidr, node)) = &self.eidr {
            return Some((Key::Eidr(eidr.clone()), "EIDR", *node));
        }
        self.proprietary_id.as_ref().map(|(id, node)| {
            let key = Key::Proprietary(id.namespace.clone(), id.value.clone());
            (key, "proprietary id", *node)
        })
    }
}

impl Reader<'_> {
    /// What identifies a resource, or `None` when it is a supplemental resource that
    /// nothing identifies (it is left out with a warning). A main resource that nothing
    /// identifies, or an ISRC that is not one, refuses the message.
    pub(super) fn identify<'a, 'i>(
        &mut self,
        node: Node<'a, 'i>,
        shape: &Shape,
        at: Anchor<'a, 'i, '_>,
        primary: bool,
    ) -> Result<Option<Identity<'a, 'i>>, DdexError> {
        let reference = kid(node, "ResourceReference").map(text).unwrap_or_default();
        let shown = shown(shape, &reference);
        let supplemental =
            !primary || is_true(node, "IsSupplemental") || flag(node, "IsHiddenResource");

        let edition = shape.edition.and_then(|name| preferred_edition(node, name));
        let containers = self.id_containers(node, shape, edition);
        // Current identifiers before those marked as replaced.
        let ordered: Vec<Node<'a, 'i>> = containers
            .iter()
            .filter(|id| !is_true(**id, "IsReplaced"))
            .chain(containers.iter().filter(|id| is_true(**id, "IsReplaced")))
            .copied()
            .collect();
        let first = |name: &'static str| {
            ordered
                .iter()
                .flat_map(|id| kids(*id, name))
                .find(|n| !text(*n).is_empty())
        };

        let mut isrc = None;
        let mut isrc_prefix_known = true;
        if let Some(n) = first("ISRC") {
            let raw = text(n);
            let check = check_as(IdKind::Isrc, &raw);
            match (check.valid(), check.canonical) {
                (true, Some(canonical)) => {
                    isrc_prefix_known = check.note != Some(IdNote::UnknownPrefix);
                    isrc = Some((canonical, n));
                }
                _ => return Err(self.error_in(code::BAD_ISRC, n, at, raw)),
            }
        }
        let isan = match first("ISAN").or_else(|| first("VISAN")) {
            Some(n) => self.checked_or_warned(n, at, IdKind::Isan, warning::BAD_ISAN),
            None => None,
        };
        let eidr = match first("EIDR") {
            Some(n) => self.checked_or_warned(n, at, IdKind::Eidr, warning::BAD_EIDR),
            None => None,
        };
        let proprietary_id = ordered
            .iter()
            .flat_map(|id| kids(*id, "ProprietaryId"))
            .find_map(|n| {
                let value = non_empty(text(n))?;
                let namespace = n.attribute("Namespace").unwrap_or_default().trim();
                Some((
                    ProprietaryId {
                        namespace: namespace.to_owned(),
                        value,
                    },
                    n,
                ))
            });

        if isrc.is_none() && isan.is_none() && eidr.is_none() && proprietary_id.is_none() {
            if supplemental {
                self.warn_in(
                    warning::RESOURCE_WITHOUT_ID,
                    node,
                    at,
                    reference.clone(),
                    format!(
                        "the supplemental {shown} has no ISRC, ISAN, EIDR nor proprietary id; it is left out"
                    ),
                );
                return Ok(None);
            }
            return Err(self.error_in(
                code::MISSING_ID,
                node,
                at,
                format!("{shown} has no ISRC, ISAN, EIDR nor proprietary id"),
            ));
        }

        Ok(Some(Identity {
            reference,
            isrc,
            isrc_prefix_known,
            proprietary_id,
            isan,
            eidr,
            supplemental,
            edition,
        }))
    }

    /// The elements that hold the resource's identifiers, where its version puts them.
    fn id_containers<'a, 'i>(
        &self,
        node: Node<'a, 'i>,
        shape: &Shape,
        edition: Option<Node<'a, 'i>>,
    ) -> Vec<Node<'a, 'i>> {
        let mut out = Vec::new();
        for holder in self.layout.ids {
            match holder {
                Holder::Own => out.extend(kids(node, shape.id_element)),
                Holder::Edition => {
                    let Some(name) = shape.edition else { continue };
                    let others = kids(node, name).filter(|e| Some(*e) != edition);
                    for e in edition.into_iter().chain(others) {
                        out.extend(kids(e, shape.id_element));
                    }
                }
                Holder::Details => {
                    for d in shape.details.into_iter().flat_map(|name| kids(node, name)) {
                        out.extend(kids(d, shape.id_element));
                    }
                }
            }
        }
        out
    }

    /// A checked ISAN or EIDR in canonical form; one that fails its check is left out with
    /// a warning, since the resource has other ways to be known.
    fn checked_or_warned<'a, 'i>(
        &mut self,
        node: Node<'a, 'i>,
        at: Anchor<'a, 'i, '_>,
        kind: IdKind,
        code: &'static str,
    ) -> Option<(String, Node<'a, 'i>)> {
        let raw = text(node);
        let check = check_as(kind, &raw);
        match (check.valid(), check.canonical) {
            (true, Some(canonical)) => Some((canonical, node)),
            _ => {
                let name = kind.as_str().to_uppercase();
                self.warn_in(
                    code,
                    node,
                    at,
                    raw,
                    format!("not a valid {name}; the resource is read without it"),
                );
                None
            }
        }
    }

    /// The rest of a resource once it is known to be kept: titles, artists, duration,
    /// genres, P and C lines.
    pub(super) fn describe<'a, 'i>(
        &mut self,
        node: Node<'a, 'i>,
        shape: &Shape,
        at: Anchor<'a, 'i, '_>,
        id: Identity<'a, 'i>,
        parties: &HashMap<String, String>,
    ) -> Result<Resource, DdexError> {
        let shown = shown(shape, &id.reference);
        let details: Vec<Node<'a, 'i>> = shape
            .details
            .into_iter()
            .flat_map(|name| kids(node, name))
            .collect();
        let holders = |places: &[Holder]| -> Vec<Node<'a, 'i>> {
            let mut out = Vec::new();
            for place in places {
                match place {
                    Holder::Own => out.push(node),
                    Holder::Edition => out.extend(id.edition),
                    Holder::Details => out.extend(details.iter().copied()),
                }
            }
            out
        };

        let titles = self.titles(node, &details);
        if titles.is_empty() {
            return Err(self.error_in(
                code::MISSING_TITLE,
                node,
                at,
                format!("{shown} has no title"),
            ));
        }

        let duration_seconds = match kid(node, "Duration") {
            None => None,
            Some(d) => {
                let value = text(d);
                match parse_duration(&value) {
                    Some(seconds) => Some(seconds),
                    None => return Err(self.error_in(code::BAD_DURATION, d, at, value)),
                }
            }
        };

        if let Some((isrc, n)) = &id.isrc {
            if !id.isrc_prefix_known {
                self.warn_in(
                    warning::UNKNOWN_ISRC_PREFIX,
                    *n,
                    at,
                    isrc.clone(),
                    format!(
                        "{} is not a country or an allocated ISRC prefix; {isrc} is read as written",
                        isrc.get(..2).unwrap_or_default()
                    ),
                );
            }
        }

        let described = holders(self.layout.described);
        let mut display_artists = Vec::new();
        for holder in &described {
            for name in artist_names(*holder, self.layout.artist_name, parties) {
                push_unique(&mut display_artists, name);
            }
        }
        if display_artists.is_empty() {
            let names: Vec<Node<'_, '_>> = described
                .iter()
                .flat_map(|h| kids(*h, "DisplayArtistName"))
                .collect();
            if let Some(name) = pick_default(&names).and_then(|n| non_empty(text(*n))) {
                display_artists.push(name);
            }
        }

        let mut genres = Vec::new();
        for holder in &described {
            collect_genres(*holder, &mut genres);
        }
        let (p_line, p_year) = copyright_line(&holders(self.layout.p_lines), "PLine", "PLineText");
        let (c_line, c_year) = copyright_line(&described, "CLine", "CLineText");

        Ok(Resource {
            kind: shape.kind,
            reference: id.reference,
            resource_type: kid(node, shape.type_element).and_then(typed_value),
            isrc: id.isrc.map(|(v, _)| v),
            proprietary_id: id.proprietary_id.map(|(v, _)| v),
            isan: id.isan.map(|(v, _)| v),
            eidr: id.eidr.map(|(v, _)| v),
            supplemental: id.supplemental,
            titles,
            display_artists,
            duration_seconds,
            genres,
            p_line,
            c_line,
            year: p_year.or(c_year),
            line: self.lines.line(node.range().start),
        })
    }

    /// The resource's titles: its display titles first, in document order, then other
    /// titles in languages they leave uncovered.
    fn titles(&self, node: Node<'_, '_>, details: &[Node<'_, '_>]) -> Vec<Title> {
        let mut out: Vec<Title> = Vec::new();
        for (n, text) in places(self.layout.display_titles, node, details)
            .into_iter()
            .flatten()
        {
            let title = Title {
                lang: lang(n),
                text,
            };
            if !out.contains(&title) {
                out.push(title);
            }
        }
        for (n, text) in places(self.layout.other_titles, node, details)
            .into_iter()
            .flatten()
        {
            let lang = lang(n);
            if !out.iter().any(|t| t.lang == lang) {
                out.push(Title { lang, text });
            }
        }
        out
    }
}

/// The display titles found in some places, in order, with their text (`None` for one
/// that is empty).
pub(super) fn places<'a, 'i>(
    places: &[TitlePlace],
    own: Node<'a, 'i>,
    details: &[Node<'a, 'i>],
) -> Vec<Option<(Node<'a, 'i>, String)>> {
    let mut found = Vec::new();
    for place in places {
        let holders: Vec<Node<'a, 'i>> = match place.holder {
            Holder::Own => vec![own],
            Holder::Details => details.to_vec(),
            Holder::Edition => Vec::new(),
        };
        for holder in holders {
            for n in kids(holder, place.element) {
                let title = match place.form {
                    TitleForm::Text => non_empty(text(n)),
                    TitleForm::Structured if is_display_title(n) => title_text(n),
                    TitleForm::Structured => continue,
                };
                found.push(title.map(|t| (n, t)));
            }
        }
    }
    found
}

/// `SoundRecording A2`, or `Video without a ResourceReference`, for details.
fn shown(shape: &Shape, reference: &str) -> String {
    if reference.is_empty() {
        format!("{} without a ResourceReference", shape.element)
    } else {
        format!("{} {reference}", shape.element)
    }
}

/// The edition whose identifiers and P line describe the resource: the first that is not
/// marked as an immersive edition, else the first.
fn preferred_edition<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    let editions: Vec<Node<'a, 'i>> = kids(node, name).collect();
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

/// The names of the `DisplayArtist` children of a resource (or of its details), in
/// `SequenceNumber` order when every artist has one.
fn artist_names(
    holder: Node<'_, '_>,
    how: ArtistName,
    parties: &HashMap<String, String>,
) -> Vec<String> {
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
        .filter_map(|a| match how {
            ArtistName::Inline => party_name(a),
            ArtistName::Party(element) => kid(a, element)
                .map(text)
                .and_then(|r| parties.get(&r).cloned()),
        })
        .collect()
}

pub(super) fn collect_genres(holder: Node<'_, '_>, out: &mut Vec<String>) {
    for genre in kids(holder, "Genre").chain(kids(holder, "DisplayGenre")) {
        for value in kids(genre, "GenreText").map(text) {
            if !value.is_empty() {
                push_unique(out, value);
            }
        }
    }
}

/// Party references to names, from the ERN 4 `PartyList`.
pub(super) fn parties(root: Node<'_, '_>) -> HashMap<String, String> {
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
