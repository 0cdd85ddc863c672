//! The IPC commands: each takes one request type and returns one response type, both
//! from caravan-core's `api` (the UI's TypeScript is generated from them), calls the core
//! once, and maps an error to `{code, message}` in the interface language.

use crate::request::Request;
use crate::state::AppState;
use caravan_core::api::{
    AddIdentifierRequest, AddMediaRequest, DismissRequest, DuplicatePairs, DuplicatesQuery,
    Edition, EditionStats, ErrorPayload, ExportRequest, ExportResult, ImportProgress, ImportReport,
    ImportRequest, MediaInfo, MergeRequest, RemoveLanguageRequest, RemoveMediaRequest,
    SaveLanguageRequest, SearchRequest, SearchResults, SetStatusesRequest, SetUiLocaleRequest,
    StatsRequest, StatusChange, SubmissionsPage, SubmissionsQuery, UiLocale, UndoStatusesRequest,
    Vocabulary, WorkDetail, WorkRequest, WorksPage, WorksQuery,
};
use caravan_core::api::{
    AddPointRequest, CardImported, CardWritten, Composed, ExchangePoints, ExchangeProgress,
    IdentityInfo, IdentityInitRequest, ImportCardRequest, MemberInfo, MembersList, Notes,
    RemovePointRequest, SendNoteRequest, SyncReport, SyncRequest, UnlockRequest,
    VerifyMemberRequest, WriteCardRequest,
};
use caravan_core::api::{
    AliasRequest, AliasSet, MappingInfo, MappingList, PreviewRequest, SaveMappingRequest,
    TablePreview,
};
use caravan_core::api::{
    AllianceInfo, AllianceRequest, Alliances, Application, ApplicationRequest, Applications,
    ApplicationsQuery, CriterionRequest, DecideRequest, MemberRequest, MembersQuery,
    PublishRegistryRequest, RegistryPublished, SponsorRequest, TierRequest,
};
use caravan_core::api::{
    AnswerRequest, Catalogue, CataloguePublished, CatalogueQuery, RecommendPersonRequest,
    RecommendWorkRequest, Recommendation, Recommendations, RecommendationsQuery, ScreeningRights,
    SetRightsRequest, TakeEntryRequest,
};
use caravan_core::api::{
    AssignReport, AssignRequest, Assignments, JurorSheet, JurorSheetRequest, JuryResults,
    JuryResultsRequest, RoundRef, Rubric, ScoreAndSheetRequest,
};
use caravan_core::api::{
    Awards, AwardsRequest, Conflicts, Distribution, TallyInfo, TallyRequest, VoteAndListRequest,
};
use caravan_core::api::{
    CriterionAddRequest, FileRequest, JurorInfo, JurorRequest, PacketExportRequest, PacketOpened,
    PacketWritten, SheetMerged, SheetWritten,
};
use caravan_domain::MediaId;
use tauri::State;

type Reply<T> = Result<T, ErrorPayload>;

/// Runs `f` on the open database, mapping its error for the window.
fn with<T>(
    state: &AppState,
    f: impl FnOnce(&caravan_core::Caravan) -> Result<T, caravan_core::Error>,
) -> Reply<T> {
    f(state.caravan()?).map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn ui_locale(state: State<'_, AppState>) -> Reply<UiLocale> {
    match state.caravan() {
        Ok(c) => c
            .ui_locale(state.system_locale.as_deref())
            .map_err(|e| state.payload(&e)),
        // Without a database the window still speaks the user's language, to say why.
        Err(_) => Ok(caravan_core::ui_locale(state.localizer().locale())),
    }
}

#[tauri::command]
pub async fn set_ui_locale(
    request: Request<SetUiLocaleRequest>,
    state: State<'_, AppState>,
    window: tauri::WebviewWindow,
) -> Reply<UiLocale> {
    let chosen = with(&state, |c| c.set_ui_locale(&request.0.locale))?;
    state.switch_locale(&chosen.locale);
    // The title is cosmetic; failing to set it is no reason to fail the switch.
    let _ = window.set_title(&state.window_title());
    Ok(chosen)
}

#[tauri::command]
pub async fn vocabulary() -> Reply<Vocabulary> {
    Ok(Vocabulary::current())
}

#[tauri::command]
pub async fn works_page(
    request: Request<WorksQuery>,
    state: State<'_, AppState>,
) -> Reply<WorksPage> {
    with(&state, |c| c.works_page(&request.0))
}

#[tauri::command]
pub async fn work_detail(
    request: Request<WorkRequest>,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    with(&state, |c| c.work_detail(request.0.work, &request.0.lang))
}

/// The UI calls this once the first page of works is painted. With
/// `CARAVAN_STARTUP_PROBE` set (by the start-up benchmark), the time since launch is
/// printed as one JSON line and the app exits.
#[tauri::command]
pub async fn startup_painted(state: State<'_, AppState>, app: tauri::AppHandle) -> Reply<()> {
    if state.startup_probe {
        let ms = state.launched.elapsed().as_secs_f64() * 1000.0;
        println!(
            "{{\"first_paint_ms\":{ms:.1},\"pid\":{}}}",
            std::process::id()
        );
        use std::io::Write;
        let _ = std::io::stdout().flush();
        // Leave time for the benchmark to read the memory of the running processes.
        std::thread::sleep(std::time::Duration::from_millis(300));
        app.exit(0);
    }
    Ok(())
}

/// Adds one dropped file to a work; the window calls this once per file to show progress.
#[tauri::command]
pub async fn add_media(
    request: Request<AddMediaRequest>,
    state: State<'_, AppState>,
) -> Reply<MediaInfo> {
    let r = request.0;
    with(&state, |c| {
        c.add_media(r.work, std::path::Path::new(&r.path), r.kind)
    })
}

#[tauri::command]
pub async fn remove_media(
    request: Request<RemoveMediaRequest>,
    state: State<'_, AppState>,
) -> Reply<MediaId> {
    with(&state, |c| c.remove_media(request.0.media))
}

#[tauri::command]
pub async fn search(
    request: Request<SearchRequest>,
    state: State<'_, AppState>,
) -> Reply<SearchResults> {
    let r = request.0;
    with(&state, |c| c.search(&r.query, &r.lang, r.limit))
}

#[tauri::command]
pub async fn editions(state: State<'_, AppState>) -> Reply<Vec<Edition>> {
    with(&state, |c| c.editions())
}

#[tauri::command]
pub async fn submissions_page(
    request: Request<SubmissionsQuery>,
    state: State<'_, AppState>,
) -> Reply<SubmissionsPage> {
    with(&state, |c| c.submissions_page(&request.0))
}

#[tauri::command]
pub async fn edition_stats(
    request: Request<StatsRequest>,
    state: State<'_, AppState>,
) -> Reply<EditionStats> {
    with(&state, |c| c.edition_stats(&request.0))
}

/// Changes the statuses of the selected submissions, or of all a filter keeps.
#[tauri::command]
pub async fn set_statuses(
    request: Request<SetStatusesRequest>,
    state: State<'_, AppState>,
) -> Reply<StatusChange> {
    with(&state, |c| c.set_statuses(&request.0))
}

#[tauri::command]
pub async fn undo_statuses(
    request: Request<UndoStatusesRequest>,
    state: State<'_, AppState>,
) -> Reply<StatusChange> {
    with(&state, |c| c.undo_statuses(request.0.change))
}

/// Imports a FilmFreeway export or a DDEX message into an edition, reporting progress on
/// `progress`. A refused file comes back as an error whose details hold the report.
#[tauri::command]
pub async fn import_file(
    request: Request<ImportRequest>,
    progress: tauri::ipc::Channel<ImportProgress>,
    state: State<'_, AppState>,
) -> Reply<ImportReport> {
    let mut report = with(&state, |c| {
        c.import(&request.0, &mut |p| {
            // A closed window is no reason to stop an import.
            let _ = progress.send(p);
        })
    })?;
    report.localize(&state.localizer());
    Ok(report)
}

#[tauri::command]
pub async fn duplicates(
    request: Request<DuplicatesQuery>,
    state: State<'_, AppState>,
) -> Reply<DuplicatePairs> {
    with(&state, |c| c.duplicates(&request.0))
}

#[tauri::command]
pub async fn merge_works(
    request: Request<MergeRequest>,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    with(&state, |c| c.merge_works(&request.0))
}

#[tauri::command]
pub async fn dismiss_duplicate(
    request: Request<DismissRequest>,
    state: State<'_, AppState>,
) -> Reply<()> {
    with(&state, |c| c.dismiss_duplicate(&request.0))
}

/// Saves one language of a work — title and synopsis — as a curator.
#[tauri::command]
pub async fn save_language(
    request: Request<SaveLanguageRequest>,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    with(&state, |c| c.save_language(&request.0))
}

/// Removes one language of a work — title and synopsis — in one transaction.
#[tauri::command]
pub async fn remove_language(
    request: Request<RemoveLanguageRequest>,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    with(&state, |c| c.remove_language(&request.0))
}

/// Exports an edition; without a path, into the user's downloads folder.
#[tauri::command]
pub async fn export_edition(
    request: Request<ExportRequest>,
    state: State<'_, AppState>,
) -> Reply<ExportResult> {
    let r = request.0;
    let path = match r.path.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => std::path::PathBuf::from(p),
        None => {
            let slug = with(&state, |c| c.edition(r.edition))?.slug;
            state
                .downloads
                .join(format!("{slug}.{}", r.format.extension()))
        }
    };
    with(&state, |c| {
        c.export(r.edition, r.format, &path, &r.filter, &r.lang)
    })
}

/// Adds a checked identifier to a work.
#[tauri::command]
pub async fn add_identifier(
    request: Request<AddIdentifierRequest>,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    let r = request.0;
    with(&state, |c| c.add_identifier(r.work, &r.value, &r.lang))
}

#[tauri::command]
pub async fn identity_info(state: State<'_, AppState>) -> Reply<IdentityInfo> {
    with(&state, |c| c.identity_info())
}

#[tauri::command]
pub async fn identity_init(
    request: Request<IdentityInitRequest>,
    state: State<'_, AppState>,
) -> Reply<IdentityInfo> {
    let r = request.0;
    with(&state, |c| {
        if let Some(p) = r.passphrase.as_deref().filter(|p| !p.is_empty()) {
            c.set_passphrase(p);
        }
        c.identity_init(&r.name, &r.member, r.country.as_ref(), &r.languages)
    })
}

#[tauri::command]
pub async fn unlock(
    request: Request<UnlockRequest>,
    state: State<'_, AppState>,
) -> Reply<IdentityInfo> {
    with(&state, |c| c.unlock(&request.0.passphrase))
}

/// Writes this profile's card, to the downloads folder when the window names no file.
#[tauri::command]
pub async fn write_card(
    request: Request<WriteCardRequest>,
    state: State<'_, AppState>,
) -> Reply<CardWritten> {
    with(&state, |c| {
        let path = match request
            .0
            .path
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            Some(p) => std::path::PathBuf::from(p),
            None => {
                let member = c.identity_info()?.member;
                state.downloads.join(format!("caravan-card-{member}.json"))
            }
        };
        c.write_card(&path)
    })
}

#[tauri::command]
pub async fn members_list(
    request: Request<MembersQuery>,
    state: State<'_, AppState>,
) -> Reply<MembersList> {
    with(&state, |c| c.members_list(&request.0))
}

#[tauri::command]
pub async fn import_card(
    request: Request<ImportCardRequest>,
    state: State<'_, AppState>,
) -> Reply<CardImported> {
    with(&state, |c| {
        c.import_card_file(std::path::Path::new(request.0.path.trim()))
    })
}

#[tauri::command]
pub async fn verify_member(
    request: Request<VerifyMemberRequest>,
    state: State<'_, AppState>,
) -> Reply<MemberInfo> {
    with(&state, |c| {
        c.verify_member(&request.0.member, &request.0.fingerprint)
    })
}

#[tauri::command]
pub async fn exchange_points(state: State<'_, AppState>) -> Reply<ExchangePoints> {
    with(&state, |c| c.exchange_points())
}

#[tauri::command]
pub async fn add_exchange_point(
    request: Request<AddPointRequest>,
    state: State<'_, AppState>,
) -> Reply<ExchangePoints> {
    with(&state, |c| {
        c.add_exchange_point(&request.0.location, request.0.name.as_deref())
    })
}

#[tauri::command]
pub async fn remove_exchange_point(
    request: Request<RemovePointRequest>,
    state: State<'_, AppState>,
) -> Reply<ExchangePoints> {
    with(&state, |c| c.remove_exchange_point(request.0.id))
}

#[tauri::command]
pub async fn notes(state: State<'_, AppState>) -> Reply<Notes> {
    with(&state, |c| c.notes(200))
}

#[tauri::command]
pub async fn send_note(
    request: Request<SendNoteRequest>,
    state: State<'_, AppState>,
) -> Reply<Composed> {
    let r = request.0;
    let to = if r.to.is_empty() {
        caravan_core::Recipients::All
    } else {
        caravan_core::Recipients::Members(r.to)
    };
    with(&state, |c| {
        c.send_note(&to, &r.text, r.lang.as_deref(), &[], &[])
    })
}

/// Publishes to and pulls from every exchange point, reporting progress on `progress`.
#[tauri::command]
pub async fn sync(
    request: Request<SyncRequest>,
    progress: tauri::ipc::Channel<ExchangeProgress>,
    state: State<'_, AppState>,
) -> Reply<SyncReport> {
    // The sync may run long; the language is read once, not held locked.
    let l10n = caravan_i18n::Localizer::for_locale(state.localizer().locale());
    with(&state, |c| {
        c.sync(request.0.direction, &l10n, &mut |p| {
            // A closed window is no reason to stop a sync.
            let _ = progress.send(p);
        })
    })
}

#[tauri::command]
pub async fn recommend_work(
    request: Request<RecommendWorkRequest>,
    state: State<'_, AppState>,
) -> Reply<Recommendation> {
    let l10n = caravan_i18n::Localizer::for_locale(state.localizer().locale());
    with(&state, |c| c.recommend_work(&request.0, &l10n))
}

#[tauri::command]
pub async fn recommend_person(
    request: Request<RecommendPersonRequest>,
    state: State<'_, AppState>,
) -> Reply<Recommendation> {
    with(&state, |c| c.recommend_person(&request.0))
}

#[tauri::command]
pub async fn recommendations(
    request: Request<RecommendationsQuery>,
    state: State<'_, AppState>,
) -> Reply<Recommendations> {
    with(&state, |c| c.recommendations(&request.0))
}

#[tauri::command]
pub async fn answer_recommendation(
    request: Request<AnswerRequest>,
    state: State<'_, AppState>,
) -> Reply<Recommendation> {
    let l10n = caravan_i18n::Localizer::for_locale(state.localizer().locale());
    with(&state, |c| c.answer_recommendation(&request.0, &l10n))
}

#[tauri::command]
pub async fn screening_rights(
    request: Request<WorkRequest>,
    state: State<'_, AppState>,
) -> Reply<ScreeningRights> {
    with(&state, |c| c.screening_rights(request.0.work))
}

#[tauri::command]
pub async fn set_screening_rights(
    request: Request<SetRightsRequest>,
    state: State<'_, AppState>,
) -> Reply<ScreeningRights> {
    with(&state, |c| c.set_screening_rights(&request.0))
}

#[tauri::command]
pub async fn catalogue(
    request: Request<CatalogueQuery>,
    state: State<'_, AppState>,
) -> Reply<Catalogue> {
    with(&state, |c| c.catalogue(&request.0))
}

#[tauri::command]
pub async fn publish_catalogue(state: State<'_, AppState>) -> Reply<CataloguePublished> {
    with(&state, |c| c.publish_catalogue(None))
}

#[tauri::command]
pub async fn take_from_catalogue(
    request: Request<TakeEntryRequest>,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    with(&state, |c| c.take_from_catalogue(&request.0))
}

#[tauri::command]
pub async fn alliances(state: State<'_, AppState>) -> Reply<Alliances> {
    with(&state, |c| c.alliances())
}

#[tauri::command]
pub async fn put_alliance(
    request: Request<AllianceRequest>,
    state: State<'_, AppState>,
) -> Reply<AllianceInfo> {
    with(&state, |c| c.put_alliance(&request.0))
}

#[tauri::command]
pub async fn put_tier(
    request: Request<TierRequest>,
    state: State<'_, AppState>,
) -> Reply<AllianceInfo> {
    with(&state, |c| c.put_tier(&request.0))
}

#[tauri::command]
pub async fn put_criterion(
    request: Request<CriterionRequest>,
    state: State<'_, AppState>,
) -> Reply<AllianceInfo> {
    with(&state, |c| c.put_criterion(&request.0))
}

#[tauri::command]
pub async fn put_member(
    request: Request<MemberRequest>,
    state: State<'_, AppState>,
) -> Reply<MemberInfo> {
    with(&state, |c| c.put_member(&request.0))
}

#[tauri::command]
pub async fn publish_registry(
    request: Request<PublishRegistryRequest>,
    state: State<'_, AppState>,
) -> Reply<RegistryPublished> {
    with(&state, |c| c.publish_registry(&request.0.alliance))
}

#[tauri::command]
pub async fn applications(
    request: Request<ApplicationsQuery>,
    state: State<'_, AppState>,
) -> Reply<Applications> {
    with(&state, |c| c.applications(&request.0))
}

#[tauri::command]
pub async fn apply_for_membership(
    request: Request<ApplicationRequest>,
    state: State<'_, AppState>,
) -> Reply<Application> {
    with(&state, |c| c.apply_for_membership(&request.0))
}

#[tauri::command]
pub async fn sponsor_application(
    request: Request<SponsorRequest>,
    state: State<'_, AppState>,
) -> Reply<Application> {
    with(&state, |c| c.sponsor_application(&request.0))
}

#[tauri::command]
pub async fn decide_application(
    request: Request<DecideRequest>,
    state: State<'_, AppState>,
) -> Reply<Application> {
    with(&state, |c| c.decide_application(&request.0))
}

#[tauri::command]
pub async fn jury_rubric(request: Request<RoundRef>, state: State<'_, AppState>) -> Reply<Rubric> {
    with(&state, |c| c.jury_rubric(&request.0))
}

#[tauri::command]
pub async fn jury_assignments(
    request: Request<RoundRef>,
    state: State<'_, AppState>,
) -> Reply<Assignments> {
    with(&state, |c| {
        c.jury_assignments(&request.0)
            .map(|assignments| Assignments { assignments })
    })
}

#[tauri::command]
pub async fn jury_assign(
    request: Request<AssignRequest>,
    state: State<'_, AppState>,
) -> Reply<AssignReport> {
    let l10n = caravan_i18n::Localizer::for_locale(state.localizer().locale());
    with(&state, |c| c.jury_assign(&request.0, &l10n))
}

#[tauri::command]
pub async fn jury_score(
    request: Request<ScoreAndSheetRequest>,
    state: State<'_, AppState>,
) -> Reply<JurorSheet> {
    with(&state, |c| {
        c.jury_score(&request.0.score)?;
        c.jury_sheet(&request.0.sheet)
    })
}

#[tauri::command]
pub async fn jury_sheet(
    request: Request<JurorSheetRequest>,
    state: State<'_, AppState>,
) -> Reply<JurorSheet> {
    with(&state, |c| c.jury_sheet(&request.0))
}

#[tauri::command]
pub async fn jury_results(
    request: Request<JuryResultsRequest>,
    state: State<'_, AppState>,
) -> Reply<JuryResults> {
    with(&state, |c| {
        c.jury_results(&request.0.round, &request.0.lang)
    })
}

#[tauri::command]
pub async fn jury_conflicts(
    request: Request<RoundRef>,
    state: State<'_, AppState>,
) -> Reply<Conflicts> {
    let l10n = caravan_i18n::Localizer::for_locale(state.localizer().locale());
    with(&state, |c| c.jury_conflicts(&request.0, &l10n))
}

#[tauri::command]
pub async fn jury_distribution(
    request: Request<RoundRef>,
    state: State<'_, AppState>,
) -> Reply<Distribution> {
    with(&state, |c| c.jury_distribution(&request.0))
}

#[tauri::command]
pub async fn awards(request: Request<AwardsRequest>, state: State<'_, AppState>) -> Reply<Awards> {
    with(&state, |c| c.awards(&request.0.edition, &request.0.lang))
}

#[tauri::command]
pub async fn award_vote(
    request: Request<VoteAndListRequest>,
    state: State<'_, AppState>,
) -> Reply<Awards> {
    with(&state, |c| {
        c.award_vote(&request.0.vote)?;
        c.awards(&request.0.vote.edition, &request.0.lang)
    })
}

#[tauri::command]
pub async fn award_tally(
    request: Request<TallyRequest>,
    state: State<'_, AppState>,
) -> Reply<TallyInfo> {
    with(&state, |c| c.award_tally(&request.0))
}

#[tauri::command]
pub async fn jury_criterion_add(
    request: Request<CriterionAddRequest>,
    state: State<'_, AppState>,
) -> Reply<Rubric> {
    with(&state, |c| c.jury_criterion_add(&request.0))
}

#[tauri::command]
pub async fn jury_juror_add(
    request: Request<JurorRequest>,
    state: State<'_, AppState>,
) -> Reply<JurorInfo> {
    with(&state, |c| c.jury_juror_add(&request.0))
}

#[tauri::command]
pub async fn jury_packet_export(
    request: Request<PacketExportRequest>,
    state: State<'_, AppState>,
) -> Reply<PacketWritten> {
    with(&state, |c| {
        c.jury_packet_export(
            &request.0.juror,
            std::path::Path::new(request.0.path.trim()),
        )
    })
}

#[tauri::command]
pub async fn jury_packet_open(
    request: Request<FileRequest>,
    state: State<'_, AppState>,
) -> Reply<PacketOpened> {
    with(&state, |c| {
        c.jury_packet_open(std::path::Path::new(request.0.path.trim()))
    })
}

#[tauri::command]
pub async fn jury_sheet_export(
    request: Request<FileRequest>,
    state: State<'_, AppState>,
) -> Reply<SheetWritten> {
    with(&state, |c| {
        c.jury_sheet_export(std::path::Path::new(request.0.path.trim()))
    })
}

#[tauri::command]
pub async fn jury_sheet_merge(
    request: Request<FileRequest>,
    state: State<'_, AppState>,
) -> Reply<SheetMerged> {
    with(&state, |c| {
        c.jury_sheet_merge(std::path::Path::new(request.0.path.trim()))
    })
}

#[tauri::command]
pub async fn jury_screener_set(
    request: Request<caravan_core::api::ScreenerRequest>,
    state: State<'_, AppState>,
) -> Reply<String> {
    with(&state, |c| {
        c.jury_screener_set(request.0.work, std::path::Path::new(request.0.path.trim()))
    })
}

/// Where the window's player reads a work's screener file: the screener server on the
/// loopback, started the first time it is asked for.
#[tauri::command]
pub async fn jury_screener_url(
    request: Request<caravan_core::api::WorkRequest>,
    state: State<'_, AppState>,
    app: tauri::AppHandle,
) -> Reply<String> {
    let work = request.0.work;
    with(&state, |c| c.jury_screener_file(work).map(|_| ()))?;
    crate::screener_server::url(&app, work).map_err(|e| {
        state.payload(&caravan_core::Error::ReadFile {
            path: std::path::PathBuf::from("127.0.0.1"),
            reason: e.to_string(),
        })
    })
}

#[tauri::command]
pub async fn jury_assign_add(
    request: Request<caravan_core::api::PairRequest>,
    state: State<'_, AppState>,
) -> Reply<caravan_core::api::AssignmentInfo> {
    with(&state, |c| c.jury_assign_add(&request.0))
}

#[tauri::command]
pub async fn jury_assign_remove(
    request: Request<caravan_core::api::PairRequest>,
    state: State<'_, AppState>,
) -> Reply<caravan_core::api::AssignmentInfo> {
    with(&state, |c| c.jury_assign_remove(&request.0))
}

#[tauri::command]
pub async fn jury_comment(
    request: Request<caravan_core::api::CommentRequest>,
    state: State<'_, AppState>,
) -> Reply<JurorSheet> {
    with(&state, |c| c.jury_comment(&request.0))
}

#[tauri::command]
pub async fn jury_conflict_add(
    request: Request<caravan_core::api::ConflictRequest>,
    state: State<'_, AppState>,
) -> Reply<Conflicts> {
    let l10n = caravan_i18n::Localizer::for_locale(state.localizer().locale());
    with(&state, |c| c.jury_conflict_add(&request.0, &l10n))
}

/// A table's header and first rows, and the mapping its headers suggest.
#[tauri::command]
pub async fn preview_table(
    request: Request<PreviewRequest>,
    state: State<'_, AppState>,
) -> Reply<TablePreview> {
    let r = request.0;
    with(&state, |c| {
        let encoding = caravan_core::encoding_named(r.encoding.as_deref())?;
        c.preview_table(std::path::Path::new(r.path.trim()), encoding)
    })
}

#[tauri::command]
pub async fn mappings(state: State<'_, AppState>) -> Reply<MappingList> {
    with(&state, |c| c.mappings())
}

#[tauri::command]
pub async fn save_mapping(
    request: Request<SaveMappingRequest>,
    state: State<'_, AppState>,
) -> Reply<MappingInfo> {
    with(&state, |c| {
        c.save_mapping(&request.0.name, &request.0.columns)
    })
}

/// "Treat this value as that", for every work that carries it and every later import.
#[tauri::command]
pub async fn set_alias(
    request: Request<AliasRequest>,
    state: State<'_, AppState>,
) -> Reply<AliasSet> {
    let r = request.0;
    with(&state, |c| c.set_alias(&r.vocabulary, &r.name, &r.code))
}
