//! The shapes of the registry and admissions: alliances with their tiers, secretariat and
//! admission criteria; members with kind, country, languages, contacts and memberships;
//! applications with evidence, sponsors and the decision.

use caravan_domain::{ApplicationState, ContactKind, MemberKind, Outcome};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A text in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LangText {
    pub lang: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    #[serde(default)]
    pub label: Option<String>,
}

/// A member's place in one alliance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Membership {
    pub alliance: String,
    /// A built-in tier (`basic`, `business`, `partnership`) or one of the alliance's own.
    pub tier: Option<String>,
    /// `YYYY` or `YYYY-MM-DD`.
    pub joined: Option<String>,
}

/// Which members a list shows; each given field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MembersQuery {
    #[serde(default)]
    pub alliance: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub kind: Option<MemberKind>,
    #[serde(default)]
    pub lang: Option<String>,
}

/// A member entered in the registry, or changed (by slug).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberRequest {
    pub slug: String,
    pub name: String,
    pub kind: MemberKind,
    pub country: String,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The alliance it is a member of, with its tier and the date it joined.
    #[serde(default)]
    pub alliance: Option<String>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub joined: Option<String>,
}

/// One of an alliance's own tiers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TierInfo {
    pub key: String,
    pub labels: Vec<LangText>,
}

/// What an alliance asks of an applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionInfo {
    pub key: String,
    pub texts: Vec<LangText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllianceInfo {
    pub slug: String,
    pub name: String,
    pub founded: Option<i32>,
    /// The member whose published registry this copy follows.
    pub secretariat: Option<String>,
    /// When the registry this copy follows was issued (ms since the epoch).
    #[ts(type = "number | null")]
    pub registry_issued_at: Option<i64>,
    #[ts(type = "number")]
    pub members: u64,
    /// The alliance's own tiers; empty when the built-in ones apply.
    pub tiers: Vec<TierInfo>,
    pub criteria: Vec<CriterionInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Alliances {
    pub alliances: Vec<AllianceInfo>,
}

/// An alliance added, or changed (by slug).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllianceRequest {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub founded: Option<i32>,
    #[serde(default)]
    pub secretariat: Option<String>,
}

/// One of an alliance's own tiers, added or relabelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TierRequest {
    pub alliance: String,
    pub key: String,
    pub labels: Vec<LangText>,
}

/// An admission criterion, added or reworded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionRequest {
    pub alliance: String,
    pub key: String,
    pub texts: Vec<LangText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PublishRegistryRequest {
    pub alliance: String,
}

/// A registry sealed to the members; it leaves with the next publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegistryPublished {
    pub alliance: String,
    #[ts(type = "number")]
    pub members: u64,
    #[ts(type = "number")]
    pub seq: u64,
}

/// The applicant's evidence for one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Evidence {
    pub criterion: String,
    pub text: String,
}

/// A member who recommends the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sponsor {
    pub member: String,
    pub note: Option<String>,
    #[ts(type = "number")]
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Decision {
    /// `YYYY-MM-DD`.
    pub on: String,
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Application {
    #[ts(type = "number")]
    pub id: i64,
    pub alliance: String,
    pub slug: String,
    pub name: String,
    pub kind: MemberKind,
    pub country: String,
    pub languages: Vec<String>,
    pub contact: Option<String>,
    pub tier: Option<String>,
    #[ts(type = "number")]
    pub applied_at: i64,
    pub state: ApplicationState,
    pub evidence: Vec<Evidence>,
    /// The alliance's criteria this application gives no evidence for.
    pub missing: Vec<String>,
    pub sponsors: Vec<Sponsor>,
    pub decision: Option<Decision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Applications {
    pub applications: Vec<Application>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationRequest {
    pub alliance: String,
    pub slug: String,
    pub name: String,
    pub kind: MemberKind,
    pub country: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub contact: Option<String>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationsQuery {
    #[serde(default)]
    pub alliance: Option<String>,
    #[serde(default)]
    pub state: Option<ApplicationState>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SponsorRequest {
    #[ts(type = "number")]
    pub application: i64,
    pub member: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecideRequest {
    #[ts(type = "number")]
    pub application: i64,
    pub outcome: Outcome,
    /// `YYYY-MM-DD`.
    pub on: String,
    #[serde(default)]
    pub votes_for: u32,
    #[serde(default)]
    pub votes_against: u32,
    #[serde(default)]
    pub votes_abstain: u32,
    #[serde(default)]
    pub note: Option<String>,
    /// The tier an admitted member joins in (else the one applied for).
    #[serde(default)]
    pub tier: Option<String>,
}

/// The TypeScript declarations of the registry's types.
pub(crate) fn registry_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        LangText::decl(cfg),
        ContactKind::decl(cfg),
        MemberKind::decl(cfg),
        Contact::decl(cfg),
        Membership::decl(cfg),
        MembersQuery::decl(cfg),
        MemberRequest::decl(cfg),
        TierInfo::decl(cfg),
        CriterionInfo::decl(cfg),
        AllianceInfo::decl(cfg),
        Alliances::decl(cfg),
        AllianceRequest::decl(cfg),
        TierRequest::decl(cfg),
        CriterionRequest::decl(cfg),
        PublishRegistryRequest::decl(cfg),
        RegistryPublished::decl(cfg),
        ApplicationState::decl(cfg),
        Evidence::decl(cfg),
        Sponsor::decl(cfg),
        Decision::decl(cfg),
        Application::decl(cfg),
        Applications::decl(cfg),
        ApplicationRequest::decl(cfg),
        ApplicationsQuery::decl(cfg),
        SponsorRequest::decl(cfg),
        Outcome::decl(cfg),
        DecideRequest::decl(cfg),
    ]
}
