//! Interface text for the core, the command line and the window's shell.
//!
//! Every user-visible string lives in `locales/<locale>/*.ftl`; the same files are bundled
//! into the web UI, so a message id means the same thing everywhere. The files are compiled
//! into the binary so a copy of Caravan never depends on where it was installed. Metadata —
//! titles, synopses, names — is never here: it is data and lives in the store.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue;

/// The interface languages, in the order the window offers them. `en-US` is the source.
pub const LOCALES: [&str; 13] = [
    "ar", "en-US", "es", "fa", "fr", "hi", "ja", "ka", "ms", "ru", "th", "tr", "zh-CN",
];

/// The locale every other locale is checked against.
pub const SOURCE_LOCALE: &str = "en-US";

/// The Fluent files each locale carries, by name.
pub const FILES: [&str; 4] = ["common.ftl", "errors.ftl", "cli.ftl", "ui.ftl"];

macro_rules! locale_files {
    ($($locale:literal),*) => {
        &[$(
            ($locale, [
                include_str!(concat!("../../../../locales/", $locale, "/common.ftl")),
                include_str!(concat!("../../../../locales/", $locale, "/errors.ftl")),
                include_str!(concat!("../../../../locales/", $locale, "/cli.ftl")),
                include_str!(concat!("../../../../locales/", $locale, "/ui.ftl")),
            ]),
        )*]
    };
}

/// The text of every locale file, in the order of [`LOCALES`] and [`FILES`].
pub const SOURCES: &[(&str, [&str; 4])] = locale_files!(
    "ar", "en-US", "es", "fa", "fr", "hi", "ja", "ka", "ms", "ru", "th", "tr", "zh-CN"
);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum I18nError {
    /// The tag is not well-formed BCP 47.
    #[error("'{0}' is not a language tag")]
    InvalidTag(String),
    /// The tag is well-formed but the interface is not translated into it.
    #[error("the interface is not available in '{0}'")]
    Unsupported(String),
}

impl I18nError {
    /// The stable code callers and scripts act on.
    pub fn code(&self) -> &'static str {
        match self {
            I18nError::InvalidTag(_) => "lang-invalid",
            I18nError::Unsupported(_) => "lang-unsupported",
        }
    }
}

/// Picks the interface locale for a requested BCP 47 tag: the exact locale, or the one
/// sharing its language (`fr-CA` → `fr`, `zh-TW` → `zh-CN`, `ar-EG` → `ar`).
pub fn negotiate(requested: &str) -> Result<&'static str, I18nError> {
    let wanted: LanguageIdentifier = requested
        .parse()
        .map_err(|_| I18nError::InvalidTag(requested.to_owned()))?;
    let exact = LOCALES.iter().find(|l| {
        l.parse::<LanguageIdentifier>()
            .map(|id| id == wanted)
            .unwrap_or(false)
    });
    if let Some(found) = exact {
        return Ok(found);
    }
    LOCALES
        .iter()
        .find(|l| {
            l.parse::<LanguageIdentifier>()
                .map(|id| id.language == wanted.language)
                .unwrap_or(false)
        })
        .copied()
        .ok_or_else(|| I18nError::Unsupported(requested.to_owned()))
}

/// Whether a locale lays text out right to left.
pub fn is_rtl(locale: &str) -> bool {
    matches!(
        locale.split('-').next().unwrap_or(""),
        "ar" | "he" | "fa" | "ur" | "ps" | "ug" | "yi" | "dv" | "ckb" | "syr"
    )
}

/// Formats interface messages in one locale.
pub struct Localizer {
    locale: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Localizer {
    /// A localizer for the interface locale that best serves `requested`.
    pub fn new(requested: &str) -> Result<Self, I18nError> {
        Ok(Self::for_locale(negotiate(requested)?))
    }

    /// A localizer for one of [`LOCALES`]; anything else gets the source locale.
    pub fn for_locale(locale: &str) -> Self {
        let (locale, files) = SOURCES
            .iter()
            .find(|(l, _)| *l == locale)
            .or_else(|| SOURCES.iter().find(|(l, _)| *l == SOURCE_LOCALE))
            .map(|(l, f)| (*l, f))
            .expect("the source locale is compiled in");
        let langid: LanguageIdentifier = locale.parse().expect("LOCALES are valid tags");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        for text in files {
            // The locale test proves every file parses; a broken file would still yield
            // its good messages here rather than an empty interface.
            let resource = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            bundle.add_resource_overriding(resource);
        }
        Self { locale, bundle }
    }

    /// Whether placeables are wrapped in Unicode isolation marks (FSI … PDI), so a Latin
    /// path inside an Arabic sentence keeps its order. Right for the window; a terminal
    /// shows the marks as stray glyphs, so the command line turns them off.
    pub fn set_isolating(&mut self, isolating: bool) {
        self.bundle.set_use_isolating(isolating);
    }

    /// The interface locale in use, one of [`LOCALES`].
    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Formats a message. A message this locale lacks is taken from the source locale
    /// (the locale check keeps that from happening; a person should never see an id); an
    /// id no locale has comes back as itself, so the gap is visible rather than silent.
    pub fn tr(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if let Some(text) = self.format(id, args) {
            return text;
        }
        if self.locale != SOURCE_LOCALE {
            static SOURCE: std::sync::LazyLock<Localizer> =
                std::sync::LazyLock::new(|| Localizer::for_locale(SOURCE_LOCALE));
            if let Some(text) = SOURCE.format(id, args) {
                return text;
            }
        }
        id.to_owned()
    }

    /// The message formatted as well as it can be (a variable not given shows as
    /// `{$name}`), if this locale has it.
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(id).and_then(|m| m.value())?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// Formats a message, or says why it could not: the id is missing, or a variable it
    /// uses was not given (Fluent would show it as `{$name}`).
    pub fn try_tr(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, String> {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return Err(format!("{}: no message {id}", self.locale));
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(format!("{}: {id}: {errors:?}", self.locale))
        }
    }

    /// Formats a message with `(name, value)` arguments.
    pub fn tr_with<'a, I, V>(&self, id: &str, args: I) -> String
    where
        I: IntoIterator<Item = (&'a str, V)>,
        V: Into<fluent_bundle::FluentValue<'a>>,
    {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k, v);
        }
        self.tr(id, Some(&fargs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_exact_then_language() {
        assert_eq!(negotiate("fr").unwrap(), "fr");
        assert_eq!(negotiate("fr-CA").unwrap(), "fr");
        assert_eq!(negotiate("zh-TW").unwrap(), "zh-CN");
        assert_eq!(negotiate("en").unwrap(), "en-US");
        assert_eq!(negotiate("ar-EG").unwrap(), "ar");
        assert_eq!(negotiate("de").unwrap_err().code(), "lang-unsupported");
        assert_eq!(negotiate("not a tag!").unwrap_err().code(), "lang-invalid");
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert!(is_rtl("ar"));
        assert!(!is_rtl("en-US"));
        assert!(!is_rtl("zh-CN"));
    }
}
