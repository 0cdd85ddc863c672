//! Language tags for metadata, and the rule for which text a reader sees.
//!
//! Titles and synopses are stored under canonical BCP 47 tags (`zh-hant-tw` is kept as
//! `zh-Hant-TW`, the deprecated `iw` as `he`). A reader asks for one tag; [`pick_text`]
//! walks from the closest variant to the work's original, so a reader of `zh-TW` sees
//! `zh-TW`, then `zh-Hant`, then plain `zh`, then another Chinese script, then the
//! original title.

use crate::DomainError;
use icu_locale::{LanguageIdentifier, Locale, LocaleCanonicalizer, LocaleExpander};
use serde::{Deserialize, Serialize};

/// A canonical BCP 47 language tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, ts_rs::TS)]
#[ts(type = "string")]
pub struct LangTag(String);

impl LangTag {
    /// Parses and canonicalises a tag; refuses anything that is not well-formed BCP 47
    /// or names no language (`und`).
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let trimmed = text.trim();
        let mut locale =
            Locale::try_from_str(trimmed).map_err(|_| DomainError::LangTag(text.to_owned()))?;
        if locale.id.language.is_unknown() {
            return Err(DomainError::LangTag(text.to_owned()));
        }
        LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
        Ok(LangTag(locale.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Serialize for LangTag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LangTag {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        LangTag::parse(&text).map_err(|e| serde::de::Error::custom(e.to_serde()))
    }
}

impl From<LangTag> for String {
    fn from(t: LangTag) -> String {
        t.0
    }
}

impl std::fmt::Display for LangTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How close a stored tag is to the wanted one; lower is closer.
fn closeness(
    expander: &LocaleExpander,
    wanted: &LanguageIdentifier,
    wanted_max: &LanguageIdentifier,
    stored: &str,
) -> Option<u8> {
    let id = LanguageIdentifier::try_from_str(stored).ok()?;
    if &id == wanted {
        return Some(0);
    }
    if id.language != wanted.language {
        return None;
    }
    let mut max = id.clone();
    expander.maximize(&mut max);
    let same_script = max.script == wanted_max.script;
    Some(if same_script && max.region == wanted_max.region {
        1
    } else if same_script {
        2
    } else if id.script.is_none() && id.region.is_none() {
        3
    } else {
        4
    })
}

/// Chooses which of a work's texts a reader of `wanted` sees: the closest language
/// variant, else the original, else the first. `None` only when there are no texts.
pub fn pick_text<'a, T>(
    wanted: &str,
    texts: &'a [T],
    tag: impl Fn(&T) -> &str,
    is_original: impl Fn(&T) -> bool,
) -> Option<&'a T> {
    let expander = LocaleExpander::new_extended();
    let wanted_id = LanguageIdentifier::try_from_str(wanted).ok();
    let wanted_max = wanted_id.clone().map(|mut w| {
        expander.maximize(&mut w);
        w
    });
    texts
        .iter()
        .enumerate()
        .min_by_key(|(i, t)| {
            let rank = match (&wanted_id, &wanted_max) {
                (Some(w), Some(wm)) => closeness(&expander, w, wm, tag(t)),
                _ => None,
            };
            let rank = rank.unwrap_or(if is_original(t) { 5 } else { 6 });
            (rank, *i)
        })
        .map(|(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_canonicalised() {
        assert_eq!(LangTag::parse("zh-hant-tw").unwrap().as_str(), "zh-Hant-TW");
        assert_eq!(LangTag::parse("EN-us").unwrap().as_str(), "en-US");
        assert_eq!(LangTag::parse("iw").unwrap().as_str(), "he");
        assert_eq!(LangTag::parse(" ka ").unwrap().as_str(), "ka");
    }

    #[test]
    fn malformed_tags_are_refused() {
        for bad in ["", "und", "english!", "x", "12-34"] {
            assert!(LangTag::parse(bad).is_err(), "{bad}");
        }
    }

    fn pick<'a>(wanted: &str, texts: &'a [(&'a str, bool)]) -> &'a str {
        pick_text(wanted, texts, |t| t.0, |t| t.1).unwrap().0
    }

    #[test]
    fn traditional_chinese_falls_back_through_script_then_language_then_original() {
        let all = [
            ("fr", true),
            ("zh", false),
            ("zh-Hant", false),
            ("zh-TW", false),
            ("zh-Hans", false),
        ];
        assert_eq!(pick("zh-TW", &all), "zh-TW");
        assert_eq!(pick("zh-TW", &all[..3]), "zh-Hant");
        assert_eq!(pick("zh-TW", &all[..2]), "zh");
        assert_eq!(
            pick("zh-TW", &[("fr", true), ("zh-Hans", false)]),
            "zh-Hans"
        );
        assert_eq!(pick("zh-TW", &all[..1]), "fr");
    }

    #[test]
    fn simplified_chinese_readers_get_hans_for_zh_cn() {
        let all = [("ja", true), ("zh-Hant", false), ("zh-Hans", false)];
        assert_eq!(pick("zh-CN", &all), "zh-Hans");
    }

    #[test]
    fn regional_english_serves_other_regions_before_the_original() {
        let all = [("ka", true), ("en-GB", false)];
        assert_eq!(pick("en-US", &all), "en-GB");
        assert_eq!(pick("ru", &all), "ka");
    }

    #[test]
    fn without_an_original_the_first_text_is_shown() {
        assert_eq!(pick("ar", &[("th", false), ("lo", false)]), "th");
        assert!(pick_text("ar", &[] as &[(&str, bool)], |t| t.0, |t| t.1).is_none());
    }
}
