//! The names people write for countries and languages, and the codes Caravan stores for
//! them: ISO 3166 alpha-2 codes for countries (official names, alpha-3 codes, former codes
//! and the everyday names ISO spells otherwise), BCP 47 tags for languages (tags as such,
//! ISO 639 names and common aliases). Nothing in it is FilmFreeway's own: any file that
//! names countries or languages reads them the same way, so it is a module of its own.

use crate::csv_file::split_list;
use caravan_domain::{CountryCode, LangTag};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Country names people write, beyond ISO's official ones.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("usa", "US"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("uk", "GB"),
    ("united kingdom", "GB"),
    ("great britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("russia", "RU"),
    ("korea", "KR"),
    ("south korea", "KR"),
    ("republic of korea", "KR"),
    ("north korea", "KP"),
    ("iran", "IR"),
    ("syria", "SY"),
    ("vietnam", "VN"),
    ("viet nam", "VN"),
    ("laos", "LA"),
    ("bolivia", "BO"),
    ("venezuela", "VE"),
    ("tanzania", "TZ"),
    ("moldova", "MD"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("taiwan", "TW"),
    ("palestine", "PS"),
    ("macedonia", "MK"),
    ("north macedonia", "MK"),
    ("ivory coast", "CI"),
    ("cote d'ivoire", "CI"),
    ("côte d'ivoire", "CI"),
    ("democratic republic of the congo", "CD"),
    ("dr congo", "CD"),
    ("congo", "CG"),
    ("brunei", "BN"),
    ("cape verde", "CV"),
    ("micronesia", "FM"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("turkiye", "TR"),
    ("hong kong", "HK"),
    ("macau", "MO"),
    ("macao", "MO"),
    ("kosovo", "XK"),
    ("soviet union", "SU"),
    ("ussr", "SU"),
    ("czechoslovakia", "CS"),
    ("yugoslavia", "YU"),
    ("east germany", "DD"),
    ("the netherlands", "NL"),
    ("holland", "NL"),
    ("vatican", "VA"),
    ("kyrgyzstan", "KG"),
    ("uae", "AE"),
    ("korea, republic of", "KR"),
    ("korea, democratic people's republic of", "KP"),
    ("iran, islamic republic of", "IR"),
    ("taiwan, province of china", "TW"),
    ("congo, the democratic republic of the", "CD"),
    ("venezuela, bolivarian republic of", "VE"),
    ("moldova, republic of", "MD"),
    ("tanzania, united republic of", "TZ"),
    // Former names and the forms public festival lists write.
    ("burma", "MM"),
    ("slovak republic", "SK"),
    ("republic of macedonia", "MK"),
    ("fyrom", "MK"),
    ("former yugoslav republic of macedonia", "MK"),
    ("dprk", "KP"),
    ("rok", "KR"),
    ("prc", "CN"),
    ("people's republic of china", "CN"),
    ("mainland china", "CN"),
    ("republic of china", "TW"),
    ("hong kong sar", "HK"),
    ("hong kong sar china", "HK"),
    ("macau sar", "MO"),
    ("macao sar", "MO"),
    ("east timor", "TL"),
    ("zaire", "CD"),
    ("swaziland", "SZ"),
    ("ceylon", "LK"),
    ("persia", "IR"),
    ("siam", "TH"),
    ("kampuchea", "KH"),
    ("dahomey", "BJ"),
    ("upper volta", "BF"),
    ("rhodesia", "ZW"),
    ("ksa", "SA"),
    ("bosnia", "BA"),
    ("bosnia-herzegovina", "BA"),
    ("gambia", "GM"),
    ("bahamas", "BS"),
    ("vatican city", "VA"),
    ("holy see", "VA"),
    ("russian federation", "RU"),
    ("west germany", "DE"),
    ("federal republic of germany", "DE"),
    ("german democratic republic", "DD"),
    ("serbia and montenegro", "CS"),
    ("state of palestine", "PS"),
    ("palestinian territories", "PS"),
];

/// Every name a country is known by, folded, to its code: ISO 3166's official names and
/// alpha-3 codes, CLDR's names in the thirteen interface languages with their short and
/// variant forms ("UK", "East Timor") and both halves of a name like "Myanmar (Burma)",
/// then the everyday and former names above.
static COUNTRY_NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for c in isocountry::CountryCode::iter() {
        map.insert(key(c.name()), c.alpha2().to_owned());
        map.insert(c.alpha3().to_lowercase(), c.alpha2().to_owned());
    }
    // English first, then the other interface languages: a name one language gives a
    // country never takes the name another country has in a language read before it.
    for (code, _, name) in cldr_rows(CLDR_COUNTRIES) {
        map.entry(key(name)).or_insert_with(|| code.to_owned());
        if let Some((head, rest)) = name.split_once(" (") {
            map.entry(key(head)).or_insert_with(|| code.to_owned());
            let inner = rest.trim_end_matches(')');
            map.entry(key(inner)).or_insert_with(|| code.to_owned());
        }
    }
    for (name, code) in COUNTRY_ALIASES {
        map.insert(key(name), (*code).to_owned());
    }
    map
});

/// CLDR's names of territories and languages, `code<TAB>locale<TAB>name` per line,
/// written by `scripts/cldr-names` from CLDR's own JSON.
const CLDR_COUNTRIES: &str = include_str!("../data/cldr-countries.tsv");
const CLDR_LANGUAGES: &str = include_str!("../data/cldr-languages.tsv");

fn cldr_rows(
    data: &'static str,
) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t');
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
}

/// A name as it is looked up: folded (case, accents, script variants), apostrophes made
/// one, a leading "the" dropped and spaces made single, so "The  Côte d’Ivoire" and
/// "cote d'ivoire" are one key.
fn key(name: &str) -> String {
    let folded = caravan_text::fold(&name.replace(['’', '`', '´'], "'"));
    let words: Vec<&str> = folded.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// The English name of a country code, as CLDR writes it (the first, full form).
pub fn country_name(code: &str) -> Option<&'static str> {
    cldr_rows(CLDR_COUNTRIES)
        .find(|(c, l, _)| *c == code && *l == "en")
        .map(|(_, _, n)| n)
}

/// The English name of a language tag, as CLDR writes it.
pub fn language_name(tag: &str) -> Option<&'static str> {
    cldr_rows(CLDR_LANGUAGES)
        .find(|(c, l, _)| *c == tag && *l == "en")
        .map(|(_, _, n)| n)
}

/// What a list of names was read into: the codes recognised, in order and each once,
/// and the names that are none, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) codes: Vec<String>,
    pub(crate) unknown: Vec<String>,
}

impl Resolved {
    fn push(&mut self, code: String) {
        if !self.codes.contains(&code) {
            self.codes.push(code);
        }
    }
}

/// What a curator said a name means ("treat Quatar as Qatar"), remembered from one
/// import to the next: per kind of value, the folded name to its code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    map: HashMap<(Vocabulary, String), String>,
}

impl Aliases {
    /// Remembers that `name` of this kind means `code`.
    pub fn insert(&mut self, kind: Vocabulary, name: &str, code: &str) {
        self.map.insert((kind, key(name)), code.to_owned());
    }

    pub(crate) fn get(&self, kind: Vocabulary, name: &str) -> Option<&String> {
        if self.map.is_empty() {
            return None;
        }
        self.map.get(&(kind, key(name)))
    }
}

/// The kinds of value a file names that Caravan keeps as codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vocabulary {
    Country,
    Language,
    Status,
}

impl Vocabulary {
    pub fn as_str(self) -> &'static str {
        match self {
            Vocabulary::Country => "country",
            Vocabulary::Language => "language",
            Vocabulary::Status => "status",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "country" => Some(Vocabulary::Country),
            "language" => Some(Vocabulary::Language),
            "status" => Some(Vocabulary::Status),
            _ => None,
        }
    }
}

/// The known value closest to an unknown one, for "did you mean": its code and English
/// name. Close means few edits for the name's length (one in four or five letters), so
/// "Quatar" suggests Qatar and "Narnia" suggests nothing.
pub fn suggest(kind: Vocabulary, value: &str) -> Option<(String, String)> {
    let wanted = key(value);
    let n = wanted.chars().count();
    if n < 3 {
        return None;
    }
    let most = (n / 4).max(1);
    let names: Box<dyn Iterator<Item = (&String, &String)>> = match kind {
        Vocabulary::Country => Box::new(COUNTRY_NAMES.iter()),
        Vocabulary::Language => Box::new(LANGUAGE_NAMES.iter()),
        Vocabulary::Status => return None,
    };
    let mut best: Option<(usize, &String, &String)> = None;
    for (name, code) in names {
        if name.chars().count().abs_diff(n) > most || name.chars().count() < 3 {
            continue;
        }
        let d = strsim::damerau_levenshtein(&wanted, name);
        if d <= most && best.is_none_or(|(bd, bn, _)| d < bd || (d == bd && name < bn)) {
            best = Some((d, name, code));
        }
    }
    let (_, _, code) = best?;
    let shown = match kind {
        Vocabulary::Country => country_name(code),
        _ => language_name(code),
    };
    Some((code.clone(), shown.unwrap_or(code).to_owned()))
}

fn country_code(name: &str) -> Option<String> {
    let trimmed = name.trim();
    if trimmed.len() == 2 {
        if let Ok(c) = CountryCode::parse(trimmed) {
            return Some(c.as_str().to_owned());
        }
    }
    COUNTRY_NAMES.get(&key(trimmed)).cloned()
}

/// A comma-separated list of country names or codes. Official names with commas in them
/// ("Korea, Republic of") are recognised whole; a name that is no country is kept apart,
/// as written, unless the curator has said what it means.
pub(crate) fn parse_countries(v: &str, aliases: &Aliases) -> Resolved {
    let parts: Vec<&str> = v.split([',', ';']).map(str::trim).collect();
    let mut out = Resolved::default();
    let lookup = |name: &str| {
        aliases
            .get(Vocabulary::Country, name)
            .cloned()
            .or_else(|| country_code(name))
    };
    let mut i = 0;
    while i < parts.len() {
        if parts[i].is_empty() {
            i += 1;
            continue;
        }
        if i + 1 < parts.len() {
            if let Some(code) = lookup(&format!("{}, {}", parts[i], parts[i + 1])) {
                out.push(code);
                i += 2;
                continue;
            }
        }
        match lookup(parts[i]) {
            Some(code) => out.push(code),
            None => {
                if !out.unknown.iter().any(|u| u == parts[i]) {
                    out.unknown.push(parts[i].to_owned());
                }
            }
        }
        i += 1;
    }
    out
}

/// Language names people write that ISO 639 spells differently.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("mandarin", "zh"),
    ("chinese", "zh"),
    ("mandarin chinese", "zh"),
    ("cantonese", "yue"),
    ("farsi", "fa"),
    ("persian", "fa"),
    ("greek", "el"),
    ("modern greek", "el"),
    ("swahili", "sw"),
    ("malay", "ms"),
    ("nepali", "ne"),
    ("punjabi", "pa"),
    ("panjabi", "pa"),
    ("pashto", "ps"),
    ("kyrgyz", "ky"),
    ("kirghiz", "ky"),
    ("uzbek", "uz"),
    ("tagalog", "fil"),
    ("filipino", "fil"),
    ("slovenian", "sl"),
    ("castilian", "es"),
    ("flemish", "nl"),
    ("haitian creole", "ht"),
    ("sign language", "sgn"),
    ("khmer", "km"),
    ("burmese", "my"),
    ("lao", "lo"),
    ("sinhala", "si"),
    ("sinhalese", "si"),
    ("mongolian", "mn"),
    ("azerbaijani", "az"),
    ("azeri", "az"),
    ("kurdish", "ku"),
    ("tajik", "tg"),
    ("estonian", "et"),
    ("latvian", "lv"),
    ("albanian", "sq"),
    ("arabic", "ar"),
    ("hebrew", "he"),
    ("yiddish", "yi"),
    ("serbo-croatian", "sh"),
];

/// Cells that mean the work has no spoken language.
const NO_LANGUAGE: &[&str] = &["silent", "none", "no dialogue", "no dialog", "n/a"];

/// Every name a language is known by, folded, to its tag: CLDR's names in the six
/// interface languages, then the everyday names above.
static LANGUAGE_NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (tag, _, name) in cldr_rows(CLDR_LANGUAGES) {
        map.entry(key(name)).or_insert_with(|| tag.to_owned());
    }
    for (name, tag) in LANGUAGE_ALIASES {
        map.insert(key(name), (*tag).to_owned());
    }
    map
});

fn language_tag(name: &str) -> Option<String> {
    let trimmed = name.trim();
    let lower = trimmed.to_lowercase();
    // A BCP 47 tag written as such ("fr", "pt-BR", "zh-Hant") before any name: "en" and
    // "ko" are also the names of small languages in ISO 639-3.
    let looks_like_tag = trimmed.len() <= 12
        && trimmed.contains(|c: char| c.is_ascii_alphabetic())
        && trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        && (trimmed.len() <= 3 || trimmed.contains('-'));
    if looks_like_tag {
        let known = trimmed.contains('-')
            || isolang::Language::from_639_1(&lower).is_some()
            || isolang::Language::from_639_3(&lower).is_some();
        if known {
            if let Ok(tag) = LangTag::parse(trimmed) {
                return Some(tag.to_string());
            }
        }
    }
    if let Some(tag) = LANGUAGE_NAMES.get(&key(trimmed)) {
        return Some(tag.clone());
    }
    isolang::Language::from_name_lowercase(&lower).map(|lang| {
        lang.to_639_1()
            .map(str::to_owned)
            .unwrap_or_else(|| lang.to_639_3().to_owned())
    })
}

/// A comma-separated list of language names or tags; a name that is no language is kept
/// apart, as written, unless the curator has said what it means.
pub(crate) fn parse_languages(v: &str, aliases: &Aliases) -> Resolved {
    let mut out = Resolved::default();
    for part in split_list(v) {
        if NO_LANGUAGE.contains(&part.to_lowercase().as_str()) {
            continue;
        }
        let found = aliases
            .get(Vocabulary::Language, &part)
            .cloned()
            .or_else(|| language_tag(&part));
        match found {
            Some(tag) => out.push(tag),
            None => {
                if !out.unknown.contains(&part) {
                    out.unknown.push(part);
                }
            }
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn countries(v: &str) -> Vec<String> {
        let r = parse_countries(v, &Aliases::default());
        assert!(r.unknown.is_empty(), "{v}: {:?}", r.unknown);
        r.codes
    }

    #[test]
    fn countries_by_name_code_and_former_code() {
        assert_eq!(
            countries("Chile, Germany, United States, Spain"),
            ["CL", "DE", "US", "ES"]
        );
        assert_eq!(countries("FR,CH,ES"), ["FR", "CH", "ES"]);
        assert_eq!(countries("Korea"), ["KR"]);
        assert_eq!(countries("Korea, Republic of"), ["KR"]);
        assert_eq!(countries("SU"), ["SU"]);
        assert_eq!(countries("Japan"), ["JP"]);
        let narnia = parse_countries("Japan, Narnia", &Aliases::default());
        assert_eq!(
            (narnia.codes, narnia.unknown),
            (vec!["JP".to_owned()], vec!["Narnia".to_owned()])
        );
    }

    #[test]
    fn countries_as_public_festival_lists_write_them() {
        for (name, code) in [
            ("Slovak Republic", "SK"),
            ("East Timor", "TL"),
            ("Republic of Macedonia", "MK"),
            ("Burma", "MM"),
            ("Myanmar (Burma)", "MM"),
            ("DPRK", "KP"),
            ("Hong Kong SAR", "HK"),
            ("Hong Kong SAR China", "HK"),
            ("The Netherlands", "NL"),
            ("Côte d’Ivoire", "CI"),
            ("Czech Republic", "CZ"),
            ("Türkiye", "TR"),
            ("Swaziland", "SZ"),
            // The interface languages' own names, from CLDR.
            ("Allemagne", "DE"),
            ("Alemania", "DE"),
            ("Германия", "DE"),
            ("ألمانيا", "DE"),
            ("德国", "DE"),
            ("Estados Unidos", "US"),
            ("Royaume-Uni", "GB"),
        ] {
            assert_eq!(countries(name), [code], "{name}");
        }
    }

    #[test]
    fn a_typo_is_kept_and_the_closest_country_suggested() {
        let r = parse_countries("Quatar", &Aliases::default());
        assert_eq!(r.unknown, ["Quatar"]);
        assert_eq!(
            suggest(Vocabulary::Country, "Quatar"),
            Some(("QA".to_owned(), "Qatar".to_owned()))
        );
        assert_eq!(suggest(Vocabulary::Country, "Narnia"), None);
        assert_eq!(
            suggest(Vocabulary::Language, "Frnech").map(|s| s.0),
            Some("fr".to_owned())
        );
    }

    #[test]
    fn an_alias_the_curator_gave_is_used() {
        let mut aliases = Aliases::default();
        aliases.insert(Vocabulary::Country, "Quatar", "QA");
        aliases.insert(Vocabulary::Language, "Klingonese", "tlh");
        assert_eq!(parse_countries("quatar", &aliases).codes, ["QA"]);
        assert_eq!(parse_languages("Klingonese", &aliases).codes, ["tlh"]);
    }

    #[test]
    fn languages_by_name_or_tag() {
        let langs = |v: &str| parse_languages(v, &Aliases::default());
        assert_eq!(langs("French, English").codes, ["fr", "en"]);
        assert_eq!(langs("Mandarin").codes, ["zh"]);
        assert_eq!(langs("pt-BR").codes, ["pt-BR"]);
        assert_eq!(langs("Français, 俄语, Español").codes, ["fr", "ru", "es"]);
        assert!(langs("Silent").codes.is_empty());
        assert_eq!(langs("Klingonese").unknown, ["Klingonese"]);
    }
}
