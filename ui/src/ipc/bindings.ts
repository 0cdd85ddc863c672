// Generated from src-tauri/crates/core/src/api.rs by the core's test suite.
// Do not edit: run `UPDATE_BINDINGS=1 cargo test -p caravan-core` instead.

export type WorkId = number;

export type EditionId = number;

export type SectionId = number;

export type SubmissionId = number;

export type MediaId = number;

export type StatusChangeId = number;

export type WorkKind = "film" | "music";

export type CreditRole = "director" | "writer" | "producer" | "cast" | "cinematographer" | "editor" | "composer" | "lyricist" | "artist" | "performer";

export type IdentifierKind = "isan" | "eidr" | "isrc" | "iswc" | "filmfreeway-submission" | "filmfreeway-tracking" | "platform-submission" | "ddex-proprietary" | "caravan-demo";

export type JudgingKind = "undecided" | "selected" | "not-selected" | "label";

export type JudgingStatus = { "status": "undecided" } | { "status": "selected" } | { "status": "not-selected" } | { "status": "label", "label": string };

export type SubmissionColumn = "title" | "section" | "status" | "judging" | "countries" | "languages" | "year" | "submitted" | "id";

export type WorkColumn = "id" | "title" | "year";

export type TextField = "title" | "synopsis";

export type MediaKind = "poster" | "still" | "cover";

export type Provenance = "submitted" | "curator" | "machine";

export type ErrorPayload = { 
/**
 * Stable, kebab-case; act on this.
 */
code: string, 
/**
 * Localised; show this.
 */
message: string, 
/**
 * More about the failure, such as an import's report with every rejected row.
 */
details?: ImportReport | null, };

export type WorkSummary = { id: WorkId, kind: WorkKind, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, 
/**
 * The BCP 47 tag of `title`.
 */
title_lang: string, original_title: string, original_lang: string, year: number | null, 
/**
 * SHA-256 of the smallest thumbnail of the work's poster, when it has one.
 */
thumbnail: string | null, };

export type WorksPage = { 
/**
 * How many works the whole list has.
 */
total: number, offset: number, works: Array<WorkSummary>, 
/**
 * The cursor of the following page (`after`), null on the last.
 */
next: string | null, };

export type LocalizedText = { lang: string, text: string, original: boolean, provenance: Provenance, };

export type Credit = { role: CreditRole, name: string, };

export type Identifier = { kind: IdentifierKind, value: string, };

export type Field = { name: string, value: string, };

export type WorkDetail = { id: WorkId, kind: WorkKind, year: number | null, runtime_seconds: number | null, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, 
/**
 * The BCP 47 tag of `title`.
 */
title_lang: string, titles: Array<LocalizedText>, synopses: Array<LocalizedText>, credits: Array<Credit>, identifiers: Array<Identifier>, 
/**
 * ISO 3166-1 alpha-2 codes of the countries of origin.
 */
countries: Array<string>, 
/**
 * BCP 47 tags of the languages spoken or sung in the work.
 */
languages: Array<string>, 
/**
 * Genres as submitted.
 */
genres: Array<string>, 
/**
 * Everything else a submission carried: contacts, screeners, custom questions.
 */
fields: Array<Field>, 
/**
 * Posters, stills and cover art, posters first.
 */
media: Array<MediaInfo>, 
/**
 * Values an import kept as written because no vocabulary knew them.
 */
unresolved: Array<UnresolvedOnWork>, };

export type ThumbnailInfo = { 
/**
 * The long edge asked for: 160, 480 or 1280.
 */
size: number, width: number, height: number, format: string, sha256: string, 
/**
 * Absolute path of the file.
 */
path: string, };

export type MediaInfo = { id: MediaId, work_id: WorkId, kind: MediaKind, 
/**
 * SHA-256 of the original file.
 */
sha256: string, 
/**
 * After the EXIF orientation is applied.
 */
width: number, height: number, format: string, bytes: number, file_name: string | null, 
/**
 * Absolute path of the original.
 */
path: string, thumbnails: Array<ThumbnailInfo>, };

export type SimilarImages = { a_work: WorkId, b_work: WorkId, a_media: MediaId, b_media: MediaId, 
/**
 * Bits by which the perceptual hashes differ (0 = the same picture).
 */
distance: number, };

export type Section = { id: SectionId, slug: string, name: string, };

export type Label = { slug: string, name: string, };

export type Edition = { id: EditionId, slug: string, name: string, year: number | null, sections: Array<Section>, labels: Array<Label>, };

export type DemoTotals = { alliances: number, members: number, editions: number, works: number, };

export type Direction = "ltr" | "rtl";

export type UiLocale = { 
/**
 * One of the six interface locales.
 */
locale: string, dir: Direction, 
/**
 * Every interface locale, in the order the window offers them.
 */
available: Array<string>, };

export type SearchHit = { work_id: WorkId, 
/**
 * The title in the requested language, or the closest fallback.
 */
title: string, title_lang: string, 
/**
 * Higher is better; an exact title match scores 1000, and a work found only by
 * forgiving a typing slip scores below 0.
 */
score: number, };

export type SearchResults = { hits: Array<SearchHit>, };

export type RejectedRow = { line: number, 
/**
 * The column's header (FilmFreeway) or the element's path (DDEX); empty for a whole row.
 */
column: string, code: string, 
/**
 * Localised, naming the line, the column and the value.
 */
message: string, };

export type ImportReport = { imported: number, updated: number, unchanged: number, 
/**
 * The refused rows, the first thousand of them when there are more.
 */
rejected: Array<RejectedRow>, 
/**
 * How many problems there were in all.
 */
rejected_total: number, 
/**
 * True when nothing was stored: a dry run.
 */
dry_run: boolean, 
/**
 * What was kept but deserves a look, the first thousand when there are more.
 */
warnings: Array<ImportWarning>, 
/**
 * How many warnings there were in all.
 */
warnings_total: number, 
/**
 * The encoding a text file was read in (`UTF-8`, `windows-1251` …); `None` for a
 * workbook or an XML message.
 */
encoding: string | null, 
/**
 * Resources of a DDEX message that are not works (images, texts, software), by
 * kind, counted rather than passed over in silence.
 */
skipped: Array<SkippedResources>, };

export type ImportProgress = { rows: number, 
/**
 * From 0 to 1.
 */
fraction: number, };

export type IdKind = "isan" | "eidr" | "isrc" | "iswc" | "unknown";

export type IdCheckResult = { kind: IdKind, canonical: string | null, valid: boolean, 
/**
 * Localised; null when valid.
 */
reason: string | null, 
/**
 * Stable code of the problem, when not valid.
 */
reason_code: string | null, 
/**
 * Something to know about a valid identifier: `unknown-prefix` for an ISRC whose
 * prefix the IFPI list Caravan carries does not have yet.
 */
note: string | null, 
/**
 * The note, localised.
 */
note_message: string | null, };

export type DuplicateReason = "title" | "title-across-scripts" | "director" | "year" | "runtime" | "poster";

export type DuplicatePair = { a: WorkId, b: WorkId, a_title: string, b_title: string, a_lang: string, b_lang: string, 
/**
 * From 0 to 1.
 */
score: number, reasons: Array<DuplicateReason>, };

export type DuplicatePairs = { 
/**
 * How many pairs there are in all.
 */
total: number, pairs: Array<DuplicatePair>, 
/**
 * The cursor of the following page, null on the last.
 */
next: string | null, };

export type ExportResult = { written: number, path: string, };

export type SubmissionStatus = "in-consideration" | "incomplete" | "disqualified" | "withdrawn";

export type SubmissionItem = { id: SubmissionId, work_id: WorkId, title: string, title_lang: string, 
/**
 * The section's slug.
 */
section: string, section_name: string, status: SubmissionStatus, judging: JudgingKind, 
/**
 * The label's slug and name when `judging` is `label`.
 */
label: string | null, label_name: string | null, countries: Array<string>, languages: Array<string>, genres: Array<string>, year: number | null, runtime_seconds: number | null, 
/**
 * Milliseconds since 1970.
 */
submitted_at: number | null, };

export type SubmissionsPage = { 
/**
 * How many submissions the filter keeps.
 */
total: number, submissions: Array<SubmissionItem>, 
/**
 * The cursor of the following page (`after`), null on the last.
 */
next: string | null, };

export type Tally = { key: string, count: number, };

export type EditionStats = { total: number, by_country: Array<Tally>, by_language: Array<Tally>, by_genre: Array<Tally>, by_status: Array<Tally>, };

export type StatusChange = { change: StatusChangeId, changed: number, };

export type Vocabulary = { submission_statuses: Array<SubmissionStatus>, 
/**
 * The built-in judging statuses; an edition's own labels come with the edition.
 */
judging: Array<JudgingKind>, media_kinds: Array<MediaKind>, submission_columns: Array<SubmissionColumn>, work_columns: Array<WorkColumn>, export_formats: Array<ExportFormat>, identifier_kinds: Array<IdentifierKind>, };

export type Tier = "basic" | "business" | "partnership";

export type Qr = { size: number, modules: Array<boolean>, };

export type SealedIn = "keychain" | "passphrase";

export type IdentityInfo = { 
/**
 * Eight groups of seven characters, for reading aloud.
 */
fingerprint: string, name: string, member: string, country: string | null, languages: Array<string>, sealed_in: SealedIn, 
/**
 * The fingerprint as a QR code.
 */
qr: Qr, };

export type Trust = "unverified" | "verified" | "revoked";

export type MemberInfo = { slug: string, name: string, country: string | null, 
/**
 * Its tier in the first alliance (by slug) that gives it one.
 */
tier: string | null, languages: Array<string>, fingerprint: string | null, trust: Trust | null, 
/**
 * In the registry: what it is, where, how it is reached, and its memberships. A
 * member known only by its card has none of these.
 */
kind: MemberKind | null, city: string | null, contacts: Array<Contact>, memberships: Array<Membership>, };

export type MembersList = { members: Array<MemberInfo>, };

export type CardImported = { member: MemberInfo, 
/**
 * The card replaced the member's earlier key, signed by it.
 */
rotated: boolean, qr: Qr, };

export type CardWritten = { path: string, fingerprint: string, };

export type ExchangePoint = { id: number, location: string, name: string | null, 
/**
 * How far this copy's stream stands published there.
 */
published: number, };

export type ExchangePoints = { points: Array<ExchangePoint>, };

export type Composed = { seq: number, kind: string, 
/**
 * The recipients' member slugs.
 */
to: Array<string>, };

export type Published = { 
/**
 * Envelopes written to the point now (those already there are not counted).
 */
published: number, location: string, };

export type Refusal = { 
/**
 * The sender's fingerprint, grouped.
 */
sender: string, seq: number, code: string, message: string, };

export type PullEntry = { sender: string, sender_member: string | null, seq: number, kind: string, applied: boolean, };

export type PullReport = { applied: number, 
/**
 * Envelopes addressed to other members, passed over.
 */
skipped: number, refused: Array<Refusal>, 
/**
 * What was applied, one line each, for the window's log.
 */
log: Array<PullEntry>, };

export type SyncDirection = "both" | "publish" | "pull";

export type SyncPhase = "publish" | "pull";

export type ExchangeProgress = { phase: SyncPhase, 
/**
 * The exchange point.
 */
location: string, done: number, 
/**
 * Envelopes to move in all, when known.
 */
total: number, };

export type PointSync = { location: string, published: number, pull: PullReport, 
/**
 * Why the point could not be synced (whole or in part), when it could not.
 */
error: ErrorPayload | null, };

export type SyncReport = { points: Array<PointSync>, };

export type NoteAttachment = { name: string, sha256: string, bytes: number, };

export type Note = { sender: string, sender_member: string | null, sender_name: string | null, text: string, lang: string | null, 
/**
 * Milliseconds since 1970.
 */
sent_at: number, attachments: Array<NoteAttachment>, };

export type Notes = { notes: Array<Note>, };

export type IdentityInitRequest = { name: string, member: string, country: CountryCode | null, languages: Array<LangTag>, passphrase: string | null, };

export type UnlockRequest = { passphrase: string, };

export type WriteCardRequest = { path: string | null, };

export type ImportCardRequest = { path: string, };

export type VerifyMemberRequest = { member: string, fingerprint: string, };

export type AddPointRequest = { location: string, name: string | null, };

export type RemovePointRequest = { id: number, };

export type SendNoteRequest = { to: Array<string>, text: string, lang: string | null, };

export type SyncRequest = { direction: SyncDirection, };

export type RecommendationKind = "work" | "judge" | "guest";

export type RecommendationDirection = "outgoing" | "incoming";

export type RecommendationState = "sent" | "received" | "accepted" | "declined" | "programmed";

export type ScreeningRight = { 
/**
 * ISO 3166-1 alpha-2, or `WORLD`.
 */
territory: string, 
/**
 * True for a territory taken out of a wider grant.
 */
excluded: boolean, 
/**
 * The window, ISO 8601 dates, inclusive.
 */
starts: string | null, ends: string | null, };

export type ScreeningRights = { work_id: WorkId, rights: Array<ScreeningRight>, };

export type WorkCard = { kind: WorkKind, year: number | null, runtime_seconds: number | null, titles: Array<LocalizedText>, synopses: Array<LocalizedText>, credits: Array<Credit>, identifiers: Array<Identifier>, countries: Array<string>, languages: Array<string>, genres: Array<string>, rights: Array<ScreeningRight>, 
/**
 * A link to a screener, when the work carries one.
 */
screener: string | null, 
/**
 * The posters that travel with it, by the attachments' names.
 */
posters: Array<string>, };

export type PersonCard = { 
/**
 * The name in each script or language it is written in.
 */
names: Array<LocalizedText>, roles: Array<string>, languages: Array<string>, country: string | null, contact: string | null, };

export type Warning = { code: string, message: string, member: string | null, territory: string | null, };

export type RecipientState = { member: string, state: RecommendationState, reason: string | null, edition: string | null, section: string | null, submission_id: number | null, };

export type RecommendationEvent = { member: string, state: RecommendationState, reason: string | null, at: number, };

export type Recommendation = { id: number, kind: RecommendationKind, direction: RecommendationDirection, 
/**
 * The most advanced state among its recipients (its own, when received).
 */
state: RecommendationState, 
/**
 * The member who sent it.
 */
from: string, 
/**
 * The members it went to.
 */
to: Array<string>, 
/**
 * The work it was made from, or (received) became once accepted.
 */
work_id: WorkId | null, title: string, note: string | null, note_lang: string | null, 
/**
 * The section the sender suggested.
 */
section: string | null, created_at: number, recipients: Array<RecipientState>, work: WorkCard | null, person: PersonCard | null, history: Array<RecommendationEvent>, 
/**
 * Said when it was made or answered: the territories the rights do not cover.
 */
warnings: Array<Warning>, };

export type Recommendations = { recommendations: Array<Recommendation>, };

export type CatalogueEntry = { id: number, member: string, title: string, year: number | null, work: WorkCard, };

export type Catalogue = { entries: Array<CatalogueEntry>, 
/**
 * Entries held for each member whose catalogue arrived.
 */
members: Array<CatalogueSize>, };

export type CatalogueSize = { member: string, entries: number, };

export type CataloguePublished = { entries: number, seq: number, bytes: number, };

export type RecommendWorkRequest = { work: WorkId, to: Array<string>, note: string | null, note_lang: string | null, section: string | null, lang: string, };

export type RecommendPersonRequest = { person: PersonCard, kind: RecommendationKind, to: Array<string>, note: string | null, note_lang: string | null, };

export type RecommendationsQuery = { work: WorkId | null, direction: RecommendationDirection | null, };

export type AnswerRequest = { id: number, answer: Answer, lang: string, };

export type Answer = { "state": "accepted", edition: string | null, section: string | null, } | { "state": "declined", reason: string, } | { "state": "programmed" };

export type SetRightsRequest = { work: WorkId, rights: Array<ScreeningRight>, };

export type CatalogueQuery = { query: string | null, member: string | null, limit: number, };

export type TakeEntryRequest = { entry: number, edition: string, section: string, lang: string, };

export type LangText = { lang: string, text: string, };

export type ContactKind = "email" | "phone" | "web" | "address";

export type MemberKind = "festival" | "institution" | "company" | "artist";

export type Contact = { kind: ContactKind, value: string, label: string | null, };

export type Membership = { alliance: string, 
/**
 * A built-in tier (`basic`, `business`, `partnership`) or one of the alliance's own.
 */
tier: string | null, 
/**
 * `YYYY` or `YYYY-MM-DD`.
 */
joined: string | null, };

export type MembersQuery = { alliance: string | null, country: string | null, tier: string | null, kind: MemberKind | null, lang: string | null, };

export type MemberRequest = { slug: string, name: string, kind: MemberKind, country: string, city: string | null, languages: Array<string>, contacts: Array<Contact>, 
/**
 * The alliance it is a member of, with its tier and the date it joined.
 */
alliance: string | null, tier: string | null, joined: string | null, };

export type TierInfo = { key: string, labels: Array<LangText>, };

export type CriterionInfo = { key: string, texts: Array<LangText>, };

export type AllianceInfo = { slug: string, name: string, founded: number | null, 
/**
 * The member whose published registry this copy follows.
 */
secretariat: string | null, 
/**
 * When the registry this copy follows was issued (ms since the epoch).
 */
registry_issued_at: number | null, members: number, 
/**
 * The alliance's own tiers; empty when the built-in ones apply.
 */
tiers: Array<TierInfo>, criteria: Array<CriterionInfo>, };

export type Alliances = { alliances: Array<AllianceInfo>, };

export type AllianceRequest = { slug: string, name: string, founded: number | null, secretariat: string | null, };

export type TierRequest = { alliance: string, key: string, labels: Array<LangText>, };

export type CriterionRequest = { alliance: string, key: string, texts: Array<LangText>, };

export type PublishRegistryRequest = { alliance: string, };

export type RegistryPublished = { alliance: string, members: number, seq: number, };

export type ApplicationState = "open" | "admitted" | "refused" | "withdrawn";

export type Evidence = { criterion: string, text: string, };

export type Sponsor = { member: string, note: string | null, at: number, };

export type Decision = { 
/**
 * `YYYY-MM-DD`.
 */
on: string, votes_for: number, votes_against: number, votes_abstain: number, note: string | null, };

export type Application = { id: number, alliance: string, slug: string, name: string, kind: MemberKind, country: string, languages: Array<string>, contact: string | null, tier: string | null, applied_at: number, state: ApplicationState, evidence: Array<Evidence>, 
/**
 * The alliance's criteria this application gives no evidence for.
 */
missing: Array<string>, sponsors: Array<Sponsor>, decision: Decision | null, };

export type Applications = { applications: Array<Application>, };

export type ApplicationRequest = { alliance: string, slug: string, name: string, kind: MemberKind, country: string, languages: Array<string>, contact: string | null, tier: string | null, evidence: Array<Evidence>, };

export type ApplicationsQuery = { alliance: string | null, state: ApplicationState | null, };

export type SponsorRequest = { application: number, member: string, note: string | null, };

export type Outcome = "admit" | "refuse" | "withdraw";

export type DecideRequest = { application: number, outcome: Outcome, 
/**
 * `YYYY-MM-DD`.
 */
on: string, votes_for: number, votes_against: number, votes_abstain: number, note: string | null, 
/**
 * The tier an admitted member joins in (else the one applied for).
 */
tier: string | null, };

export type RoundRef = { section: string, edition: string | null, round: number, };

export type RubricCriterion = { key: string, labels: Array<LangText>, min: number, max: number, step: number, weight: number, };

export type Rubric = { edition: string, section: string, round: number, deadline: string | null, blind: boolean, 
/**
 * Whether the round's entries are the previous round's shortlist.
 */
shortlisted: boolean, entries: number, criteria: Array<RubricCriterion>, };

export type CriterionAddRequest = { round: RoundRef, key: string, labels: Array<LangText>, min: number, max: number, step: number | null, weight: number | null, };

export type RoundRequest = { round: RoundRef, deadline: string | null, blind: boolean, shortlist: number | null, };

export type JurorInfo = { id: number, email: string, name: string, 
/**
 * The name in other scripts.
 */
names: Array<LangText>, languages: Array<string>, country: string | null, member: string | null, company: string | null, 
/**
 * The fingerprint of the juror's card, once it was given.
 */
fingerprint: string | null, };

export type JurorRequest = { email: string, name: string, names: Array<LangText>, languages: Array<string>, country: string | null, member: string | null, 
/**
 * The production company the juror works for, if any.
 */
company: string | null, 
/**
 * Sections whose jury the juror sits on (a section with none seated takes every
 * juror).
 */
sections: Array<RoundRef>, 
/**
 * A file holding the juror's card: packets are sealed to its keys, and score sheets
 * are taken only when signed by them.
 */
card: string | null, };

export type ConflictTarget = { "work": WorkId } | { "person": string } | { "member": string };

export type ConflictRequest = { juror: string, target: ConflictTarget, reason: string | null, };

export type ConflictInfo = { juror: string, work_id: WorkId, why: string, detail: string | null, 
/**
 * The reason in the interface language.
 */
message: string, };

export type Conflicts = { conflicts: Array<ConflictInfo>, };

export type AssignRequest = { round: RoundRef, reviews_per_entry: number, max_load: number | null, };

export type AssignmentInfo = { juror: string, work_id: WorkId, 
/**
 * `auto`, `manual` or `paper`.
 */
source: string, };

export type Uncovered = { work_id: WorkId, 
/**
 * `too-few-jurors` (conflicts and the jury's size leave fewer than asked) or
 * `jurors-full` (the loads allowed are taken).
 */
reason: string, 
/**
 * Reviews still missing.
 */
missing: number, message: string, };

export type AssignReport = { 
/**
 * Every assignment of the round, those kept and those made.
 */
assignments: Array<AssignmentInfo>, added: number, uncovered: Array<Uncovered>, cost: number, };

export type PairRequest = { round: RoundRef, juror: string, work: WorkId, };

export type ScoreRequest = { round: RoundRef, juror: string, work: WorkId, criterion: string, value: number, };

export type ScoresImported = { imported: number, updated: number, unchanged: number, rejected: Array<RejectedRow>, };

export type EntryResult = { work_id: WorkId, title: string, count: number, mean: number | null, median: number | null, stddev: number | null, min: number | null, max: number | null, normalized_mean: number | null, weighted_total: number | null, schulze_rank: number, borda_score: number, disagreement: boolean, };

export type Agreement = { total: number | null, criteria: { [key in string]: number | null }, };

export type JuryResults = { entries: Array<EntryResult>, krippendorff_alpha: Agreement, };

export type PacketWritten = { path: string, juror: string, rounds: number, entries: number, bytes: number, };

export type PacketOpened = { juror: string, 
/**
 * The chair's member, as its card names it.
 */
chair: string, rounds: number, entries: number, };

export type SheetWritten = { path: string, juror: string, scores: number, comments: number, };

export type SheetMerged = { juror: string, scores: number, 
/**
 * Scores that changed what was stored (newer than it).
 */
applied: number, 
/**
 * The same sheet merged before: nothing to do.
 */
already: boolean, };

export type JuryResultsRequest = { round: RoundRef, lang: string, };

export type Assignments = { assignments: Array<AssignmentInfo>, };

export type JurorSheetRequest = { round: RoundRef, juror: string, lang: string, };

export type CriterionScore = { key: string, value: number | null, };

export type SheetEntry = { work_id: WorkId, title: string, year: number | null, languages: Array<string>, screener: string | null, 
/**
 * Whether a screener file on this computer is attached (the window plays it).
 */
screener_file: boolean, scores: Array<CriterionScore>, 
/**
 * The juror's comment on the work.
 */
comment: string | null, complete: boolean, };

export type JurorSheet = { rubric: Rubric, juror: string, entries: Array<SheetEntry>, complete: number, };

export type ScoreAndSheetRequest = { score: ScoreRequest, sheet: JurorSheetRequest, };

export type AwardRequest = { edition: string, key: string, labels: Array<LangText>, 
/**
 * Whether a work that wins it may win no other exclusive award of the edition.
 */
exclusive: boolean, 
/**
 * Rounds that need an absolute majority before a relative one decides.
 */
absolute_rounds: number, };

export type Winner = { work_id: WorkId, title: string, round: number, votes: number, cast: number, };

export type AwardInfo = { edition: string, key: string, labels: Array<LangText>, exclusive: boolean, absolute_rounds: number, winners: Array<Winner>, };

export type Awards = { awards: Array<AwardInfo>, };

export type VoteRequest = { edition: string, award: string, round: number, voter: string, work: WorkId, };

export type TallyRequest = { edition: string, award: string, round: number, lang: string, };

export type VoteCount = { work_id: WorkId, title: string, votes: number, };

export type TallyInfo = { award: string, round: number, counts: Array<VoteCount>, cast: number, absolute: boolean, winner: WorkId | null, };

export type JurorTotals = { juror: string, totals: Array<number>, mean: number | null, };

export type Distribution = { 
/**
 * The scale of a total: the weighted means of the criteria's minimums and maximums.
 */
min: number, max: number, jurors: Array<JurorTotals>, };

export type AwardsRequest = { edition: string, lang: string, };

export type VoteAndListRequest = { vote: VoteRequest, lang: string, };

export type PacketExportRequest = { juror: string, path: string, };

export type FileRequest = { path: string, };

export type ScreenerRequest = { work: WorkId, path: string, };

export type CommentRequest = { round: RoundRef, juror: string, work: WorkId, comment: string, lang: string, };

export type ImportWarning = { line: number, 
/**
 * The column's header (tables) or the element's path (DDEX).
 */
column: string, code: string, 
/**
 * Localised, naming the line, the column, the value and the suggestion.
 */
message: string, 
/**
 * The value as written.
 */
value: string, 
/**
 * The closest known value, by name (`Qatar`).
 */
suggestion: string | null, 
/**
 * Its code (`QA`), for "treat this value as that".
 */
suggestion_code: string | null, 
/**
 * `country`, `language` or `status` when the value can be mapped once for every row
 * that carries it.
 */
vocabulary: string | null, };

export type SkippedResources = { 
/**
 * `Image`, `Text`, `SoftwareResource` …
 */
kind: string, count: number, };

export type UnresolvedOnWork = { vocabulary: string, value: string, };

export type UnresolvedValue = { vocabulary: string, value: string, works: number, suggestion: string | null, suggestion_code: string | null, };

export type UnresolvedList = { values: Array<UnresolvedValue>, };

export type AliasInfo = { vocabulary: string, name: string, code: string, };

export type AliasSet = { alias: AliasInfo, 
/**
 * Works that carried the value and now carry the code.
 */
resolved: number, };

export type AliasList = { aliases: Array<AliasInfo>, };

export type MappingColumn = { header: string, target: string, };

export type MappingInfo = { name: string, columns: Array<MappingColumn>, 
/**
 * True for the built-in preset.
 */
builtin: boolean, };

export type MappingList = { mappings: Array<MappingInfo>, 
/**
 * What a column can hold, for the import dialog's choices.
 */
targets: Array<string>, };

export type TablePreview = { headers: Array<string>, rows: Array<Array<string>>, 
/**
 * The encoding a text file is read in; `None` for a workbook.
 */
encoding: string | null, 
/**
 * True when the headers are FilmFreeway's own.
 */
filmfreeway: boolean, 
/**
 * The mapping guessed from the headers in any of the six interface languages.
 */
guess: MappingInfo, };

export type PreviewRequest = { path: string, encoding: string | null, };

export type SaveMappingRequest = { name: string, columns: Array<MappingColumn>, };

export type AliasRequest = { 
/**
 * `country`, `language` or `status`.
 */
vocabulary: string, name: string, code: string, };

export type CountryCode = string;

export type LangTag = string;

export type WorksQuery = { 
/**
 * The language titles are shown (and sorted) in, a BCP 47 tag.
 */
lang: string, edition: EditionId | null, sort: WorkColumn, descending: boolean, 
/**
 * The `next` cursor of the page before.
 */
after: string | null, 
/**
 * Rows to skip (after the cursor, or from the start): a jump into a long list.
 */
offset: number, limit: number, };

export type WorkRequest = { work: WorkId, lang: string, };

export type SetUiLocaleRequest = { locale: string, };

export type AddMediaRequest = { work: WorkId, path: string, kind: MediaKind, };

export type RemoveMediaRequest = { media: MediaId, };

export type SearchRequest = { query: string, lang: string, limit: number, };

export type SubmissionFilter = { status: SubmissionStatus | null, 
/**
 * A built-in judging status, or one of the edition's labels.
 */
judging: JudgingStatus | null, 
/**
 * One of the edition's sections.
 */
section: SectionId | null, 
/**
 * A country the work was made in.
 */
country: CountryCode | null, 
/**
 * A language the work is in; `fr` also keeps `fr-CA`.
 */
language: LangTag | null, 
/**
 * Words of a title or a credited name, as the search box takes them.
 */
text: string | null, };

export type SubmissionsQuery = { edition: EditionId, 
/**
 * The language titles are shown (and sorted) in.
 */
lang: string, filter: SubmissionFilter, sort: SubmissionColumn, descending: boolean, 
/**
 * The `next` cursor of the page before.
 */
after: string | null, 
/**
 * Rows to skip (after the cursor, or from the start): a jump into a long table.
 */
offset: number, limit: number, };

export type StatsRequest = { edition: EditionId, filter: SubmissionFilter, };

export type Selection = { "ids": Array<SubmissionId> } | { "filter": { edition: EditionId, filter: SubmissionFilter, } };

export type SetStatusesRequest = { selection: Selection, status: SubmissionStatus | null, judging: JudgingStatus | null, };

export type UndoStatusesRequest = { change: StatusChangeId, };

export type ImportKind = "filmfreeway" | "ddex" | "table";

export type ImportRequest = { kind: ImportKind, path: string, edition: EditionId, 
/**
 * For DDEX, the section the recordings enter (else the edition's first).
 */
section: SectionId | null, partial: boolean, dry_run: boolean, 
/**
 * For a table, the saved mapping's name (or `filmfreeway`).
 */
mapping: string | null, 
/**
 * A text file's encoding by its label (`windows-1251`), overriding detection.
 */
encoding: string | null, };

export type DuplicatesQuery = { edition: EditionId | null, lang: string, after: string | null, limit: number, };

export type MergeRequest = { keep: WorkId, other: WorkId, lang: string, };

export type DismissRequest = { a: WorkId, b: WorkId, };

export type SaveLanguageRequest = { work: WorkId, 
/**
 * The BCP 47 tag of the language edited.
 */
tag: string, title: string, synopsis: string, 
/**
 * Make this language's title (and synopsis) the original.
 */
original: boolean, 
/**
 * The language the reply's titles are shown in.
 */
lang: string, };

export type RemoveLanguageRequest = { work: WorkId, tag: string, lang: string, };

export type ExportFormat = "csv" | "xlsx" | "json";

export type ExportRequest = { edition: EditionId, format: ExportFormat, 
/**
 * Where to write; the shell picks the downloads folder when absent.
 */
path: string | null, filter: SubmissionFilter, lang: string, };

export type AddIdentifierRequest = { work: WorkId, value: string, lang: string, };
