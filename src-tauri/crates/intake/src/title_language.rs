//! Guessing the language of a title: from its script, from what the text reliably reads
//! as, and, for a title too short to tell, from the languages declared beside it and those
//! of its countries of origin. FilmFreeway's titles and DDEX's titles without a language
//! both need it, so it stands apart from either format.

/// The language of FilmFreeway's Project Title when it is the only title: as for an
/// original title, except that a Latin title nothing else identifies is taken as the
/// English title FilmFreeway asks for.
pub fn title_language(title: &str, declared: &[String], countries: &[String]) -> String {
    match original_language(title, declared, countries) {
        und if und == "und" && whatlang::detect_script(title) == Some(whatlang::Script::Latin) => {
            "en".to_owned()
        }
        lang => lang,
    }
}

/// The languages usually written in a script, most likely first.
fn languages_of_script(script: whatlang::Script) -> &'static [&'static str] {
    use whatlang::Script as S;
    match script {
        S::Arabic => &["ar", "fa", "ur", "ps", "ug", "ku"],
        S::Armenian => &["hy"],
        S::Bengali => &["bn", "as"],
        S::Cyrillic => &["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"],
        S::Devanagari => &["hi", "mr", "ne", "sa"],
        S::Ethiopic => &["am", "ti"],
        S::Georgian => &["ka"],
        S::Greek => &["el"],
        S::Gujarati => &["gu"],
        S::Gurmukhi => &["pa"],
        S::Hangul => &["ko"],
        S::Hebrew => &["he", "yi"],
        S::Hiragana | S::Katakana => &["ja"],
        S::Kannada => &["kn"],
        S::Khmer => &["km"],
        S::Malayalam => &["ml"],
        S::Mandarin => &["zh", "yue", "ja"],
        S::Myanmar => &["my"],
        S::Oriya => &["or"],
        S::Sinhala => &["si"],
        S::Tamil => &["ta"],
        S::Telugu => &["te"],
        S::Thai => &["th"],
        S::Latin => &[],
    }
}

/// The language of an original title: a declared language that is written in the title's
/// script; else what the text reliably looks like; else, for a script few languages use,
/// the most likely of them; else `und` (undetermined). Short Latin titles are too short to
/// tell reliably, so they are never guessed from the text alone.
pub(crate) fn original_language(title: &str, declared: &[String], countries: &[String]) -> String {
    let has_kana = title
        .chars()
        .any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF));
    if has_kana {
        return "ja".to_owned();
    }
    let Some(script) = whatlang::detect_script(title) else {
        return "und".to_owned();
    };
    let base = |tag: &str| tag.split('-').next().unwrap_or(tag).to_owned();
    let candidates = languages_of_script(script);
    let fits = |d: &&String| {
        if script == whatlang::Script::Latin {
            !LANGUAGES_NOT_LATIN.contains(&base(d).as_str())
        } else {
            candidates.contains(&base(d).as_str())
        }
    };
    let fitting: Vec<&String> = declared.iter().filter(fits).collect();
    // A script only one language is written in, or a declared language written in a
    // non-Latin script, settles it without reading the letters.
    if candidates.len() == 1 {
        return candidates[0].to_owned();
    }
    if script != whatlang::Script::Latin {
        if let Some(first) = fitting.first() {
            return (*first).clone();
        }
    }
    let detected = whatlang::detect(title)
        .filter(|i| i.is_reliable())
        .map(|info| {
            match info.lang() {
                // Whatlang's "Mandarin" is written Chinese, whatever it is spoken as.
                whatlang::Lang::Cmn => "zh".to_owned(),
                lang => isolang::Language::from_639_3(lang.code())
                    .and_then(|l| l.to_639_1())
                    .map(str::to_owned)
                    .unwrap_or_else(|| lang.code().to_owned()),
            }
        });
    if let Some(d) = &detected {
        if let Some(found) = fitting.iter().find(|f| base(f) == *d) {
            return (*found).clone();
        }
    }
    if let Some(d) = detected {
        return d;
    }
    // Too short to tell alone: among the languages of the countries of origin (and the
    // declared ones), the one the text reads as.
    let mut allow: Vec<whatlang::Lang> = Vec::new();
    for tag in countries.iter().filter_map(|c| country_language(c)).chain(
        declared
            .iter()
            .map(|d| base(d))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    ) {
        let code3 = isolang::Language::from_639_1(tag).map(|l| l.to_639_3());
        if let Some(lang) = code3.and_then(whatlang::Lang::from_code) {
            if !allow.contains(&lang) {
                allow.push(lang);
            }
        }
    }
    if !allow.is_empty() {
        let guess = whatlang::Detector::with_allowlist(allow)
            .detect(title)
            .filter(|i| i.script() == script)
            .and_then(|i| isolang::Language::from_639_3(i.lang().code()))
            .and_then(|l| l.to_639_1());
        if let Some(g) = guess {
            return g.to_owned();
        }
    }
    if let Some(first) = fitting.first() {
        return (*first).clone();
    }
    candidates
        .first()
        .map(|c| (*c).to_owned())
        .unwrap_or_else(|| "und".to_owned())
}

/// The main language of a country's films, for telling the language of a short title.
fn country_language(code: &str) -> Option<&'static str> {
    Some(match code {
        "AR" | "BO" | "CL" | "CO" | "CR" | "CU" | "DO" | "EC" | "ES" | "GT" | "HN" | "MX"
        | "NI" | "PA" | "PE" | "PY" | "SV" | "UY" | "VE" => "es",
        "FR" | "BE" | "LU" | "MC" | "SN" | "CI" | "ML" | "BF" => "fr",
        "DE" | "AT" | "LI" => "de",
        "CH" => "de",
        "IT" | "SM" => "it",
        "PT" | "BR" | "AO" | "MZ" => "pt",
        "US" | "GB" | "IE" | "AU" | "NZ" | "CA" | "NG" | "GH" | "JM" => "en",
        "NL" => "nl",
        "SE" => "sv",
        "NO" => "nb",
        "DK" => "da",
        "FI" => "fi",
        "IS" => "is",
        "PL" => "pl",
        "CZ" | "CS" => "cs",
        "SK" => "sk",
        "HU" => "hu",
        "RO" | "MD" => "ro",
        "HR" => "hr",
        "SI" => "sl",
        "RS" | "YU" => "sr",
        "BA" => "bs",
        "AL" | "XK" => "sq",
        "TR" => "tr",
        "AZ" => "az",
        "UZ" => "uz",
        "TM" => "tk",
        "EE" => "et",
        "LV" => "lv",
        "LT" => "lt",
        "VN" => "vi",
        "ID" => "id",
        "MY" => "ms",
        "PH" => "fil",
        "RU" | "SU" | "BY" => "ru",
        "UA" => "uk",
        "KZ" => "kk",
        "KG" => "ky",
        "GE" => "ka",
        "AM" => "hy",
        "GR" | "CY" => "el",
        "IL" => "he",
        "IR" => "fa",
        "EG" | "MA" | "DZ" | "TN" | "LB" | "SY" | "JO" | "IQ" | "SA" | "AE" | "PS" => "ar",
        "CN" | "TW" | "HK" => "zh",
        "JP" => "ja",
        "KR" => "ko",
        "TH" => "th",
        "IN" => "hi",
        _ => return None,
    })
}

/// Languages not normally written in Latin letters.
const LANGUAGES_NOT_LATIN: &[&str] = &[
    "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "ar", "fa", "ur", "ps", "he", "yi",
    "el", "hy", "ka", "hi", "mr", "ne", "bn", "ta", "te", "kn", "ml", "gu", "pa", "th", "lo", "km",
    "my", "si", "am", "zh", "yue", "ja", "ko",
];

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn original_title_language() {
        let langs = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            original_language(
                "Una mujer fantástica",
                &langs(&["ru"]),
                &langs(&["CL", "ES"])
            ),
            "es"
        );
        assert_eq!(
            original_language("千と千尋の神隠し", &langs(&["en"]), &[]),
            "ja"
        );
        assert_eq!(original_language("霸王别姬", &langs(&["zh"]), &[]), "zh");
        assert_eq!(original_language("기생충", &[], &[]), "ko");
        assert_eq!(original_language("Левиафан", &langs(&["ru"]), &[]), "ru");
        assert_eq!(original_language("Левиафан", &langs(&["en"]), &[]), "ru");
        assert_eq!(original_language("ფილმი", &[], &[]), "ka");
    }
}
