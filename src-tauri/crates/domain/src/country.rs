//! ISO 3166-1 country codes, as members and works carry them.

use crate::DomainError;
use serde::{Deserialize, Serialize};

/// Codes of countries that no longer exist (ISO 3166-3), which films made there still
/// carry, and Kosovo's code in common use.
const FORMER: &[&str] = &["SU", "CS", "YU", "DD", "XK"];

/// An ISO 3166-1 alpha-2 code, upper case, checked against the standard's list (or one of
/// the few former codes films of the Soviet Union, Czechoslovakia, Yugoslavia and East
/// Germany are credited to).
#[derive(Debug, Clone, PartialEq, Eq, Hash, ts_rs::TS)]
#[ts(type = "string")]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(code: &str) -> Result<Self, DomainError> {
        let upper = code.trim().to_ascii_uppercase();
        if FORMER.contains(&upper.as_str()) || isocountry::CountryCode::for_alpha2(&upper).is_ok() {
            Ok(CountryCode(upper))
        } else {
            Err(DomainError::Country(code.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        CountryCode::parse(&text).map_err(|e| serde::de::Error::custom(e.to_serde()))
    }
}

impl From<CountryCode> for String {
    fn from(c: CountryCode) -> String {
        c.0
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_codes_in_any_case() {
        assert_eq!(CountryCode::parse("ge").unwrap().as_str(), "GE");
        assert_eq!(CountryCode::parse("KZ").unwrap().as_str(), "KZ");
        assert_eq!(CountryCode::parse("su").unwrap().as_str(), "SU");
    }

    #[test]
    fn refuses_made_up_codes() {
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("GEO").is_err());
        assert!(CountryCode::parse("").is_err());
    }
}
