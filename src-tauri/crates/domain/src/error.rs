//! Why a value was refused by a domain rule.

use std::borrow::Cow;

/// A value that breaks a domain rule. Each variant names the value it refused so the
/// message can say what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("'{0}' is not a BCP 47 language tag")]
    LangTag(String),
    #[error("'{0}' is not an ISO 3166-1 alpha-2 country code")]
    Country(String),
    /// `what` names the vocabulary, as a Fluent id suffix (`what--work-kind`).
    #[error("'{value}' is not a known {what}")]
    UnknownValue {
        what: Cow<'static, str>,
        value: String,
    },
    /// `what` names the field, as a Fluent id suffix (`what--edition-name`).
    #[error("{0} cannot be empty")]
    Empty(Cow<'static, str>),
    #[error("'{0}' is not a valid slug")]
    Slug(String),
}

impl DomainError {
    /// The stable code scripts and the window act on.
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::LangTag(_) => "lang-invalid",
            DomainError::Country(_) => "country-invalid",
            DomainError::UnknownValue { .. } => "value-unknown",
            DomainError::Empty(_) => "value-empty",
            DomainError::Slug(_) => "slug-invalid",
        }
    }
}

/// Separates the parts of a domain error carried through serde's error message.
const MARK: char = '\u{1f}';

impl DomainError {
    /// The error as a serde error message, so a value refused while a request is read
    /// (a status the vocabulary lacks) comes back out as this error by [`Self::from_serde`]
    /// rather than as serde's English.
    pub fn to_serde(&self) -> String {
        let (what, value) = match self {
            DomainError::LangTag(v) | DomainError::Country(v) | DomainError::Slug(v) => {
                ("", v.as_str())
            }
            DomainError::UnknownValue { what, value } => (what.as_ref(), value.as_str()),
            DomainError::Empty(what) => (what.as_ref(), ""),
        };
        format!("{MARK}{}{MARK}{what}{MARK}{value}{MARK}", self.code())
    }

    /// The domain error inside a serde error message made by [`Self::to_serde`], if any.
    pub fn from_serde(message: &str) -> Option<DomainError> {
        let start = message.find(MARK)?;
        let mut parts = message[start + MARK.len_utf8()..].split(MARK);
        let (code, what, value) = (parts.next()?, parts.next()?, parts.next()?);
        parts.next()?;
        let value = value.to_owned();
        let what = Cow::Owned(what.to_owned());
        Some(match code {
            "lang-invalid" => DomainError::LangTag(value),
            "country-invalid" => DomainError::Country(value),
            "slug-invalid" => DomainError::Slug(value),
            "value-unknown" => DomainError::UnknownValue { what, value },
            "value-empty" => DomainError::Empty(what),
            _ => return None,
        })
    }
}

/// Checks a slug: lower-case ASCII letters, digits and single hyphens, 1–64 characters,
/// so it is safe in URLs, file names and command lines.
pub fn check_slug(slug: &str) -> Result<(), DomainError> {
    let ok = !slug.is_empty()
        && slug.len() <= 64
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    if ok {
        Ok(())
    } else {
        Err(DomainError::Slug(slug.to_owned()))
    }
}
