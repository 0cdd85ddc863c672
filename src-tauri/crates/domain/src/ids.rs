//! Identifiers of works, checked wherever they enter: ISAN and EIDR (ISO 7064 Mod 37,36
//! check characters), ISRC (format and country; the code has no check digit) and ISWC
//! (weighted mod 10 check digit). Each is returned in one canonical spelling, so a value
//! typed with spaces, in lower case or without hyphens finds the same work.

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
    /// submission platform gave it, or the demo's own key.
    IdentifierKind, "identifier-kind", {
        Isan => "isan",
        Eidr => "eidr",
        Isrc => "isrc",
        Iswc => "iswc",
        FilmfreewaySubmission => "filmfreeway-submission",
        FilmfreewayTracking => "filmfreeway-tracking",
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
    /// An ISRC whose first two letters are no country or registration agency.
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

/// What checking a value found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdCheck {
    pub kind: IdKind,
    /// The value in its canonical spelling; present when the kind was recognised and the
    /// characters could be read, even if the check character is wrong.
    pub canonical: Option<String>,
    pub problem: Option<IdProblem>,
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
        }
    }

    fn good(kind: IdKind, canonical: String) -> Self {
        IdCheck {
            kind,
            canonical: Some(canonical),
            problem: None,
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

fn isan(value: &str) -> IdCheck {
    let mut c = compact(value);
    if let Some(rest) = c.strip_prefix("ISAN") {
        c = rest.to_owned();
    }
    let bad_format = || IdCheck::bad(IdKind::Isan, None, IdProblem::Format);
    // root (12) + episode (4) + check, optionally + version (8) + check.
    let (main, check1, version) = match c.len() {
        17 => (&c[..16], &c[16..17], None),
        26 => (&c[..16], &c[16..17], Some((&c[17..25], &c[25..26]))),
        _ => return bad_format(),
    };
    if !is_hex(main) || !version.is_none_or(|(v, _)| is_hex(v)) {
        return bad_format();
    }
    let mut canonical = format!("ISAN {}-{check1}", groups(main));
    if let Some((v, check2)) = version {
        canonical.push_str(&format!("-{}-{check2}", groups(v)));
    }
    let mut ok = mod37_36(main).is_some_and(|x| x.to_string() == check1);
    if let Some((v, check2)) = version {
        ok &= mod37_36(&format!("{main}{v}")).is_some_and(|x| x.to_string() == check2);
    }
    if ok {
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

/// Prefixes issued by the IFPI that are not ISO 3166 countries, and codes of countries
/// that no longer exist but appear on older recordings.
const ISRC_SPECIAL_PREFIXES: &[&str] = &[
    "QM", "QN", "QO", "QP", "QT", "QZ", "ZZ", "CP", "DG", "UK", "FX", "YU", "CS", "SU", "DD", "XK",
];

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
    let country = &c[..2];
    let known = isocountry::CountryCode::for_alpha2(country).is_ok()
        || ISRC_SPECIAL_PREFIXES.contains(&country);
    if known {
        IdCheck::good(IdKind::Isrc, c)
    } else {
        IdCheck::bad(IdKind::Isrc, Some(c), IdProblem::Country)
    }
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

    #[test]
    fn isan_with_and_without_version() {
        let full = check("ISAN 0000-0000-D07A-0090-Q-0000-0000-X");
        assert_eq!(full.kind, IdKind::Isan);
        assert!(full.valid(), "{full:?}");
        assert_eq!(
            full.canonical.as_deref(),
            Some("ISAN 0000-0000-D07A-0090-Q-0000-0000-X")
        );
        let short = check("isan 00000000d07a0090q");
        assert!(short.valid());
        assert_eq!(
            short.canonical.as_deref(),
            Some("ISAN 0000-0000-D07A-0090-Q")
        );
        let wrong = check("ISAN 0000-0000-D07A-0090-R-0000-0000-X");
        assert_eq!(wrong.problem, Some(IdProblem::CheckCharacter));
        let wrong_version = check("ISAN 0000-0000-D07A-0090-Q-0000-0000-Y");
        assert_eq!(wrong_version.problem, Some(IdProblem::CheckCharacter));
        assert_eq!(check("ISAN 0000-D07A").problem, Some(IdProblem::Format));
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
        assert!(check("GBAYE6800011").valid());
        assert!(check("QZES71982312").valid(), "IFPI-issued prefix");
        let nowhere = check("XYRC17607839");
        assert_eq!(nowhere.problem, Some(IdProblem::Country));
        assert_eq!(
            check_as(IdKind::Isrc, "US-RC1-76-0783").problem,
            Some(IdProblem::Format)
        );
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
