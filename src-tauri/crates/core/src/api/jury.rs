//! The shapes of juries: a section's rounds and rubrics, jurors, conflicts with why,
//! assignments, scores and results (CLI.md, "Juries").

use super::LangText;
use caravan_domain::WorkId;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which round of which section: a section's slug (with its edition's when the slug is
/// used in more than one) and a round number, 1 when not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoundRef {
    pub section: String,
    #[serde(default)]
    pub edition: Option<String>,
    #[serde(default = "first_round")]
    pub round: u32,
}

fn first_round() -> u32 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RubricCriterion {
    pub key: String,
    pub labels: Vec<LangText>,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub weight: f64,
}

/// A round with its rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Rubric {
    pub edition: String,
    pub section: String,
    pub round: u32,
    pub deadline: Option<String>,
    pub blind: bool,
    /// Whether the round's entries are the previous round's shortlist.
    pub shortlisted: bool,
    #[ts(type = "number")]
    pub entries: u64,
    pub criteria: Vec<RubricCriterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CriterionAddRequest {
    pub round: RoundRef,
    pub key: String,
    pub labels: Vec<LangText>,
    pub min: f64,
    pub max: f64,
    #[serde(default)]
    pub step: Option<f64>,
    #[serde(default)]
    pub weight: Option<f64>,
}

/// A round set up: its deadline, whether jurors see submitters and credits, and for a
/// round after the first, the previous round's best `shortlist` entries it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoundRequest {
    pub round: RoundRef,
    #[serde(default)]
    pub deadline: Option<String>,
    #[serde(default)]
    pub blind: bool,
    #[serde(default)]
    pub shortlist: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JurorInfo {
    #[ts(type = "number")]
    pub id: i64,
    pub email: String,
    pub name: String,
    /// The name in other scripts.
    pub names: Vec<LangText>,
    pub languages: Vec<String>,
    pub country: Option<String>,
    pub member: Option<String>,
    pub company: Option<String>,
    /// The fingerprint of the juror's card, once it was given.
    pub fingerprint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JurorRequest {
    pub email: String,
    pub name: String,
    #[serde(default)]
    pub names: Vec<LangText>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub member: Option<String>,
    /// The production company the juror works for, if any.
    #[serde(default)]
    pub company: Option<String>,
    /// Sections whose jury the juror sits on (a section with none seated takes every
    /// juror).
    #[serde(default)]
    pub sections: Vec<RoundRef>,
    /// A file holding the juror's card: packets are sealed to its keys, and score sheets
    /// are taken only when signed by them.
    #[serde(default)]
    pub card: Option<String>,
}

/// What a conflict is with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictTarget {
    Work(WorkId),
    Person(String),
    Member(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConflictRequest {
    pub juror: String,
    pub target: ConflictTarget,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Why a juror may not review a work: `declared` (with the reason given), or found in the
/// data — `recommended-by-member`, `credited`, `same-company` — with what it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConflictInfo {
    pub juror: String,
    pub work_id: WorkId,
    pub why: String,
    pub detail: Option<String>,
    /// The reason in the interface language.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Conflicts {
    pub conflicts: Vec<ConflictInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AssignRequest {
    pub round: RoundRef,
    pub reviews_per_entry: u32,
    #[serde(default)]
    pub max_load: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AssignmentInfo {
    pub juror: String,
    pub work_id: WorkId,
    /// `auto`, `manual` or `paper`.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Uncovered {
    pub work_id: WorkId,
    /// `too-few-jurors` (conflicts and the jury's size leave fewer than asked) or
    /// `jurors-full` (the loads allowed are taken).
    pub reason: String,
    /// Reviews still missing.
    pub missing: u32,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AssignReport {
    /// Every assignment of the round, those kept and those made.
    pub assignments: Vec<AssignmentInfo>,
    #[ts(type = "number")]
    pub added: u64,
    pub uncovered: Vec<Uncovered>,
    #[ts(type = "number")]
    pub cost: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairRequest {
    pub round: RoundRef,
    pub juror: String,
    pub work: WorkId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ScoreRequest {
    pub round: RoundRef,
    pub juror: String,
    pub work: WorkId,
    pub criterion: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ScoresImported {
    #[ts(type = "number")]
    pub imported: u64,
    #[ts(type = "number")]
    pub updated: u64,
    #[ts(type = "number")]
    pub unchanged: u64,
    pub rejected: Vec<super::RejectedRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EntryResult {
    pub work_id: WorkId,
    pub title: String,
    #[ts(type = "number")]
    pub count: u64,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub stddev: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub normalized_mean: Option<f64>,
    pub weighted_total: Option<f64>,
    #[ts(type = "number")]
    pub schulze_rank: u64,
    pub borda_score: f64,
    pub disagreement: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Agreement {
    pub total: Option<f64>,
    pub criteria: std::collections::BTreeMap<String, Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct JuryResults {
    pub entries: Vec<EntryResult>,
    pub krippendorff_alpha: Agreement,
}

/// A packet written for a juror.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PacketWritten {
    pub path: String,
    pub juror: String,
    #[ts(type = "number")]
    pub rounds: u64,
    #[ts(type = "number")]
    pub entries: u64,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// A packet opened on a juror's laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PacketOpened {
    pub juror: String,
    /// The chair's member, as its card names it.
    pub chair: String,
    #[ts(type = "number")]
    pub rounds: u64,
    #[ts(type = "number")]
    pub entries: u64,
}

/// A score sheet written by a juror.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SheetWritten {
    pub path: String,
    pub juror: String,
    #[ts(type = "number")]
    pub scores: u64,
    #[ts(type = "number")]
    pub comments: u64,
}

/// A score sheet merged on the chair's side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SheetMerged {
    pub juror: String,
    #[ts(type = "number")]
    pub scores: u64,
    /// Scores that changed what was stored (newer than it).
    #[ts(type = "number")]
    pub applied: u64,
    /// The same sheet merged before: nothing to do.
    pub already: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JuryResultsRequest {
    pub round: RoundRef,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Assignments {
    pub assignments: Vec<AssignmentInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JurorSheetRequest {
    pub round: RoundRef,
    pub juror: String,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CriterionScore {
    pub key: String,
    pub value: Option<f64>,
}

/// One entry of a juror's sheet, as the scoring screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SheetEntry {
    pub work_id: WorkId,
    pub title: String,
    pub year: Option<i32>,
    pub languages: Vec<String>,
    pub screener: Option<String>,
    /// Whether a screener file on this computer is attached (the window plays it).
    pub screener_file: bool,
    pub scores: Vec<CriterionScore>,
    /// The juror's comment on the work.
    pub comment: Option<String>,
    pub complete: bool,
}

/// A juror's sheet for a round: the rubric and every entry assigned, with the scores set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct JurorSheet {
    pub rubric: Rubric,
    pub juror: String,
    pub entries: Vec<SheetEntry>,
    #[ts(type = "number")]
    pub complete: u64,
}

/// A score set from the scoring screen, and the sheet to show after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ScoreAndSheetRequest {
    pub score: ScoreRequest,
    pub sheet: JurorSheetRequest,
}

/// An award category of an edition, added or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AwardRequest {
    pub edition: String,
    pub key: String,
    pub labels: Vec<LangText>,
    /// Whether a work that wins it may win no other exclusive award of the edition.
    #[serde(default = "yes")]
    pub exclusive: bool,
    /// Rounds that need an absolute majority before a relative one decides.
    #[serde(default = "two")]
    pub absolute_rounds: u32,
}

fn yes() -> bool {
    true
}

fn two() -> u32 {
    2
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Winner {
    pub work_id: WorkId,
    pub title: String,
    pub round: u32,
    pub votes: u32,
    pub cast: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AwardInfo {
    pub edition: String,
    pub key: String,
    pub labels: Vec<LangText>,
    pub exclusive: bool,
    pub absolute_rounds: u32,
    pub winners: Vec<Winner>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Awards {
    pub awards: Vec<AwardInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VoteRequest {
    pub edition: String,
    pub award: String,
    pub round: u32,
    pub voter: String,
    pub work: WorkId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TallyRequest {
    pub edition: String,
    pub award: String,
    pub round: u32,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VoteCount {
    pub work_id: WorkId,
    pub title: String,
    pub votes: u32,
}

/// A ballot round counted: the votes, how many were cast, whether an absolute majority
/// was needed, and the winner when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TallyInfo {
    pub award: String,
    pub round: u32,
    pub counts: Vec<VoteCount>,
    pub cast: u32,
    pub absolute: bool,
    pub winner: Option<WorkId>,
}

/// One juror's totals in a round (complete sheets), to see a harsh or lenient juror.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct JurorTotals {
    pub juror: String,
    pub totals: Vec<f64>,
    pub mean: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Distribution {
    /// The scale of a total: the weighted means of the criteria's minimums and maximums.
    pub min: f64,
    pub max: f64,
    pub jurors: Vec<JurorTotals>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AwardsRequest {
    pub edition: String,
    pub lang: String,
}

/// A vote from the window, and the awards to show after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VoteAndListRequest {
    pub vote: VoteRequest,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PacketExportRequest {
    pub juror: String,
    pub path: String,
}

/// A file to read or write, by its path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileRequest {
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScreenerRequest {
    pub work: WorkId,
    pub path: String,
}

/// A juror's comment on a work, from the scoring screen, and the sheet to show after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommentRequest {
    pub round: RoundRef,
    pub juror: String,
    pub work: WorkId,
    pub comment: String,
    pub lang: String,
}

/// The TypeScript declarations of the juries' types.
pub(crate) fn jury_decls(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        RoundRef::decl(cfg),
        RubricCriterion::decl(cfg),
        Rubric::decl(cfg),
        CriterionAddRequest::decl(cfg),
        RoundRequest::decl(cfg),
        JurorInfo::decl(cfg),
        JurorRequest::decl(cfg),
        ConflictTarget::decl(cfg),
        ConflictRequest::decl(cfg),
        ConflictInfo::decl(cfg),
        Conflicts::decl(cfg),
        AssignRequest::decl(cfg),
        AssignmentInfo::decl(cfg),
        Uncovered::decl(cfg),
        AssignReport::decl(cfg),
        PairRequest::decl(cfg),
        ScoreRequest::decl(cfg),
        ScoresImported::decl(cfg),
        EntryResult::decl(cfg),
        Agreement::decl(cfg),
        JuryResults::decl(cfg),
        PacketWritten::decl(cfg),
        PacketOpened::decl(cfg),
        SheetWritten::decl(cfg),
        SheetMerged::decl(cfg),
        JuryResultsRequest::decl(cfg),
        Assignments::decl(cfg),
        JurorSheetRequest::decl(cfg),
        CriterionScore::decl(cfg),
        SheetEntry::decl(cfg),
        JurorSheet::decl(cfg),
        ScoreAndSheetRequest::decl(cfg),
        AwardRequest::decl(cfg),
        Winner::decl(cfg),
        AwardInfo::decl(cfg),
        Awards::decl(cfg),
        VoteRequest::decl(cfg),
        TallyRequest::decl(cfg),
        VoteCount::decl(cfg),
        TallyInfo::decl(cfg),
        JurorTotals::decl(cfg),
        Distribution::decl(cfg),
        AwardsRequest::decl(cfg),
        VoteAndListRequest::decl(cfg),
        PacketExportRequest::decl(cfg),
        FileRequest::decl(cfg),
        ScreenerRequest::decl(cfg),
        CommentRequest::decl(cfg),
    ]
}
