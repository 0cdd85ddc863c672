//! The values ERN writes the same way in every version: ISO 8601 durations, P and C
//! lines with their years, titles with subtitles, party names, and the choice among
//! elements repeated per territory or language.

use roxmltree::Node;

use super::xml::{is_true, kid, kids, non_empty, text};

/// Among repeated elements: the one marked `IsDefault="true"`, else a title marked
/// `TitleType="DisplayTitle"`, else one without its own `LanguageAndScriptCode`, else the
/// first.
pub(super) fn pick_default<'n, 'a, 'i>(nodes: &'n [Node<'a, 'i>]) -> Option<&'n Node<'a, 'i>> {
    nodes
        .iter()
        .find(|n| is_true(**n, "IsDefault"))
        .or_else(|| {
            nodes
                .iter()
                .find(|n| n.attribute("TitleType") == Some("DisplayTitle"))
        })
        .or_else(|| {
            nodes
                .iter()
                .find(|n| n.attribute("LanguageAndScriptCode").is_none())
        })
        .or(nodes.first())
}

/// A title that is a display title (or has no type); formal and alternative titles are
/// not display titles.
pub(super) fn is_display_title(node: Node<'_, '_>) -> bool {
    matches!(node.attribute("TitleType"), None | Some("DisplayTitle"))
}

/// `TitleText`, with each `SubTitle` appended in parentheses.
pub(super) fn title_text(node: Node<'_, '_>) -> Option<String> {
    let mut title = non_empty(kid(node, "TitleText").map(text).unwrap_or_default())?;
    for sub in kids(node, "SubTitle").map(text).filter(|s| !s.is_empty()) {
        title.push_str(" (");
        title.push_str(&sub);
        title.push(')');
    }
    Some(title)
}

/// The `FullName` of the default `PartyName` of a party or an inline artist.
pub(super) fn party_name(node: Node<'_, '_>) -> Option<String> {
    let names: Vec<Node<'_, '_>> = kids(node, "PartyName").collect();
    pick_default(&names)
        .and_then(|n| kid(*n, "FullName"))
        .and_then(|n| non_empty(text(n)))
}

/// The text and year of the default P or C line among the holders, searched in order.
pub(super) fn copyright_line(
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

/// The text of a typed value (`ReleaseType`, `SoundRecordingType`, `Type`), or its
/// `UserDefinedValue` when the type is `UserDefined`.
pub(super) fn typed_value(node: Node<'_, '_>) -> Option<String> {
    let value = text(node);
    let user = node
        .attribute("UserDefinedValue")
        .map(str::trim)
        .filter(|v| !v.is_empty());
    match user {
        Some(u) if value == "UserDefined" => Some(u.to_owned()),
        _ => non_empty(value),
    }
}

/// Seconds in an ISO 8601 duration `P[nD][T[nH][nM][n[.f]S]]`, rounded half up; `None`
/// when the text is not one (years, months and weeks are refused).
pub(super) fn parse_duration(value: &str) -> Option<i64> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        for (text, seconds) in [
            ("PT3M25S", 205),
            ("PT1H2M3.5S", 3724),
            ("PT1H2M3.49S", 3723),
            ("PT0H1M32S", 92),
            ("PT3M08S", 188),
            ("PT3M26.2S", 206),
            ("PT45S", 45),
            ("PT2M", 120),
            ("P1DT1S", 86_401),
            ("P0D", 0),
            ("PT1,5S", 2),
        ] {
            assert_eq!(parse_duration(text), Some(seconds), "{text}");
        }
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
}
