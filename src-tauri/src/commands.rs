//! The IPC commands: each parses, calls the core, and maps an error to `{code, message}`
//! in the interface language. Types come from caravan-core's `api` module and reach the
//! UI as generated TypeScript.

use crate::state::AppState;
use caravan_core::api::{ErrorPayload, MediaInfo, UiLocale, WorkDetail, WorksPage};
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
