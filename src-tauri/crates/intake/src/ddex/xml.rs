//! The XML under a DDEX message: decoding the bytes, parsing them within bounds, and the
//! small walks over the tree (children by local name, text, inherited language, element
//! paths) the reader is written in.
//!
//! Everything here is linear in the size of the file or in the depth of one element:
//! positions are found by binary search over line starts, and element paths are built
//! only for the errors and warnings that name them.

use std::borrow::Cow;
use std::cell::Cell;

use roxmltree::{Document, Node, ParsingOptions};

use super::{code, DdexError, MAX_BYTES, MAX_DEPTH, MAX_NODES};

/// The text of the file: UTF-8 (borrowed, after any byte order mark), or UTF-16
/// announced by a byte order mark.
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DdexError> {
    let mut body = bytes;
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        body = bytes.get(bom..).unwrap_or_default();
        if encoding != encoding_rs::UTF_8 {
            return encoding
                .decode_without_bom_handling_and_without_replacement(body)
                .map(|s| Cow::Owned(s.into_owned()))
                .ok_or_else(|| DdexError {
                    code: code::MALFORMED,
                    element: "document".to_owned(),
                    line: 1,
                    column: 1,
                    detail: format!("the file is not valid {}", encoding.name()),
                });
        }
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let valid = &body[..e.valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let line = 1 + prefix.matches('\n').count();
            let column = 1 + prefix.rsplit('\n').next().unwrap_or("").chars().count();
            let byte = body.get(e.valid_up_to()).copied().unwrap_or(0);
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

/// Parses the text with document type declarations refused (so no entity can inflate
/// it) and at most [`MAX_NODES`] nodes (fewer for a short file), then refuses elements
/// nested deeper than [`MAX_DEPTH`]: nothing after this walks an unbounded chain of
/// ancestors.
pub(super) fn parse<'t>(text: &'t str, lines: &Lines<'_>) -> Result<Document<'t>, DdexError> {
    let nodes_limit = MAX_NODES.min(saturate(text.len() / 8).saturating_add(1024));
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| {
        if matches!(e, roxmltree::Error::NodesLimitReached) {
            return too_large(format!(
                "more than {nodes_limit} elements, texts and comments in {} bytes",
                text.len()
            ));
        }
        let (line, column) = parse_error_position(&e, text, lines);
        DdexError {
            code: code::MALFORMED,
            element: "document".to_owned(),
            line,
            column,
            detail: e.to_string(),
        }
    })?;
    // The chain of open elements, walked in document order: an element's parent is
    // always on it, so each element is pushed once and popped once.
    let mut open: Vec<roxmltree::NodeId> = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let parent = node.parent().map(|p| p.id());
        while !open.is_empty() && open.last().copied() != parent {
            open.pop();
        }
        open.push(node.id());
        if open.len() > MAX_DEPTH {
            let (line, column) = lines.at(node.range().start);
            return Err(DdexError {
                code: code::TOO_DEEP,
                element: path(node),
                line,
                column,
                detail: format!("elements nested more than {MAX_DEPTH} deep"),
            });
        }
    }
    Ok(doc)
}

/// A file over the bounds; it has no place in the text.
pub(super) fn too_large(detail: String) -> DdexError {
    DdexError {
        code: code::TOO_LARGE,
        element: "document".to_owned(),
        line: 0,
        column: 0,
        detail,
    }
}

/// Refuses a file longer than [`MAX_BYTES`] before anything is read.
pub(super) fn check_size(len: u64) -> Result<(), DdexError> {
    if len > MAX_BYTES {
        return Err(too_large(format!(
            "{len} bytes, more than the {MAX_BYTES} a message may have"
        )));
    }
    Ok(())
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

pub(super) fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Line and column of byte offsets, computed as roxmltree's `text_pos_at` does (rows count
/// `\n`, columns count characters) but without rescanning the text for every lookup.
pub(super) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last column found, as (line start, offset, column): a file written on one line
    /// has every position on that line, and positions are mostly asked in document order,
    /// so counting on from the last one keeps a long line from being counted over and
    /// over.
    last: Cell<(usize, usize, usize)>,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            text,
            starts,
            last: Cell::new((0, 0, 0)),
        }
    }

    /// The 1-based line of a byte offset.
    pub(super) fn line(&self, offset: usize) -> u32 {
        let offset = offset.min(self.text.len());
        saturate(self.starts.partition_point(|&s| s <= offset))
    }

    /// The 1-based line and column of a byte offset.
    pub(super) fn at(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let row = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts.get(row.saturating_sub(1)).copied().unwrap_or(0);
        let (last_start, last_offset, last_column) = self.last.get();
        let (from, counted) = if last_start == start && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 0)
        };
        let column = counted + self.text.get(from..offset).map_or(0, |s| s.chars().count());
        self.last.set((start, offset, column));
        (saturate(row), saturate(column + 1))
    }
}

pub(super) fn is(node: Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

pub(super) fn kids<'a, 'i>(
    node: Node<'a, 'i>,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |n| is(*n, name))
}

pub(super) fn kid<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    kids(node, name).next()
}

/// All text inside an element (text and CDATA, not comments), trimmed.
pub(super) fn text(node: Node<'_, '_>) -> String {
    let mut s = String::new();
    for t in node.descendants().filter(|n| n.is_text()) {
        s.push_str(t.text().unwrap_or_default());
    }
    s.trim().to_owned()
}

pub(super) fn non_empty(s: String) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

/// Whether a flag is set, as an attribute or (as ERN 3 writes some) a child element.
pub(super) fn flag(node: Node<'_, '_>, name: &'static str) -> bool {
    is_true(node, name) || kid(node, name).is_some_and(|k| matches!(text(k).as_str(), "true" | "1"))
}

pub(super) fn is_true(node: Node<'_, '_>, attribute: &str) -> bool {
    matches!(node.attribute(attribute).map(str::trim), Some("true" | "1"))
}

/// The `LanguageAndScriptCode` of the element or the nearest enclosing element that has one.
pub(super) fn lang(node: Node<'_, '_>) -> Option<String> {
    node.ancestors().filter(|n| n.is_element()).find_map(|n| {
        n.attribute("LanguageAndScriptCode")
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    })
}

pub(super) fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// `Root/Child/Repeated[2]/Leaf`: local names, with a 1-based index where siblings share
/// the name.
pub(super) fn path(node: Node<'_, '_>) -> String {
    path_below(node, None)
}

/// The path of a node inside an element whose own path is known, e.g. the ISRC inside
/// the 20,000th recording, without counting that recording's siblings again.
pub(super) fn path_below(node: Node<'_, '_>, anchor: Option<(Node<'_, '_>, &str)>) -> String {
    let mut parts: Vec<String> = Vec::new();
    for n in node.ancestors().filter(|n| n.is_element()) {
        if let Some((top, top_path)) = anchor {
            if n == top {
                parts.push(top_path.to_owned());
                break;
            }
        }
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
    fn positions_match_roxmltree() {
        let text =
            "<?xml version=\"1.0\"?>\r\n<a>\n  <b>Қазақ</b><b/>\n\t<c>\n<d>中文</d></c>\n</a>\n";
        let doc = Document::parse(text).unwrap();
        let lines = Lines::new(text);
        // In document order, in reverse (so the remembered column is of no use), and
        // each twice.
        let mut nodes: Vec<Node<'_, '_>> = doc.descendants().collect();
        let reversed: Vec<Node<'_, '_>> = nodes.iter().rev().copied().collect();
        nodes.extend(reversed);
        for node in nodes.iter().chain(nodes.iter()) {
            let start = node.range().start;
            let pos = doc.text_pos_at(start);
            assert_eq!(lines.at(start), (pos.row, pos.col), "{node:?}");
            assert_eq!(lines.line(start), pos.row);
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
        let s = i.parent().unwrap();
        assert_eq!(path_below(i, Some((s, "given/s[2]"))), "given/s[2]/i");
    }

    #[test]
    fn flags_are_attributes_or_elements() {
        let doc = Document::parse(
            "<r><a IsHiddenResource='true'/><b><IsHiddenResource> true </IsHiddenResource></b><c><IsHiddenResource>false</IsHiddenResource></c></r>",
        )
        .unwrap();
        let flags: Vec<bool> = doc
            .root_element()
            .children()
            .map(|n| flag(n, "IsHiddenResource"))
            .collect();
        assert_eq!(flags, vec![true, true, false]);
    }
}
