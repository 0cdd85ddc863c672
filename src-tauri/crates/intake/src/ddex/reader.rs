//! The walk over one parsed message: its version first, then every child of the
//! resource list in document order (identified, checked against those before it, then
//! described), then every release. Errors and warnings are placed here, where the paths
//! of the elements being read are already known.

use std::collections::{HashMap, HashSet};

use roxmltree::{Document, Node};

use super::release::{primary_references, release_nodes, release_record};
use super::resource::{parties, Key};
use super::schema::{self, Layout, Namespace, Version};
use super::xml::{is, kid, path, path_below, text, Lines};
use super::{code, warning, DdexError, DdexWarning, Message, Resource, Skipped};

/// The message's version, from its root's namespace and `MessageSchemaVersionId`, with a
/// warning when they disagree.
pub(super) fn version_of(
    root: Node<'_, '_>,
    lines: &Lines<'_>,
) -> Result<(&'static Version, Option<DdexWarning>), DdexError> {
    let name = root.tag_name().name();
    let namespace = root.tag_name().namespace();
    let refuse = |code, detail| {
        let (line, column) = lines.at(root.range().start);
        DdexError {
            code,
            element: name.to_owned(),
            line,
            column,
            detail,
        }
    };
    if name != "NewReleaseMessage" {
        return Err(refuse(
            code::NOT_ERN,
            format!(
                "the root element is {name} in namespace {}, not an ERN NewReleaseMessage",
                namespace.unwrap_or("(none)")
            ),
        ));
    }
    let attribute = root.attribute("MessageSchemaVersionId");
    let claimed = attribute.and_then(schema::schema_version_id);
    let by_namespace = match namespace.map(schema::namespace) {
        Some(Namespace::Supported(v)) => v,
        Some(Namespace::Unsupported) => {
            return Err(refuse(
                code::UNSUPPORTED_VERSION,
                format!(
                    "ERN namespace {} is not a supported version (3.4 to 3.8.3, 4.0 to 4.3.2)",
                    namespace.unwrap_or_default()
                ),
            ))
        }
        Some(Namespace::NotErn) => {
            return Err(refuse(
                code::NOT_ERN,
                format!(
                    "NewReleaseMessage in namespace {}, not a DDEX ERN namespace",
                    namespace.unwrap_or_default()
                ),
            ))
        }
        None => {
            return match claimed {
                Some(v) => Ok((v, None)),
                None => Err(refuse(
                    code::NOT_ERN,
                    "NewReleaseMessage in no namespace and with no ERN MessageSchemaVersionId"
                        .to_owned(),
                )),
            }
        }
    };
    let Some(attribute) = attribute.map(str::trim).filter(|a| !a.is_empty()) else {
        return Ok((by_namespace, None));
    };
    match claimed {
        Some(v) if schema::refines(v, by_namespace) => Ok((v, None)),
        _ => {
            let (line, column) = lines.at(root.range().start);
            let warning = DdexWarning {
                code: warning::VERSION_MISMATCH,
                element: name.to_owned(),
                line,
                column,
                value: attribute.to_owned(),
                detail: format!(
                    "MessageSchemaVersionId {attribute} does not match the namespace {}; it is read as ERN {}",
                    namespace.unwrap_or_default(),
                    by_namespace.name
                ),
            };
            Ok((by_namespace, Some(warning)))
        }
    }
}

/// An element whose path is already known, so that the path of anything inside it can be
/// found without counting its siblings again.
#[derive(Clone, Copy)]
pub(super) struct Anchor<'a, 'i, 'p> {
    pub node: Node<'a, 'i>,
    pub path: &'p str,
}

pub(super) struct Reader<'t> {
    pub lines: Lines<'t>,
    pub layout: &'static Layout,
    pub warnings: Vec<DdexWarning>,
}

/// Resources left out, by element name, in order of first appearance.
#[derive(Default)]
struct Tally(Vec<Skipped>);

impl Tally {
    fn add(&mut self, element: &str) {
        match self.0.iter_mut().find(|s| s.element == element) {
            Some(s) => s.count += 1,
            None => self.0.push(Skipped {
                element: element.to_owned(),
                count: 1,
            }),
        }
    }
}

impl Reader<'_> {
    pub(super) fn error(
        &self,
        code: &'static str,
        node: Node<'_, '_>,
        detail: String,
    ) -> DdexError {
        let (line, column) = self.lines.at(node.range().start);
        DdexError {
            code,
            element: path(node),
            line,
            column,
            detail,
        }
    }

    pub(super) fn error_in<'a, 'i>(
        &self,
        code: &'static str,
        node: Node<'a, 'i>,
        at: Anchor<'a, 'i, '_>,
        detail: String,
    ) -> DdexError {
        let (line, column) = self.lines.at(node.range().start);
        DdexError {
            code,
            element: path_below(node, Some((at.node, at.path))),
            line,
            column,
            detail,
        }
    }

    pub(super) fn warn_in<'a, 'i>(
        &mut self,
        code: &'static str,
        node: Node<'a, 'i>,
        at: Anchor<'a, 'i, '_>,
        value: String,
        detail: String,
    ) {
        let (line, column) = self.lines.at(node.range().start);
        self.warnings.push(DdexWarning {
            code,
            element: path_below(node, Some((at.node, at.path))),
            line,
            column,
            value,
            detail,
        });
    }

    pub(super) fn message(
        mut self,
        doc: &Document<'_>,
        version: &Version,
    ) -> Result<Message, DdexError> {
        let root = doc.root_element();
        let parties = parties(root);
        let release_list = release_nodes(root);
        let primary = primary_references(&release_list);

        let resource_list = kid(root, "ResourceList");
        let children: Vec<Node<'_, '_>> = resource_list
            .into_iter()
            .flat_map(|l| l.children())
            .filter(|n| n.is_element())
            .collect();
        let list_path = resource_list.map(path).unwrap_or_default();
        let mut repeats: HashMap<&str, usize> = HashMap::new();
        for child in &children {
            *repeats.entry(child.tag_name().name()).or_default() += 1;
        }

        // Every reference in the resource list, for checking the releases; the reference
        // each returned resource (or repeat of one) is read as; the first resource
        // known by each identifier, with its reference and line.
        let mut known: HashSet<String> = HashSet::new();
        let mut kept: HashMap<String, String> = HashMap::new();
        let mut first: HashMap<Key, (usize, String, u32)> = HashMap::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut resources: Vec<Resource> = Vec::new();
        let mut skipped = Tally::default();

        for node in children {
            let name = node.tag_name().name();
            let index = seen.entry(name).or_default();
            *index += 1;
            let element_path = if repeats.get(name).copied().unwrap_or(0) > 1 {
                format!("{list_path}/{name}[{index}]")
            } else {
                format!("{list_path}/{name}")
            };
            let at = Anchor {
                node,
                path: &element_path,
            };
            if let Some(reference) = kid(node, "ResourceReference") {
                known.insert(text(reference));
            }
            let Some(shape) = self.layout.shapes.iter().find(|s| s.element == name) else {
                skipped.add(name);
                continue;
            };
            let reference = kid(node, "ResourceReference").map(text).unwrap_or_default();
            let is_primary = primary.contains(&reference);
            let Some(id) = self.identify(node, shape, at, is_primary)? else {
                skipped.add(name);
                continue;
            };
            let line = self.lines.line(node.range().start);
            if let Some((key, label, id_node)) = id.key() {
                if let Some((index, earlier, earlier_line)) = first.get(&key) {
                    let code = match key {
                        Key::Isrc(_) => warning::DUPLICATE_ISRC,
                        _ => warning::DUPLICATE_ID,
                    };
                    let value = match &key {
                        Key::Isrc(v) | Key::Isan(v) | Key::Eidr(v) => v.clone(),
                        Key::Proprietary(ns, v) if ns.is_empty() => v.clone(),
                        Key::Proprietary(ns, v) => format!("{ns} {v}"),
                    };
                    let detail = format!(
                        "{} {} on line {line} has the {label} {value} of {earlier} on line {earlier_line}; {earlier} is kept and {} is left out",
                        shape.element, id.reference, id.reference
                    );
                    // A repeat that is a main resource makes the one kept a main one.
                    if !id.supplemental {
                        if let Some(r) = resources.get_mut(*index) {
                            r.supplemental = false;
                        }
                    }
                    kept.insert(id.reference.clone(), earlier.clone());
                    self.warn_in(code, id_node, at, value, detail);
                    skipped.add(name);
                    continue;
                }
                first.insert(key, (resources.len(), id.reference.clone(), line));
            }
            let resource = self.describe(node, shape, at, id, &parties)?;
            kept.insert(resource.reference.clone(), resource.reference.clone());
            resources.push(resource);
        }

        let mut releases = Vec::new();
        for release in release_list {
            self.check_references(release, &known)?;
            if is(release, "Release") {
                releases.push(release_record(release, self.layout, &kept));
            }
        }

        Ok(Message {
            version: version.name.to_owned(),
            releases,
            resources,
            skipped: skipped.0,
            warnings: self.warnings,
        })
    }
}
