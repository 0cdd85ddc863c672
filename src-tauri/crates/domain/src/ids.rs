//! Identifiers of works, checked wherever they enter: ISAN and EIDR (ISO 7064 Mod 37,36
//! check characters), ISRC (shape only: the code has no check digit, and a prefix outside
//! the known countries and IFPI allocations is noted, not refused) and ISWC (weighted
//! mod 10 check digit). Each is returned in one canonical spelling, so a value typed with
//! spaces, in lower case or without hyphens finds the same work. An ISAN may be written
//! with or without its label, version and check characters; its canonical spelling always
//! has the check characters, computed when they were left out.

use crate::DomainError;
use serde::{Deserialize, Serialize};

crate::kinds::vocabulary!(
    /// The kinds of identifier Caravan can check.
    IdKind, "identifier-kind", {
        Isan => "isan",
        Eidr => "eidr",
        Isrc => "isrc",
        Iswc => "iswc",
        Unknown => "unknown",
    }
);

crate::kinds::vocabulary!(
    /// What an identifier a work carries is: a checked standard number, a number a
    /// submission platform gave it (FilmFreeway's, or another platform's written
    /// `MAPPING:ID` after the column mapping its table was imported with), or the demo's
    /// own key; a DDEX resource without an ISRC is kept under its proprietary id, written
    /// `NAMESPACE:ID`.
    IdentifierKind, "identifier-kind", {
        Isan => "isan",
        Eidr => "eidr",
        Isrc => "isrc",
        Iswc => "iswc",
        FilmfreewaySubmission => "filmfreeway-submission",
        FilmfreewayTracking => "filmfreeway-tracking",
        PlatformSubmission => "platform-submission",
        DdexProprietary => "ddex-proprietary",
        Demo => "caravan-demo",
    }
);

impl IdentifierKind {
    /// The kind a checked standard identifier is stored under.
    pub fn of(kind: IdKind) -> Option<IdentifierKind> {
        match kind {
            IdKind::Isan => Some(IdentifierKind::Isan),
            IdKind::Eidr => Some(IdentifierKind::Eidr),
            IdKind::Isrc => Some(IdentifierKind::Isrc),
            IdKind::Iswc => Some(IdentifierKind::Iswc),
            IdKind::Unknown => None,
        }
    }
}

/// Why a value is not a valid identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum IdProblem {
    /// No identifier scheme has this shape.
    Unrecognised,
    /// The shape of the scheme, but wrong length or characters.
    Format,
    /// The check character does not match the rest.
    CheckCharacter,
    /// No longer found by [`check`]: an ISRC's first two letters are checked for shape
    /// only, and an unknown prefix is an [`IdNote::UnknownPrefix`]. Kept so that a problem
    /// recorded or sent before reads the same.
    Country,
}

impl IdProblem {
    pub fn as_str(self) -> &'static str {
        match self {
            IdProblem::Unrecognised => "unrecognised",
            IdProblem::Format => "format",
            IdProblem::CheckCharacter => "check-character",
            IdProblem::Country => "country",
        }
    }
}

/// Something worth knowing about a valid identifier, short of a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum IdNote {
    /// An ISRC of the right shape whose first two letters are neither an ISO 3166 country
    /// nor a prefix the IFPI is known to have allocated. The IFPI hands out new prefixes
    /// when a country's registrant codes run out (`GX` when the UK exhausted `GB`), so an
    /// unknown prefix is more likely new than wrong: the code is accepted and the note
    /// lets the caller say so.
    UnknownPrefix,
}

impl IdNote {
    pub fn as_str(self) -> &'static str {
        match self {
            IdNote::UnknownPrefix => "unknown-prefix",
        }
    }
}

/// What checking a value found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdCheck {
    pub kind: IdKind,
    /// The value in its canonical spelling; present when the kind was recognised and the
    /// characters could be read, even if the check character is wrong.
    pub canonical: Option<String>,
    pub problem: Option<IdProblem>,
    /// A remark on a value that is valid all the same; `None` when there is nothing to say.
    pub note: Option<IdNote>,
}

impl IdCheck {
    pub fn valid(&self) -> bool {
        self.problem.is_none()
    }

    fn bad(kind: IdKind, canonical: Option<String>, problem: IdProblem) -> Self {
        IdCheck {
            kind,
            canonical,
            problem: Some(problem),
            note: None,
        }
    }

    fn good(kind: IdKind, canonical: String) -> Self {
        IdCheck {
            kind,
            canonical: Some(canonical),
            problem: None,
            note: None,
        }
    }
}

const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The ISO 7064 Mod 37,36 check character of a run of hexadecimal or alphanumeric
/// characters (upper case).
fn mod37_36(chars: &str) -> Option<char> {
    const M: u32 = 36;
    let mut p = M;
    for c in chars.chars() {
        let v = c.to_digit(36)?;
        let mut t = (p + v) % M;
        if t == 0 {
            t = M;
        }
        p = (t * 2) % (M + 1);
    }
    Some(ALPHABET[((M + 1 - p) % M) as usize] as char)
}

fn compact(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '‐' | '–'))
        .flat_map(char::to_uppercase)
        .collect()
}

fn groups(hex: &str) -> String {
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// Checks a value as the kind its shape suggests.
pub fn check(value: &str) -> IdCheck {
    let trimmed = value.trim();
    let upper = trimmed.to_uppercase();
    if upper.starts_with("10.5240/") {
        return check_as(IdKind::Eidr, trimmed);
    }
    if upper.starts_with("ISAN") {
        return check_as(IdKind::Isan, trimmed);
    }
    let c = compact(trimmed);
    if c.len() == 11 && c.starts_with('T') && c[1..].chars().all(|d| d.is_ascii_digit()) {
        return check_as(IdKind::Iswc, trimmed);
    }
    if c.len() == 12 && c.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        let b = c.as_bytes();
        let isrc_shape =
            b[..2].iter().all(u8::is_ascii_alphabetic) && b[5..].iter().all(u8::is_ascii_digit);
        if isrc_shape {
            return check_as(IdKind::Isrc, trimmed);
        }
    }
    if matches!(c.len(), 17 | 26) && c.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        return check_as(IdKind::Isan, trimmed);
    }
    // Without its label or check characters an ISAN is a run of hexadecimal digits; it is
    // taken for one when grouped as ISANs are or when it has a letter, so a plain
    // 16-digit number is not.
    if matches!(c.len(), 16 | 24 | 25) && isan_parts(trimmed).is_some() {
        let grouped = trimmed.contains(is_separator);
        let lettered = c.chars().any(|ch| matches!(ch, 'A'..='F'));
        if grouped || lettered {
            return check_as(IdKind::Isan, trimmed);
        }
    }
    IdCheck::bad(IdKind::Unknown, None, IdProblem::Unrecognised)
}

/// Checks a value as one given kind.
pub fn check_as(kind: IdKind, value: &str) -> IdCheck {
    match kind {
        IdKind::Isan => isan(value),
        IdKind::Eidr => eidr(value),
        IdKind::Isrc => isrc(value),
        IdKind::Iswc => iswc(value),
        IdKind::Unknown => check(value),
    }
}

fn is_hex(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_hexdigit())
}

/// An ISAN as written: the root and episode (16 hexadecimal digits), the version (8
/// more) when given, and each check character when given.
#[derive(Debug, PartialEq, Eq)]
struct IsanParts {
    work: String,
    check: Option<char>,
    version: Option<String>,
    version_check: Option<char>,
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '‐' | '–')
}

/// Reads the parts of an ISAN in any of the spellings people use: with or without the
/// `ISAN` label, the version and the check characters, grouped by hyphens or spaces or
/// run together, in either case. `None` when the value has no ISAN shape.
fn isan_parts(value: &str) -> Option<IsanParts> {
    let trimmed = value.trim();
    let body = match trimmed.get(..4) {
        Some(label) if label.eq_ignore_ascii_case("ISAN") => trimmed[4..].trim_start_matches(':'),
        _ => trimmed,
    };
    let groups: Vec<String> = body
        .split(is_separator)
        .filter(|g| !g.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    if groups.len() > 1 {
        if let Some(parts) = isan_from_groups(&groups) {
            return Some(parts);
        }
    }
    isan_from_length(&groups.concat())
}

/// The groups say where the check characters are: a group of one character right after
/// the 16th or the 24th digit. This settles the one spelling length cannot, 25
/// characters, which is either a check character before the version or one after it.
fn isan_from_groups(groups: &[String]) -> Option<IsanParts> {
    let mut digits = String::new();
    let mut check = None;
    let mut version_check = None;
    for group in groups {
        let single = group.len() == 1;
        if single && digits.len() == 16 && check.is_none() && version_check.is_none() {
            check = group.chars().next();
        } else if single && digits.len() == 24 && version_check.is_none() {
            version_check = group.chars().next();
        } else if version_check.is_some() {
            return None;
        } else {
            digits.push_str(group);
        }
    }
    let checks_ok = [check, version_check]
        .iter()
        .flatten()
        .all(char::is_ascii_alphanumeric);
    if !is_hex(&digits) || !checks_ok {
        return None;
    }
    match digits.len() {
        16 => Some(IsanParts {
            work: digits,
            check,
            version: None,
            version_check: None,
        }),
        24 => Some(IsanParts {
            version: Some(digits[16..].to_owned()),
            work: digits[..16].to_owned(),
            check,
            version_check,
        }),
        _ => None,
    }
}

/// The parts of an ISAN run together, told apart by its length alone.
fn isan_from_length(c: &str) -> Option<IsanParts> {
    if !c.is_ascii() {
        return None;
    }
    let hex = |range: std::ops::Range<usize>| c.get(range).filter(|s| is_hex(s)).map(str::to_owned);
    let check_at = |at: usize| c[at..].chars().next().filter(char::is_ascii_alphanumeric);
    let parts = |work, check, version, version_check| {
        Some(IsanParts {
            work,
            check,
            version,
            version_check,
        })
    };
    match c.len() {
        16 => parts(hex(0..16)?, None, None, None),
        17 => parts(hex(0..16)?, Some(check_at(16)?), None, None),
        24 => parts(hex(0..16)?, None, Some(hex(16..24)?), None),
        26 => parts(
            hex(0..16)?,
            Some(check_at(16)?),
            Some(hex(17..25)?),
            Some(check_at(25)?),
        ),
        25 => {
            // Either the work's check character before the version, or the version's
            // after it: the one whose check character is right, else the one the
            // characters allow, else the first (the usual way of writing it).
            let before = hex(0..16).zip(check_at(16)).zip(hex(17..25));
            let after = hex(0..16).zip(hex(16..24)).zip(check_at(24));
            let before_right = before
                .as_ref()
                .is_some_and(|((w, k), _)| mod37_36(w) == Some(*k));
            let after_right = after
                .as_ref()
                .is_some_and(|((w, v), k)| mod37_36(&format!("{w}{v}")) == Some(*k));
            match (before, after) {
                (Some(((w, k), v)), _) if before_right || !after_right => {
                    parts(w, Some(k), Some(v), None)
                }
                (_, Some(((w, v), k))) => parts(w, None, Some(v), Some(k)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// An ISAN, canonical as `ISAN 0000-0000-D07A-0090-Q` or, with its version,
/// `ISAN 0000-0000-D07A-0090-Q-0000-0000-X`. Missing check characters are computed; a
/// check character that is given must be right.
fn isan(value: &str) -> IdCheck {
    let Some(parts) = isan_parts(value) else {
        return IdCheck::bad(IdKind::Isan, None, IdProblem::Format);
    };
    let Some(work_check) = mod37_36(&parts.work) else {
        return IdCheck::bad(IdKind::Isan, None, IdProblem::Format);
    };
    let mut right = parts.check.is_none_or(|c| c == work_check);
    let mut canonical = format!(
        "ISAN {}-{}",
        groups(&parts.work),
        parts.check.unwrap_or(work_check)
    );
    if let Some(version) = &parts.version {
        let Some(version_check) = mod37_36(&format!("{}{version}", parts.work)) else {
            return IdCheck::bad(IdKind::Isan, None, IdProblem::Format);
        };
        right &= parts.version_check.is_none_or(|c| c == version_check);
        canonical.push_str(&format!(
            "-{}-{}",
            groups(version),
            parts.version_check.unwrap_or(version_check)
        ));
    }
    if right {
        IdCheck::good(IdKind::Isan, canonical)
    } else {
        IdCheck::bad(IdKind::Isan, Some(canonical), IdProblem::CheckCharacter)
    }
}

fn eidr(value: &str) -> IdCheck {
    let trimmed = value.trim();
    let Some(suffix) = trimmed
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("10.5240/"))
        .map(|_| &trimmed[8..])
    else {
        return IdCheck::bad(IdKind::Eidr, None, IdProblem::Format);
    };
    let c = compact(suffix);
    if c.len() != 21 || !is_hex(&c[..20]) || !c[20..].chars().all(|x| x.is_ascii_alphanumeric()) {
        return IdCheck::bad(IdKind::Eidr, None, IdProblem::Format);
    }
    let canonical = format!("10.5240/{}-{}", groups(&c[..20]), &c[20..]);
    if mod37_36(&c[..20]).is_some_and(|x| x.to_string() == c[20..]) {
        IdCheck::good(IdKind::Eidr, canonical)
    } else {
        IdCheck::bad(IdKind::Eidr, Some(canonical), IdProblem::CheckCharacter)
    }
}

/// ISRC prefixes that are not ISO 3166 countries: those the IFPI allocated to national
/// agencies once a country's registrant codes ran out (its list of valid characters),
/// those it keeps for itself, and codes of countries that no longer exist but appear on
/// older recordings.
const ISRC_SPECIAL_PREFIXES: &[&str] = &[
    "BC", "BK", "BP", "BX", "CB", "CP", "DG", "FX", "GX", "KS", "QM", "QN", "QO", "QP", "QT", "QZ",
    "UK", "XK", "YU", "ZB", "ZZ", "CS", "SU", "DD",
];

/// Whether the first two letters of an ISRC (given alone or with the rest of the code)
/// are an ISO 3166 country or a prefix the IFPI is known to have allocated. An unknown
/// prefix does not make an ISRC invalid; see [`IdNote::UnknownPrefix`].
pub fn isrc_prefix_known(isrc: &str) -> bool {
    let prefix: String = isrc
        .trim()
        .chars()
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    prefix.len() == 2
        && (isocountry::CountryCode::for_alpha2(&prefix).is_ok()
            || ISRC_SPECIAL_PREFIXES.contains(&prefix.as_str()))
}

/// An ISRC: two letters, three letters or digits for the registrant, two digits for the
/// year and five for the recording. Only the shape is checked; a prefix outside the known
/// list is noted, not refused.
fn isrc(value: &str) -> IdCheck {
    let c = compact(value);
    let b = c.as_bytes();
    let shape = c.len() == 12
        && b[..2].iter().all(u8::is_ascii_alphabetic)
        && b[2..5].iter().all(u8::is_ascii_alphanumeric)
        && b[5..].iter().all(u8::is_ascii_digit);
    if !shape {
        return IdCheck::bad(IdKind::Isrc, None, IdProblem::Format);
    }
    let known = isrc_prefix_known(&c);
    let mut check = IdCheck::good(IdKind::Isrc, c);
    if !known {
        check.note = Some(IdNote::UnknownPrefix);
    }
    check
}

fn iswc(value: &str) -> IdCheck {
    let c = compact(value);
    let shape = c.len() == 11 && c.starts_with('T') && c[1..].chars().all(|d| d.is_ascii_digit());
    if !shape {
        return IdCheck::bad(IdKind::Iswc, None, IdProblem::Format);
    }
    let digits: Vec<u32> = c[1..].chars().filter_map(|d| d.to_digit(10)).collect();
    let canonical = format!("T-{}.{}.{}-{}", &c[1..4], &c[4..7], &c[7..10], &c[10..11]);
    let sum: u32 = 1 + digits[..9]
        .iter()
        .enumerate()
        .map(|(i, d)| (i as u32 + 1) * d)
        .sum::<u32>();
    if (10 - sum % 10) % 10 == digits[9] {
        IdCheck::good(IdKind::Iswc, canonical)
    } else {
        IdCheck::bad(IdKind::Iswc, Some(canonical), IdProblem::CheckCharacter)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Every written form of one ISAN and its version, read as the canonical spelling.
    #[test]
    fn isan_in_every_written_form() {
        const SHORT: &str = "ISAN 0000-0000-D07A-0090-Q";
        const FULL: &str = "ISAN 0000-0000-D07A-0090-Q-0000-0000-X";
        let cases = [
            (FULL, FULL),
            ("isan 0000-0000-d07a-0090-q-0000-0000-x", FULL),
            ("ISAN 00000000D07A0090Q00000000X", FULL),
            ("0000-0000-D07A-0090-Q-0000-0000-X", FULL),
            ("0000 0000 D07A 0090 Q 0000 0000 X", FULL),
            ("0000-0000-D07A-0090-0000-0000", FULL),
            ("00000000D07A009000000000", FULL),
            ("ISAN 00000000D07A009000000000", FULL),
            ("0000-0000-D07A-0090-Q-0000-0000", FULL),
            ("0000-0000-D07A-0090-0000-0000-X", FULL),
            ("00000000D07A0090Q00000000", FULL),
            ("00000000D07A009000000000X", FULL),
            ("0000-0000-D07A-0090-Q", SHORT),
            ("isan 00000000d07a0090q", SHORT),
            ("0000-0000-D07A-0090", SHORT),
            ("00000000D07A0090", SHORT),
            ("00000000d07a0090", SHORT),
            ("ISAN 0000-0000-D07A-0090", SHORT),
            ("ISAN: 0000-0000-D07A-0090-Q", SHORT),
            // Groups that are not fours, as some catalogues print them.
            (
                "1881-66C734206541-9F3A-0245",
                "ISAN 1881-66C7-3420-6541-Y-9F3A-0245-O",
            ),
            (
                "1881-66C7-3420-6541-Y-9F3A-0245-O",
                "ISAN 1881-66C7-3420-6541-Y-9F3A-0245-O",
            ),
            ("1881-66C7-3420-6541", "ISAN 1881-66C7-3420-6541-Y"),
            // Root 0000-0000-0D07, episode A009: a different work, in the same form.
            (
                "000000000D07A00900000000",
                "ISAN 0000-0000-0D07-A009-F-0000-0000-T",
            ),
        ];
        for (written, canonical) in cases {
            let c = check_as(IdKind::Isan, written);
            assert!(c.valid(), "{written}: {c:?}");
            assert_eq!(c.canonical.as_deref(), Some(canonical), "{written}");
        }
    }

    #[test]
    fn isan_shapes_are_recognised_without_the_label() {
        for written in [
            "0000-0000-D07A-0090-Q",
            "00000000D07A0090",
            "0000-0000-D07A-0090",
            "0000-0000-D07A-0090-0000-0000",
            "00000000D07A009000000000",
        ] {
            assert_eq!(check(written).kind, IdKind::Isan, "{written}");
        }
        // A plain sixteen-digit number is not taken for an ISAN.
        assert_eq!(check("1234567890123456").kind, IdKind::Unknown);
    }

    #[test]
    fn isan_check_characters_that_are_given_must_be_right() {
        for (written, canonical) in [
            (
                "ISAN 0000-0000-D07A-0090-R-0000-0000-X",
                "ISAN 0000-0000-D07A-0090-R-0000-0000-X",
            ),
            (
                "ISAN 0000-0000-D07A-0090-Q-0000-0000-Y",
                "ISAN 0000-0000-D07A-0090-Q-0000-0000-Y",
            ),
            ("00000000D07A0090-Z", "ISAN 0000-0000-D07A-0090-Z"),
            (
                "0000-0000-D07A-0090-0000-0000-Y",
                "ISAN 0000-0000-D07A-0090-Q-0000-0000-Y",
            ),
            (
                "1881-66C7-3420-6541-X-9F3A-0245-A",
                "ISAN 1881-66C7-3420-6541-X-9F3A-0245-A",
            ),
        ] {
            let c = check_as(IdKind::Isan, written);
            assert_eq!(c.problem, Some(IdProblem::CheckCharacter), "{written}");
            assert_eq!(c.canonical.as_deref(), Some(canonical), "{written}");
        }
    }

    #[test]
    fn isan_of_the_wrong_shape_is_a_format_problem() {
        for written in [
            "ISAN 0000-D07A",
            "3abc6800-0041",
            "3abc6800-0041X1-20",
            "0000-0000-D07A-009G",
            "0000-0000-D07A-0090-Q-0000-0000-X-0000",
            "0000-0000-D07A-0090-QQ",
            "ISAN",
            "",
        ] {
            let c = check_as(IdKind::Isan, written);
            assert_eq!(c.problem, Some(IdProblem::Format), "{written:?}: {c:?}");
        }
    }

    #[test]
    fn eidr() {
        let ok = check("10.5240/7791-8534-2C23-9030-8610-5");
        assert_eq!(ok.kind, IdKind::Eidr);
        assert!(ok.valid());
        let lower = check(" 10.5240/7791853 42c2390308610 5 ");
        assert_eq!(lower.canonical, ok.canonical);
        assert!(lower.valid());
        let bad = check("10.5240/7791-8534-2C23-9030-8610-6");
        assert_eq!(bad.problem, Some(IdProblem::CheckCharacter));
        assert_eq!(check("10.5240/7791").problem, Some(IdProblem::Format));
    }

    #[test]
    fn isrc_with_or_without_hyphens() {
        let ok = check("us-rc1-76-07839");
        assert_eq!(ok.kind, IdKind::Isrc);
        assert!(ok.valid());
        assert_eq!(ok.canonical.as_deref(), Some("USRC17607839"));
        assert_eq!(ok.note, None);
        for bad in [
            "US-RC1-76-0783",
            "US-RC1-7A-07839",
            "U1-RC1-76-07839",
            "US-R_1-76-07839",
        ] {
            assert_eq!(
                check_as(IdKind::Isrc, bad).problem,
                Some(IdProblem::Format),
                "{bad}"
            );
        }
    }

    /// The prefix is checked for shape only: a country, an IFPI allocation, or a code
    /// nobody has listed yet, which is valid with a note.
    #[test]
    fn isrc_prefixes() {
        for (isrc, known) in [
            ("GBAYE6800011", true),
            ("QZES71982312", true),
            ("GXAAA2300001", true),
            ("QMABC2400001", true),
            ("YUA019000001", true),
            ("XYRC17607839", false),
            ("XQA1A2400002", false),
        ] {
            let c = check(isrc);
            assert_eq!(c.kind, IdKind::Isrc, "{isrc}");
            assert!(c.valid(), "{isrc}: {c:?}");
            assert_eq!(c.canonical.as_deref(), Some(isrc));
            let note = (!known).then_some(IdNote::UnknownPrefix);
            assert_eq!(c.note, note, "{isrc}");
            assert_eq!(isrc_prefix_known(isrc), known, "{isrc}");
        }
        assert!(isrc_prefix_known("gx"));
        assert!(!isrc_prefix_known("X"));
        assert!(!isrc_prefix_known(""));
    }

    #[test]
    fn iswc() {
        let ok = check("T-034.524.680-1");
        assert_eq!(ok.kind, IdKind::Iswc);
        assert!(ok.valid());
        assert_eq!(check("T0345246801").canonical, ok.canonical);
        assert_eq!(
            check("T-034.524.680-2").problem,
            Some(IdProblem::CheckCharacter)
        );
    }

    #[test]
    fn unknown_values() {
        let c = check("hello");
        assert_eq!(c.kind, IdKind::Unknown);
        assert_eq!(c.problem, Some(IdProblem::Unrecognised));
        assert!(c.canonical.is_none());
    }
}
