//! The IPC commands: each parses, calls the core, and maps an error to `{code, message}`
//! in the interface language. Types come from caravan-core's `api` module and reach the
//! UI as generated TypeScript.

use crate::state::AppState;
use caravan_core::api::{
    DuplicatePairs, Edition, EditionStats, ErrorPayload, ExportResult, ImportProgress,
    ImportReport, MediaInfo, SearchResults, StatusChange, StatusState, SubmissionItem, UiLocale,
    WorkDetail, WorksPage,
};
use tauri::State;

type Reply<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub async fn ui_locale(state: State<'_, AppState>) -> Reply<UiLocale> {
    let caravan = state.caravan();
    match caravan {
        Ok(c) => c
            .ui_locale(state.system_locale.as_deref())
            .map_err(|e| state.payload(&e)),
        // Without a database the window still speaks the user's language, to say why.
        Err(_) => Ok(caravan_core::ui_locale(state.localizer().locale())),
    }
}

#[tauri::command]
pub async fn set_ui_locale(
    locale: String,
    state: State<'_, AppState>,
    window: tauri::WebviewWindow,
) -> Reply<UiLocale> {
    let chosen = state
        .caravan()?
        .set_ui_locale(&locale)
        .map_err(|e| state.payload(&e))?;
    *state.l10n.write().unwrap_or_else(|p| p.into_inner()) =
        caravan_i18n::Localizer::for_locale(&chosen.locale);
    // The title is cosmetic; failing to set it is no reason to fail the switch.
    let _ = window.set_title(&state.window_title());
    Ok(chosen)
}

#[tauri::command]
pub async fn works_page(
    lang: String,
    offset: u64,
    limit: u64,
    state: State<'_, AppState>,
) -> Reply<WorksPage> {
    state
        .caravan()?
        .works_page(&lang, None, offset, limit)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn work_detail(id: i64, lang: String, state: State<'_, AppState>) -> Reply<WorkDetail> {
    state
        .caravan()?
        .work_detail(&id.to_string(), &lang)
        .map_err(|e| state.payload(&e))
}

/// The UI calls this once the first page of works is painted. With
/// `CARAVAN_STARTUP_PROBE` set (by the start-up benchmark), the time since launch and the
/// resident memory of the app's processes are printed as one JSON line and the app exits.
#[tauri::command]
pub async fn startup_painted(state: State<'_, AppState>, app: tauri::AppHandle) -> Reply<()> {
    if std::env::var_os("CARAVAN_STARTUP_PROBE").is_some() {
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
    work: i64,
    path: String,
    kind: String,
    state: State<'_, AppState>,
) -> Reply<MediaInfo> {
    let caravan = state.caravan()?;
    let kind = caravan_domain::MediaKind::parse(&kind).map_err(|e| state.payload(&e.into()))?;
    caravan
        .add_media(&work.to_string(), std::path::Path::new(&path), kind)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn remove_media(id: i64, state: State<'_, AppState>) -> Reply<i64> {
    state
        .caravan()?
        .remove_media(id)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn search(
    query: String,
    lang: String,
    limit: u32,
    state: State<'_, AppState>,
) -> Reply<SearchResults> {
    state
        .caravan()?
        .search(&query, &lang, limit)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn editions(state: State<'_, AppState>) -> Reply<Vec<Edition>> {
    state.caravan()?.editions().map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn edition_submissions(
    edition: String,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<Vec<SubmissionItem>> {
    state
        .caravan()?
        .edition_submissions(&edition, &lang)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn edition_stats(edition: String, state: State<'_, AppState>) -> Reply<EditionStats> {
    state
        .caravan()?
        .edition_stats(&edition)
        .map_err(|e| state.payload(&e))
}

/// Changes the statuses of the selected submissions; the reply says what undo restores.
#[tauri::command]
pub async fn set_statuses(
    ids: Vec<i64>,
    status: Option<String>,
    judging: Option<String>,
    label: Option<String>,
    state: State<'_, AppState>,
) -> Reply<StatusChange> {
    let caravan = state.caravan()?;
    let status = status
        .as_deref()
        .map(caravan_domain::SubmissionStatus::parse)
        .transpose()
        .map_err(|e| state.payload(&e.into()))?;
    let judging = judging
        .as_deref()
        .map(|j| caravan_domain::JudgingStatus::from_parts(j, label.clone()))
        .transpose()
        .map_err(|e| state.payload(&e.into()))?;
    caravan
        .set_submission_statuses(&ids, status, judging)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn restore_statuses(
    states: Vec<StatusState>,
    state: State<'_, AppState>,
) -> Reply<StatusChange> {
    state
        .caravan()?
        .restore_statuses(&states)
        .map_err(|e| state.payload(&e))
}

/// Imports a FilmFreeway export or a DDEX message into an edition, reporting progress on
/// `progress`. A refused file comes back as an error whose details hold the report.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn import_file(
    kind: String,
    path: String,
    edition: String,
    partial: bool,
    dry_run: bool,
    progress: tauri::ipc::Channel<ImportProgress>,
    state: State<'_, AppState>,
) -> Reply<ImportReport> {
    let caravan = state.caravan()?;
    let options = caravan_core::ImportOptions { dry_run, partial };
    let path = std::path::PathBuf::from(path.trim());
    let result = if kind == "ddex" {
        caravan.import_ddex(&path, &edition, None, options)
    } else {
        caravan.import_filmfreeway(&path, &edition, options, &mut |p| {
            // A closed window is no reason to stop an import.
            let _ = progress.send(p);
        })
    };
    let mut report = result.map_err(|e| state.payload(&e))?;
    report.localize(&state.localizer());
    Ok(report)
}

#[tauri::command]
pub async fn duplicates(
    edition: Option<String>,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<DuplicatePairs> {
    state
        .caravan()?
        .duplicates(edition.as_deref(), &lang)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn merge_works(
    keep: i64,
    other: i64,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    state
        .caravan()?
        .merge_works(&keep.to_string(), &other.to_string(), &lang)
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn dismiss_duplicate(a: i64, b: i64, state: State<'_, AppState>) -> Reply<()> {
    state
        .caravan()?
        .dismiss_duplicate(&a.to_string(), &b.to_string())
        .map_err(|e| state.payload(&e))
}

fn text_field(field: &str, state: &AppState) -> Reply<caravan_domain::TextField> {
    caravan_domain::TextField::parse(field).map_err(|e| state.payload(&e.into()))
}

/// Sets a title or synopsis in one language, as a curator.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn set_text(
    work: i64,
    field: String,
    tag: String,
    text: String,
    original: bool,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    let field = text_field(&field, &state)?;
    state
        .caravan()?
        .set_text(
            &work.to_string(),
            field,
            &tag,
            &text,
            original,
            caravan_domain::Provenance::Curator,
            &lang,
        )
        .map_err(|e| state.payload(&e))
}

#[tauri::command]
pub async fn remove_text(
    work: i64,
    field: String,
    tag: String,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    let field = text_field(&field, &state)?;
    state
        .caravan()?
        .remove_text(&work.to_string(), field, &tag, &lang)
        .map_err(|e| state.payload(&e))
}

/// Exports an edition; without a path, into the user's downloads folder.
#[tauri::command]
pub async fn export_edition(
    edition: String,
    format: String,
    path: Option<String>,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<ExportResult> {
    let caravan = state.caravan()?;
    let (format, ext) = match format.as_str() {
        "xlsx" => (caravan_core::ExportFormat::Xlsx, "xlsx"),
        "json" => (caravan_core::ExportFormat::Json, "json"),
        _ => (caravan_core::ExportFormat::Csv, "csv"),
    };
    let path = match path.filter(|p| !p.trim().is_empty()) {
        Some(p) => std::path::PathBuf::from(p.trim()),
        None => directories::UserDirs::new()
            .and_then(|d| d.download_dir().map(|p| p.to_path_buf()))
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()))
            .unwrap_or_default()
            .join(format!("{edition}.{ext}")),
    };
    caravan
        .export(
            &edition,
            format,
            &path,
            &caravan_core::ExportFilter::default(),
            &lang,
        )
        .map_err(|e| state.payload(&e))
}

/// Adds a checked identifier to a work.
#[tauri::command]
pub async fn add_identifier(
    work: i64,
    value: String,
    lang: String,
    state: State<'_, AppState>,
) -> Reply<WorkDetail> {
    state
        .caravan()?
        .add_identifier(&work.to_string(), &value, &lang)
        .map_err(|e| state.payload(&e))
}
