//! The releases of the release list: which resources each names (checked against the
//! resource list, and read through to the resource kept when one repeated another), and
//! the titles, ICPN, type, genres and P and C lines the resources inherit.

use std::collections::{HashMap, HashSet};

use roxmltree::Node;

use super::reader::Reader;
use super::resource::{collect_genres, places};
use super::schema::Layout;
use super::values::{copyright_line, pick_default, typed_value};
use super::xml::{is, kid, kids, text};
use super::{code, DdexError, Release};

/// The `Release` and `TrackRelease` elements of the release list.
pub(super) fn release_nodes<'a, 'i>(root: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    kid(root, "ReleaseList")
        .into_iter()
        .flat_map(|l| l.children())
        .filter(|n| is(*n, "Release") || is(*n, "TrackRelease"))
        .collect()
}

/// The resources some release names as a primary resource: a `ReleaseResourceReference`
/// with no `ReleaseResourceType` or `PrimaryResource`. Linked references (cover images,
/// screen captures) and secondary ones do not count.
pub(super) fn primary_references(releases: &[Node<'_, '_>]) -> HashSet<String> {
    releases
        .iter()
        .flat_map(|r| r.descendants())
        .filter(|n| is(*n, "ReleaseResourceReference"))
        .filter(|n| {
            n.attribute("ReleaseResourceType")
                .is_none_or(|t| t.trim() == "PrimaryResource")
        })
        .map(text)
        .collect()
}

impl Reader<'_> {
    /// Every resource a release names must be in the resource list.
    pub(super) fn check_references(
        &self,
        release: Node<'_, '_>,
        known: &HashSet<String>,
    ) -> Result<(), DdexError> {
        for node in release.descendants().filter(|n| {
            is(*n, "ReleaseResourceReference") || is(*n, "LinkedReleaseResourceReference")
        }) {
            let value = text(node);
            if !known.contains(&value) {
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

/// A release, its resources read through `kept` (the reference of each resource
/// returned, and of each repeat to the resource it repeated).
pub(super) fn release_record(
    release: Node<'_, '_>,
    layout: &Layout,
    kept: &HashMap<String, String>,
) -> Release {
    let details: Vec<Node<'_, '_>> = layout
        .release_details
        .into_iter()
        .flat_map(|name| kids(release, name))
        .collect();

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
    let mut resources = Vec::new();
    let mut listed: HashSet<&str> = HashSet::new();
    for reference in references.into_iter().map(text) {
        if let Some(target) = kept.get(&reference) {
            if listed.insert(target) {
                resources.push(target.clone());
            }
        }
    }

    let mut genres = Vec::new();
    for holder in std::iter::once(release).chain(details.iter().copied()) {
        collect_genres(holder, &mut genres);
    }

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
        title: release_title(release, layout, &details),
        icpn,
        kind: kid(release, "ReleaseType").and_then(typed_value),
        resources,
        genres,
        p_line,
        c_line,
        year: p_year.or(c_year),
    }
}

/// The default title of the first place, in the version's order, that has one.
fn release_title(
    release: Node<'_, '_>,
    layout: &Layout,
    details: &[Node<'_, '_>],
) -> Option<String> {
    for place in layout.release_titles {
        let found: Vec<(Node<'_, '_>, String)> =
            places(std::slice::from_ref(place), release, details)
                .into_iter()
                .flatten()
                .collect();
        let nodes: Vec<Node<'_, '_>> = found.iter().map(|(n, _)| *n).collect();
        if let Some(chosen) = pick_default(&nodes) {
            return found.into_iter().find(|(n, _)| n == chosen).map(|(_, t)| t);
        }
    }
    None
}
