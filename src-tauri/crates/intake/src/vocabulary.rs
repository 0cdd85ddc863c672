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
];

static COUNTRY_NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for c in isocountry::CountryCode::iter() {
        map.insert(c.name().to_lowercase(), c.alpha2().to_owned());
        map.insert(c.alpha3().to_lowercase(), c.alpha2().to_owned());
    }
    for (name, code) in COUNTRY_ALIASES {
        map.insert((*name).to_owned(), (*code).to_owned());
    }
    map
});

fn country_code(name: &str) -> Option<String> {
    let trimmed = name.trim();
    if trimmed.len() == 2 {
        if let Ok(c) = CountryCode::parse(trimmed) {
            return Some(c.as_str().to_owned());
        }
    }
    COUNTRY_NAMES.get(&trimmed.to_lowercase()).cloned()
}

/// A comma-separated list of country names or codes. Official names with commas in them
/// ("Korea, Republic of") are recognised whole.
pub(crate) fn parse_countries(v: &str) -> Result<Vec<String>, String> {
    let parts: Vec<&str> = v.split([',', ';']).map(str::trim).collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        if parts[i].is_empty() {
            i += 1;
            continue;
        }
        if i + 1 < parts.len() {
            if let Some(code) = country_code(&format!("{}, {}", parts[i], parts[i + 1])) {
                if !out.contains(&code) {
                    out.push(code);
                }
                i += 2;
                continue;
            }
        }
        match country_code(parts[i]) {
            Some(code) => {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
            None => return Err(parts[i].to_owned()),
        }
        i += 1;
    }
    Ok(out)
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
    if let Some((_, tag)) = LANGUAGE_ALIASES.iter().find(|(n, _)| *n == lower) {
        return Some((*tag).to_owned());
    }
    isolang::Language::from_name_lowercase(&lower).map(|lang| {
        lang.to_639_1()
            .map(str::to_owned)
            .unwrap_or_else(|| lang.to_639_3().to_owned())
    })
}

pub(crate) fn parse_languages(v: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for part in split_list(v) {
        if NO_LANGUAGE.contains(&part.to_lowercase().as_str()) {
            continue;
        }
        match language_tag(&part) {
            Some(tag) => {
                if !out.contains(&tag) {
                    out.push(tag);
                }
            }
            None => return Err(part),
        }
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_name_code_and_former_code() {
        assert_eq!(
            parse_countries("Chile, Germany, United States, Spain").unwrap(),
            ["CL", "DE", "US", "ES"]
        );
        assert_eq!(parse_countries("FR,CH,ES").unwrap(), ["FR", "CH", "ES"]);
        assert_eq!(parse_countries("Korea").unwrap(), ["KR"]);
        assert_eq!(parse_countries("Korea, Republic of").unwrap(), ["KR"]);
        assert_eq!(parse_countries("SU").unwrap(), ["SU"]);
        assert_eq!(parse_countries("Japan").unwrap(), ["JP"]);
        assert_eq!(parse_countries("Narnia").unwrap_err(), "Narnia");
    }

    #[test]
    fn languages_by_name_or_tag() {
        assert_eq!(parse_languages("French, English").unwrap(), ["fr", "en"]);
        assert_eq!(parse_languages("Mandarin").unwrap(), ["zh"]);
        assert_eq!(parse_languages("pt-BR").unwrap(), ["pt-BR"]);
        assert_eq!(parse_languages("Silent").unwrap(), Vec::<String>::new());
        assert_eq!(parse_languages("Klingonese").unwrap_err(), "Klingonese");
    }
}
