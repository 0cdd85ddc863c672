// The only module that talks to the Rust side. Each command takes one request and
// returns one response, both typed by the generated bindings; every call returns the
// result or rejects with an ErrorPayload {code, message}; nothing here swallows an error.
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type {
  AliasRequest,
  AliasSet,
  MappingInfo,
  MappingList,
  PreviewRequest,
  SaveMappingRequest,
  TablePreview,

  AnswerRequest,
  Catalogue,
  CataloguePublished,
  CatalogueQuery,
  RecommendPersonRequest,
  RecommendWorkRequest,
  Recommendation,
  Recommendations,
  RecommendationsQuery,
  ScreeningRights,
  SetRightsRequest,
  TakeEntryRequest,
  AddPointRequest,
  CardImported,
  CardWritten,
  Composed,
  ExchangePoints,
  ExchangeProgress,
  IdentityInfo,
  IdentityInitRequest,
  ImportCardRequest,
  MemberInfo,
  MembersList,
  Notes,
  SendNoteRequest,
  SyncDirection,
  SyncReport,
  VerifyMemberRequest,
  AddIdentifierRequest,
  AddMediaRequest,
  DismissRequest,
  DuplicatePairs,
  DuplicatesQuery,
  Edition,
  EditionStats,
  ErrorPayload,
  ExportRequest,
  ExportResult,
  ImportProgress,
  ImportReport,
  ImportRequest,
  MediaId,
  MediaInfo,
  MergeRequest,
  RemoveLanguageRequest,
  SaveLanguageRequest,
  SearchRequest,
  SearchResults,
  SetStatusesRequest,
  StatsRequest,
  StatusChange,
  StatusChangeId,
  SubmissionFilter,
  SubmissionsPage,
  SubmissionsQuery,
  UiLocale,
  Vocabulary,
  WorkDetail,
  WorkId,
  WorksPage,
  WorksQuery,
  AllianceInfo,
  Alliances,
  Application,
  ApplicationRequest,
  Applications,
  ApplicationsQuery,
  CriterionRequest,
  DecideRequest,
  MemberRequest,
  MembersQuery,
  RegistryPublished,
  SponsorRequest,
  AssignReport,
  AssignRequest,
  Assignments,
  JurorSheet,
  JurorSheetRequest,
  JuryResults,
  JuryResultsRequest,
  RoundRef,
  Rubric,
  ScoreAndSheetRequest,
  CommentRequest,
  ConflictRequest,
  PairRequest,
  AssignmentInfo,
  Awards,
  AwardsRequest,
  Conflicts,
  Distribution,
  TallyInfo,
  TallyRequest,
  VoteAndListRequest,
  CriterionAddRequest,
  JurorInfo,
  JurorRequest,
  PacketExportRequest,
  PacketOpened,
  PacketWritten,
  SheetMerged,
  SheetWritten,
} from "./bindings";

export type * from "./bindings";

function isPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isPayload(e)) throw e;
    // Not an error of ours (the IPC itself failed): keep its words, give it a code.
    throw { code: "unexpected", message: String(e) } satisfies ErrorPayload;
  }
}

/** A command whose one argument is its request. */
function ask<Req, Res>(command: string): (request: Req) => Promise<Res> {
  return (request) => call<Res>(command, { request });
}

export function toPayload(e: unknown): ErrorPayload {
  return isPayload(e) ? e : { code: "unexpected", message: String(e) };
}

/** A filter that keeps everything. */
export const NO_FILTER: SubmissionFilter = {
  status: null,
  judging: null,
  section: null,
  country: null,
  language: null,
  text: null,
};

/** A members query that keeps everyone. */
export const ALL_MEMBERS: MembersQuery = { alliance: null, country: null, tier: null, kind: null, lang: null };

export const ipc = {
  uiLocale: () => call<UiLocale>("ui_locale"),
  setUiLocale: (locale: string) => call<UiLocale>("set_ui_locale", { request: { locale } }),
  vocabulary: () => call<Vocabulary>("vocabulary"),
  worksPage: ask<WorksQuery, WorksPage>("works_page"),
  workDetail: (work: WorkId, lang: string) => call<WorkDetail>("work_detail", { request: { work, lang } }),
  startupPainted: () => call<void>("startup_painted"),
  addMedia: ask<AddMediaRequest, MediaInfo>("add_media"),
  removeMedia: (media: MediaId) => call<MediaId>("remove_media", { request: { media } }),
  search: ask<SearchRequest, SearchResults>("search"),
  editions: () => call<Edition[]>("editions"),
  submissionsPage: ask<SubmissionsQuery, SubmissionsPage>("submissions_page"),
  editionStats: ask<StatsRequest, EditionStats>("edition_stats"),
  setStatuses: ask<SetStatusesRequest, StatusChange>("set_statuses"),
  undoStatuses: (change: StatusChangeId) => call<StatusChange>("undo_statuses", { request: { change } }),
  importFile: (request: ImportRequest, onProgress: (p: ImportProgress) => void) => {
    const progress = new Channel<ImportProgress>();
    progress.onmessage = onProgress;
    return call<ImportReport>("import_file", { request, progress });
  },
  previewTable: ask<PreviewRequest, TablePreview>("preview_table"),
  mappings: () => call<MappingList>("mappings"),
  saveMapping: ask<SaveMappingRequest, MappingInfo>("save_mapping"),
  setAlias: ask<AliasRequest, AliasSet>("set_alias"),
  /** The platform's open dialog: one file, of the kinds named; null when cancelled. */
  chooseFile: async (filters: { name: string; extensions: string[] }[]): Promise<string | null> => {
    const chosen = await openDialog({ multiple: false, directory: false, filters });
    return typeof chosen === "string" ? chosen : null;
  },
  /** The platform's save dialog, starting at a suggested name; null when cancelled. */
  chooseSavePath: (defaultPath: string, filters: { name: string; extensions: string[] }[]) =>
    saveDialog({ defaultPath, filters }),
  duplicates: ask<DuplicatesQuery, DuplicatePairs>("duplicates"),
  mergeWorks: ask<MergeRequest, WorkDetail>("merge_works"),
  dismissDuplicate: ask<DismissRequest, void>("dismiss_duplicate"),
  saveLanguage: ask<SaveLanguageRequest, WorkDetail>("save_language"),
  removeLanguage: ask<RemoveLanguageRequest, WorkDetail>("remove_language"),
  addIdentifier: ask<AddIdentifierRequest, WorkDetail>("add_identifier"),
  exportEdition: ask<ExportRequest, ExportResult>("export_edition"),
  identityInfo: () => call<IdentityInfo>("identity_info"),
  identityInit: ask<IdentityInitRequest, IdentityInfo>("identity_init"),
  unlock: (passphrase: string) => call<IdentityInfo>("unlock", { request: { passphrase } }),
  writeCard: (path: string | null) => call<CardWritten>("write_card", { request: { path } }),
  membersList: (query: Partial<MembersQuery> = {}) => call<MembersList>("members_list", { request: { ...ALL_MEMBERS, ...query } }),
  putMember: ask<MemberRequest, MemberInfo>("put_member"),
  alliances: () => call<Alliances>("alliances"),
  putCriterion: ask<CriterionRequest, AllianceInfo>("put_criterion"),
  publishRegistry: (alliance: string) => call<RegistryPublished>("publish_registry", { request: { alliance } }),
  applications: ask<ApplicationsQuery, Applications>("applications"),
  applyForMembership: ask<ApplicationRequest, Application>("apply_for_membership"),
  sponsorApplication: ask<SponsorRequest, Application>("sponsor_application"),
  decideApplication: ask<DecideRequest, Application>("decide_application"),
  juryRubric: ask<RoundRef, Rubric>("jury_rubric"),
  juryAssignments: ask<RoundRef, Assignments>("jury_assignments"),
  juryAssign: ask<AssignRequest, AssignReport>("jury_assign"),
  juryAssignAdd: ask<PairRequest, AssignmentInfo>("jury_assign_add"),
  juryAssignRemove: ask<PairRequest, AssignmentInfo>("jury_assign_remove"),
  jurySheet: ask<JurorSheetRequest, JurorSheet>("jury_sheet"),
  juryScore: ask<ScoreAndSheetRequest, JurorSheet>("jury_score"),
  juryComment: ask<CommentRequest, JurorSheet>("jury_comment"),
  juryConflictAdd: ask<ConflictRequest, Conflicts>("jury_conflict_add"),
  juryResults: ask<JuryResultsRequest, JuryResults>("jury_results"),
  juryConflicts: ask<RoundRef, Conflicts>("jury_conflicts"),
  juryDistribution: ask<RoundRef, Distribution>("jury_distribution"),
  awards: ask<AwardsRequest, Awards>("awards"),
  awardVote: ask<VoteAndListRequest, Awards>("award_vote"),
  awardTally: ask<TallyRequest, TallyInfo>("award_tally"),
  juryCriterionAdd: ask<CriterionAddRequest, Rubric>("jury_criterion_add"),
  juryJurorAdd: ask<JurorRequest, JurorInfo>("jury_juror_add"),
  juryPacketExport: ask<PacketExportRequest, PacketWritten>("jury_packet_export"),
  juryPacketOpen: (path: string) => call<PacketOpened>("jury_packet_open", { request: { path } }),
  jurySheetExport: (path: string) => call<SheetWritten>("jury_sheet_export", { request: { path } }),
  jurySheetMerge: (path: string) => call<SheetMerged>("jury_sheet_merge", { request: { path } }),
  jurySetScreener: (work: WorkId, path: string) => call<string>("jury_screener_set", { request: { work, path } }),
  juryScreenerUrl: (work: WorkId) => call<string>("jury_screener_url", { request: { work, lang: "und" } }),
  importCard: ask<ImportCardRequest, CardImported>("import_card"),
  verifyMember: ask<VerifyMemberRequest, MemberInfo>("verify_member"),
  exchangePoints: () => call<ExchangePoints>("exchange_points"),
  addExchangePoint: ask<AddPointRequest, ExchangePoints>("add_exchange_point"),
  removeExchangePoint: (id: number) => call<ExchangePoints>("remove_exchange_point", { request: { id } }),
  notes: () => call<Notes>("notes"),
  sendNote: ask<SendNoteRequest, Composed>("send_note"),
  recommendWork: ask<RecommendWorkRequest, Recommendation>("recommend_work"),
  recommendPerson: ask<RecommendPersonRequest, Recommendation>("recommend_person"),
  recommendations: ask<RecommendationsQuery, Recommendations>("recommendations"),
  answerRecommendation: ask<AnswerRequest, Recommendation>("answer_recommendation"),
  screeningRights: (work: WorkId) => call<ScreeningRights>("screening_rights", { request: { work, lang: "und" } }),
  setScreeningRights: ask<SetRightsRequest, ScreeningRights>("set_screening_rights"),
  catalogue: ask<CatalogueQuery, Catalogue>("catalogue"),
  publishCatalogue: () => call<CataloguePublished>("publish_catalogue"),
  takeFromCatalogue: ask<TakeEntryRequest, WorkDetail>("take_from_catalogue"),
  sync: (direction: SyncDirection, onProgress: (p: ExchangeProgress) => void) => {
    const progress = new Channel<ExchangeProgress>();
    progress.onmessage = onProgress;
    return call<SyncReport>("sync", { request: { direction }, progress });
  },
  /** Files dropped on the window: their paths and where, in CSS pixels. */
  onFileDrop: (handler: (paths: string[], x: number, y: number) => void) =>
    getCurrentWebview().onDragDropEvent((event) => {
      if (event.payload.type === "drop") {
        const scale = window.devicePixelRatio || 1;
        handler(event.payload.paths, event.payload.position.x / scale, event.payload.position.y / scale);
      }
    }),
};

/** The URL of a stored image (original or thumbnail), by its SHA-256. */
export function mediaUrl(sha256: string): string {
  return `media://localhost/${sha256}`;
}
