//! Why a value was refused by a domain rule.

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
    UnknownValue { what: &'static str, value: String },
    /// `what` names the field, as a Fluent id suffix (`what--edition-name`).
    #[error("{0} cannot be empty")]
    Empty(&'static str),
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
