//! The shapes of the exchange: this copy's identity and members' keys, exchange points,
//! what a publish and a pull did, and the notes members sent.

use caravan_domain::MemberKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A QR code: `size` × `size` modules, row by row, true where dark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Qr {
    pub size: u32,
    pub modules: Vec<bool>,
}

/// Where a profile's secret keys are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SealedIn {
    /// The operating system's keychain.
    Keychain,
    /// Sealed with a passphrase, in the database.
    Passphrase,
}

/// This copy's identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IdentityInfo {
    /// Eight groups of seven characters, for reading aloud.
    pub fingerprint: String,
    pub name: String,
    pub member: String,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub sealed_in: SealedIn,
    /// The fingerprint as a QR code.
    pub qr: Qr,
}

/// Whether a person compared a member's fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Trust {
    /// Imported, not yet compared.
    Unverified,
    /// Compared with the member, over the phone or in person.
    Verified,
    /// Revoked: nothing more it signs is taken.
    Revoked,
}

/// A member of the alliances, and the key its card names when a card is held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberInfo {
    pub slug: String,
    pub name: String,
    pub country: Option<String>,
    /// Its tier in the first alliance (by slug) that gives it one.
    pub tier: Option<String>,
    pub languages: Vec<String>,
    pub fingerprint: Option<String>,
    pub trust: Option<Trust>,
    /// In the registry: what it is, where, how it is reached, and its memberships. A
    /// member known only by its card has none of these.
    pub kind: Option<MemberKind>,
    pub city: Option<String>,
    pub contacts: Vec<super::Contact>,
    pub memberships: Vec<super::Membership>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MembersList {
    pub members: Vec<MemberInfo>,
}

/// What importing a card did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CardImported {
    pub member: MemberInfo,
    /// The card replaced the member's earlier key, signed by it.
    pub rotated: bool,
    pub qr: Qr,
}

/// A card written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CardWritten {
    pub path: String,
    pub fingerprint: String,
}

/// A place where the alliance's copies meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangePoint {
    #[ts(type = "number")]
    pub id: i64,
    pub location: String,
    pub name: Option<String>,
    /// How far this copy's stream stands published there.
    #[ts(type = "number")]
    pub published: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangePoints {
    pub points: Vec<ExchangePoint>,
}

/// An envelope added to this copy's stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Composed {
    #[ts(type = "number")]
    pub seq: u64,
    pub kind: String,
    /// The recipients' member slugs.
    pub to: Vec<String>,
}

/// What a publish did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Published {
    /// Envelopes written to the point now (those already there are not counted).
    #[ts(type = "number")]
    pub published: u64,
    pub location: String,
}

/// An envelope a pull refused, and why; it changed nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Refusal {
    /// The sender's fingerprint, grouped.
    pub sender: String,
    #[ts(type = "number")]
    pub seq: u64,
    pub code: String,
    pub message: String,
}

/// What a pull did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PullReport {
    #[ts(type = "number")]
    pub applied: u64,
    /// Envelopes addressed to other members, passed over.
    #[ts(type = "number")]
    pub skipped: u64,
    pub refused: Vec<Refusal>,
    /// What was applied, one line each, for the window's log.
    pub log: Vec<PullEntry>,
}

/// One envelope a pull applied or passed over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PullEntry {
    pub sender: String,
    pub sender_member: Option<String>,
    #[ts(type = "number")]
    pub seq: u64,
    pub kind: String,
    pub applied: bool,
}

/// What a sync does at each exchange point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SyncDirection {
    /// Publish this profile's stream, then pull the others'.
    Both,
    Publish,
    Pull,
}

/// Which half of a sync is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SyncPhase {
    Publish,
    Pull,
}

/// How far a publish or a pull has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExchangeProgress {
    pub phase: SyncPhase,
    /// The exchange point.
    pub location: String,
    #[ts(type = "number")]
    pub done: u64,
    /// Envelopes to move in all, when known.
    #[ts(type = "number")]
    pub total: u64,
}

/// What a sync did at one exchange point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PointSync {
    pub location: String,
    #[ts(type = "number")]
    pub published: u64,
    pub pull: PullReport,
    /// Why the point could not be synced (whole or in part), when it could not.
    pub error: Option<super::ErrorPayload>,
}

/// What a sync with every exchange point did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncReport {
    pub points: Vec<PointSync>,
}

/// An attachment of a note, kept by content beside the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoteAttachment {
    pub name: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// A note a member sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Note {
    pub sender: String,
    pub sender_member: Option<String>,
    pub sender_name: Option<String>,
    pub text: String,
    pub lang: Option<String>,
    /// Milliseconds since 1970.
    #[ts(type = "number")]
    pub sent_at: i64,
    pub attachments: Vec<NoteAttachment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Notes {
    pub notes: Vec<Note>,
}

/// Makes this profile's identity. `passphrase` seals the keys where no keychain answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IdentityInitRequest {
    pub name: String,
    pub member: String,
    #[serde(default)]
    pub country: Option<caravan_domain::CountryCode>,
    #[serde(default)]
    pub languages: Vec<caravan_domain::LangTag>,
    #[serde(default)]
    pub passphrase: Option<String>,
}

/// Opens keys sealed with a passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnlockRequest {
    pub passphrase: String,
}

/// Writes this profile's card; to the downloads folder when no path is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WriteCardRequest {
    #[serde(default)]
    pub path: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportCardRequest {
    pub path: String,
}

/// A fingerprint compared with the member, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VerifyMemberRequest {
    pub member: String,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AddPointRequest {
    pub location: String,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RemovePointRequest {
    #[ts(type = "number")]
    pub id: i64,
}

/// A note to members: `to` names them; empty, it goes to every member whose card is held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SendNoteRequest {
    #[serde(default)]
    pub to: Vec<String>,
    pub text: String,
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncRequest {
    #[serde(default = "both")]
    pub direction: SyncDirection,
}

fn both() -> SyncDirection {
    SyncDirection::Both
}

/// The TypeScript declarations of the exchange's types.
pub(crate) fn exchange_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        Qr::decl(cfg),
        SealedIn::decl(cfg),
        IdentityInfo::decl(cfg),
        Trust::decl(cfg),
        MemberInfo::decl(cfg),
        MembersList::decl(cfg),
        CardImported::decl(cfg),
        CardWritten::decl(cfg),
        ExchangePoint::decl(cfg),
        ExchangePoints::decl(cfg),
        Composed::decl(cfg),
        Published::decl(cfg),
        Refusal::decl(cfg),
        PullEntry::decl(cfg),
        PullReport::decl(cfg),
        SyncDirection::decl(cfg),
        SyncPhase::decl(cfg),
        ExchangeProgress::decl(cfg),
        PointSync::decl(cfg),
        SyncReport::decl(cfg),
        NoteAttachment::decl(cfg),
        Note::decl(cfg),
        Notes::decl(cfg),
        IdentityInitRequest::decl(cfg),
        UnlockRequest::decl(cfg),
        WriteCardRequest::decl(cfg),
        ImportCardRequest::decl(cfg),
        VerifyMemberRequest::decl(cfg),
        AddPointRequest::decl(cfg),
        RemovePointRequest::decl(cfg),
        SendNoteRequest::decl(cfg),
        SyncRequest::decl(cfg),
    ]
}
