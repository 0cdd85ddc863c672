//! The shapes of the alliance at work: works and people recommended between members with
//! each side's state, screening rights by territory, and members' catalogues.

use super::{Credit, Identifier, LocalizedText};
use caravan_domain::{WorkId, WorkKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What is recommended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RecommendationKind {
    Work,
    Judge,
    Guest,
}

impl RecommendationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecommendationKind::Work => "work",
            RecommendationKind::Judge => "judge",
            RecommendationKind::Guest => "guest",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "work" => Some(RecommendationKind::Work),
            "judge" => Some(RecommendationKind::Judge),
            "guest" => Some(RecommendationKind::Guest),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RecommendationDirection {
    Outgoing,
    Incoming,
}

/// Where a recommendation stands with one member. Each step is sent back to the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RecommendationState {
    /// Sealed and queued; it leaves with the next publish.
    Sent,
    /// The member's copy has it.
    Received,
    /// Taken: a work into an edition and section, a person invited.
    Accepted,
    /// Turned down, with a reason.
    Declined,
    /// The work was programmed.
    Programmed,
}

impl RecommendationState {
    pub fn as_str(self) -> &'static str {
        match self {
            RecommendationState::Sent => "sent",
            RecommendationState::Received => "received",
            RecommendationState::Accepted => "accepted",
            RecommendationState::Declined => "declined",
            RecommendationState::Programmed => "programmed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "sent" => Some(RecommendationState::Sent),
            "received" => Some(RecommendationState::Received),
            "accepted" => Some(RecommendationState::Accepted),
            "declined" => Some(RecommendationState::Declined),
            "programmed" => Some(RecommendationState::Programmed),
            _ => None,
        }
    }

    /// Whether a member may move a recommendation from `self` to `next`.
    pub fn may_become(self, next: RecommendationState) -> bool {
        use RecommendationState as S;
        matches!(
            (self, next),
            (S::Sent, S::Received | S::Accepted | S::Declined)
                | (S::Received, S::Accepted | S::Declined)
                | (S::Accepted, S::Programmed)
        )
    }
}

/// A territory where a work may, or may not, be screened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScreeningRight {
    /// ISO 3166-1 alpha-2, or `WORLD`.
    pub territory: String,
    /// True for a territory taken out of a wider grant.
    #[serde(default)]
    pub excluded: bool,
    /// The window, ISO 8601 dates, inclusive.
    #[serde(default)]
    pub starts: Option<String>,
    #[serde(default)]
    pub ends: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScreeningRights {
    pub work_id: WorkId,
    pub rights: Vec<ScreeningRight>,
}

/// A work as a member shares it: everything another festival needs to consider it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkCard {
    pub kind: WorkKind,
    pub year: Option<i32>,
    #[ts(type = "number | null")]
    pub runtime_seconds: Option<i64>,
    pub titles: Vec<LocalizedText>,
    #[serde(default)]
    pub synopses: Vec<LocalizedText>,
    #[serde(default)]
    pub credits: Vec<Credit>,
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub genres: Vec<String>,
    #[serde(default)]
    pub rights: Vec<ScreeningRight>,
    /// A link to a screener, when the work carries one.
    #[serde(default)]
    pub screener: Option<String>,
    /// The posters that travel with it, by the attachments' names.
    #[serde(default)]
    pub posters: Vec<String>,
}

/// A person recommended as a judge or a guest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonCard {
    /// The name in each script or language it is written in.
    pub names: Vec<LocalizedText>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
}

/// Something worth saying that does not stop the action: a territory the rights do not
/// cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Warning {
    pub code: String,
    pub message: String,
    pub member: Option<String>,
    pub territory: Option<String>,
}

/// One member's state of a recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecipientState {
    pub member: String,
    pub state: RecommendationState,
    pub reason: Option<String>,
    pub edition: Option<String>,
    pub section: Option<String>,
    #[ts(type = "number | null")]
    pub submission_id: Option<i64>,
}

/// One step of a recommendation's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecommendationEvent {
    pub member: String,
    pub state: RecommendationState,
    pub reason: Option<String>,
    #[ts(type = "number")]
    pub at: i64,
}

/// A recommendation, sent or received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Recommendation {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: RecommendationKind,
    pub direction: RecommendationDirection,
    /// The most advanced state among its recipients (its own, when received).
    pub state: RecommendationState,
    /// The member who sent it.
    pub from: String,
    /// The members it went to.
    pub to: Vec<String>,
    /// The work it was made from, or (received) became once accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_id: Option<WorkId>,
    pub title: String,
    pub note: Option<String>,
    pub note_lang: Option<String>,
    /// The section the sender suggested.
    pub section: Option<String>,
    #[ts(type = "number")]
    pub created_at: i64,
    pub recipients: Vec<RecipientState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work: Option<WorkCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonCard>,
    pub history: Vec<RecommendationEvent>,
    /// Said when it was made or answered: the territories the rights do not cover.
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Recommendations {
    pub recommendations: Vec<Recommendation>,
}

/// One work of a member's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogueEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub member: String,
    pub title: String,
    pub year: Option<i32>,
    pub work: WorkCard,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Catalogue {
    pub entries: Vec<CatalogueEntry>,
    /// Entries held for each member whose catalogue arrived.
    pub members: Vec<CatalogueSize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogueSize {
    pub member: String,
    #[ts(type = "number")]
    pub entries: u64,
}

/// A catalogue sealed into this profile's stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CataloguePublished {
    #[ts(type = "number")]
    pub entries: u64,
    #[ts(type = "number")]
    pub seq: u64,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// Recommends a work: `to` empty means every member whose card is held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecommendWorkRequest {
    pub work: WorkId,
    #[serde(default)]
    pub to: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_lang: Option<String>,
    #[serde(default)]
    pub section: Option<String>,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecommendPersonRequest {
    pub person: PersonCard,
    pub kind: RecommendationKind,
    #[serde(default)]
    pub to: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecommendationsQuery {
    #[serde(default)]
    pub work: Option<WorkId>,
    #[serde(default)]
    pub direction: Option<RecommendationDirection>,
}

/// Answers a received recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AnswerRequest {
    #[ts(type = "number")]
    pub id: i64,
    pub answer: Answer,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum Answer {
    /// Into an edition's section (a work), or as invited (a person).
    Accepted {
        #[serde(default)]
        edition: Option<String>,
        #[serde(default)]
        section: Option<String>,
    },
    Declined {
        reason: String,
    },
    Programmed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetRightsRequest {
    pub work: WorkId,
    pub rights: Vec<ScreeningRight>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogueQuery {
    #[serde(default)]
    pub query: Option<String>,
    #[serde(default)]
    pub member: Option<String>,
    #[serde(default = "default_catalogue_limit")]
    #[ts(type = "number")]
    pub limit: u64,
}

fn default_catalogue_limit() -> u64 {
    100
}

/// Takes a catalogue entry into an edition's section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TakeEntryRequest {
    #[ts(type = "number")]
    pub entry: i64,
    pub edition: String,
    pub section: String,
    pub lang: String,
}

/// The TypeScript declarations of the alliance's types.
pub(crate) fn alliance_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        RecommendationKind::decl(cfg),
        RecommendationDirection::decl(cfg),
        RecommendationState::decl(cfg),
        ScreeningRight::decl(cfg),
        ScreeningRights::decl(cfg),
        WorkCard::decl(cfg),
        PersonCard::decl(cfg),
        Warning::decl(cfg),
        RecipientState::decl(cfg),
        RecommendationEvent::decl(cfg),
        Recommendation::decl(cfg),
        Recommendations::decl(cfg),
        CatalogueEntry::decl(cfg),
        Catalogue::decl(cfg),
        CatalogueSize::decl(cfg),
        CataloguePublished::decl(cfg),
        RecommendWorkRequest::decl(cfg),
        RecommendPersonRequest::decl(cfg),
        RecommendationsQuery::decl(cfg),
        AnswerRequest::decl(cfg),
        Answer::decl(cfg),
        SetRightsRequest::decl(cfg),
        CatalogueQuery::decl(cfg),
        TakeEntryRequest::decl(cfg),
    ]
}
