//! The closed vocabularies of the domain: each enum's string form is what the store
//! keeps, what `--json` prints and what the window receives, so it never changes.

use crate::DomainError;
use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        /// Read through [`parse`](Self::parse), so a word the vocabulary lacks is refused
        /// as [`DomainError::UnknownValue`] (see [`DomainError::from_serde`]).
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                $name::parse(&text).map_err(|e| serde::de::Error::custom(e.to_serde()))
            }
        }

        impl $name {
            /// Every value, in the order the vocabulary lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable string form.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Result<Self, DomainError> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err(DomainError::UnknownValue { what: $what.into(), value: text.to_owned() }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// A work is a film or a piece of music.
    WorkKind, "work-kind", { Film => "film", Music => "music" }
);

vocabulary!(
    /// What an image of a work is.
    MediaKind, "media-kind", { Poster => "poster", Still => "still", Cover => "cover" }
);

vocabulary!(
    /// What kind of organisation or person a member is.
    MemberKind, "member-kind", {
        Festival => "festival",
        Institution => "institution",
        Company => "company",
        Artist => "artist",
    }
);

vocabulary!(
    /// A member's tier in an alliance that has tiers (the Silk Road Music Alliance does).
    Tier, "tier", { Basic => "basic", Business => "business", Partnership => "partnership" }
);

vocabulary!(
    /// How a member is reached.
    ContactKind, "contact-kind", { Email => "email", Phone => "phone", Web => "web", Address => "address" }
);

vocabulary!(
    /// Where an application to join an alliance stands.
    ApplicationState, "application-state", {
        Open => "open",
        Admitted => "admitted",
        Refused => "refused",
        Withdrawn => "withdrawn",
    }
);

vocabulary!(
    /// What a decision does to an application.
    Outcome, "outcome", { Admit => "admit", Refuse => "refuse", Withdraw => "withdraw" }
);

vocabulary!(
    /// Where a submission stands administratively, as FilmFreeway names it.
    SubmissionStatus, "submission-status", {
        InConsideration => "in-consideration",
        Incomplete => "incomplete",
        Disqualified => "disqualified",
        Withdrawn => "withdrawn",
    }
);

vocabulary!(
    /// The columns an edition's submissions can be sorted by.
    SubmissionColumn, "submission-column", {
        Title => "title",
        Section => "section",
        Status => "status",
        Judging => "judging",
        Countries => "countries",
        Languages => "languages",
        Year => "year",
        Submitted => "submitted",
        Id => "id",
    }
);

vocabulary!(
    /// The columns the works list can be sorted by.
    WorkColumn, "work-column", { Id => "id", Title => "title", Year => "year" }
);

vocabulary!(
    /// The multilingual text fields a work carries.
    TextField, "text-field", { Title => "title", Synopsis => "synopsis" }
);

vocabulary!(
    /// Where a piece of text came from: the submitter, a curator, or a machine translation.
    Provenance, "provenance", { Submitted => "submitted", Curator => "curator", Machine => "machine" }
);

vocabulary!(
    /// What a person did on a work.
    CreditRole, "credit-role", {
        Director => "director",
        Writer => "writer",
        Producer => "producer",
        Cast => "cast",
        Cinematographer => "cinematographer",
        Editor => "editor",
        Composer => "composer",
        Lyricist => "lyricist",
        Artist => "artist",
        Performer => "performer",
    }
);

vocabulary!(
    /// The built-in part of a judging status: a festival's own labels all share `label`
    /// and carry their slug beside it.
    JudgingKind, "judging-status", {
        Undecided => "undecided",
        Selected => "selected",
        NotSelected => "not-selected",
        Label => "label",
    }
);

/// Where the jury's decision stands. Festivals add their own labels (finalist, honourable
/// mention…) per edition; those are carried by their slug.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case", tag = "status", content = "label")]
pub enum JudgingStatus {
    Undecided,
    Selected,
    NotSelected,
    /// A festival-defined label, by its slug within the edition.
    Label(String),
}

impl JudgingStatus {
    /// The built-in part of the status as the store keeps it.
    pub fn as_str(&self) -> &'static str {
        self.kind().as_str()
    }

    pub fn kind(&self) -> JudgingKind {
        match self {
            JudgingStatus::Undecided => JudgingKind::Undecided,
            JudgingStatus::Selected => JudgingKind::Selected,
            JudgingStatus::NotSelected => JudgingKind::NotSelected,
            JudgingStatus::Label(_) => JudgingKind::Label,
        }
    }

    /// The festival label's slug, for a labelled status.
    pub fn label(&self) -> Option<&str> {
        match self {
            JudgingStatus::Label(slug) => Some(slug),
            _ => None,
        }
    }

    /// The status from its two parts; a label's slug is required with `label` and
    /// ignored with the built-in statuses.
    pub fn from_kind(kind: JudgingKind, label: Option<String>) -> Result<Self, DomainError> {
        match (kind, label) {
            (JudgingKind::Undecided, _) => Ok(JudgingStatus::Undecided),
            (JudgingKind::Selected, _) => Ok(JudgingStatus::Selected),
            (JudgingKind::NotSelected, _) => Ok(JudgingStatus::NotSelected),
            (JudgingKind::Label, Some(l)) if !l.trim().is_empty() => Ok(JudgingStatus::Label(l)),
            (JudgingKind::Label, _) => Err(DomainError::Empty("judging-label".into())),
        }
    }

    /// Reads a status as the store keeps it: the built-in word, and the label's slug
    /// when the word is `label`.
    pub fn from_parts(status: &str, label: Option<String>) -> Result<Self, DomainError> {
        JudgingStatus::from_kind(JudgingKind::parse(status)?, label)
    }

    /// A status as a person writes it: a built-in word, or else a festival label's slug.
    pub fn from_word(word: &str) -> Self {
        match JudgingKind::parse(word) {
            Ok(JudgingKind::Undecided) => JudgingStatus::Undecided,
            Ok(JudgingKind::Selected) => JudgingStatus::Selected,
            Ok(JudgingKind::NotSelected) => JudgingStatus::NotSelected,
            _ => JudgingStatus::Label(word.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_round_trip_through_text() {
        for k in SubmissionStatus::ALL {
            assert_eq!(SubmissionStatus::parse(k.as_str()).unwrap(), *k);
        }
        for k in CreditRole::ALL {
            assert_eq!(CreditRole::parse(k.as_str()).unwrap(), *k);
        }
        assert!(WorkKind::parse("podcast").is_err());
    }

    #[test]
    fn judging_labels_keep_their_slug() {
        let s = JudgingStatus::from_parts("label", Some("finalist".into())).unwrap();
        assert_eq!(s, JudgingStatus::Label("finalist".into()));
        assert_eq!(s.as_str(), "label");
        assert!(JudgingStatus::from_parts("maybe", None).is_err());
    }
}
