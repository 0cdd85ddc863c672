//! Caravan's window: the Tauri shell over caravan-core.
//!
//! Thin by rule: it opens the database the same way the command line does, seeds the demo
//! on a first start, and exposes a handful of IPC commands (`commands`) that parse, call
//! the core and map errors to `{code, message}`. Nothing about the domain is decided here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod media_protocol;
mod request;
mod screener_server;
mod state;

fn main() {
    let launched = std::time::Instant::now();
    let state = state::AppState::open(launched);
    let title = state.window_title();
    let locale = state.localizer().locale();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::ui_locale,
            commands::set_ui_locale,
            commands::vocabulary,
            commands::works_page,
            commands::work_detail,
            commands::startup_painted,
            commands::add_media,
            commands::remove_media,
            commands::search,
            commands::editions,
            commands::submissions_page,
            commands::edition_stats,
            commands::set_statuses,
            commands::undo_statuses,
            commands::import_file,
            commands::preview_table,
            commands::mappings,
            commands::save_mapping,
            commands::set_alias,
            commands::duplicates,
            commands::merge_works,
            commands::dismiss_duplicate,
            commands::save_language,
            commands::remove_language,
            commands::export_edition,
            commands::add_identifier,
            commands::identity_info,
            commands::identity_init,
            commands::unlock,
            commands::write_card,
            commands::members_list,
            commands::import_card,
            commands::verify_member,
            commands::exchange_points,
            commands::add_exchange_point,
            commands::remove_exchange_point,
            commands::notes,
            commands::send_note,
            commands::sync,
            commands::recommend_work,
            commands::recommend_person,
            commands::recommendations,
            commands::answer_recommendation,
            commands::screening_rights,
            commands::set_screening_rights,
            commands::catalogue,
            commands::publish_catalogue,
            commands::take_from_catalogue,
            commands::alliances,
            commands::put_alliance,
            commands::put_tier,
            commands::put_criterion,
            commands::put_member,
            commands::publish_registry,
            commands::applications,
            commands::apply_for_membership,
            commands::sponsor_application,
            commands::decide_application,
            commands::jury_rubric,
            commands::jury_assignments,
            commands::jury_assign,
            commands::jury_score,
            commands::jury_sheet,
            commands::jury_results,
            commands::jury_conflicts,
            commands::jury_distribution,
            commands::awards,
            commands::award_vote,
            commands::award_tally,
            commands::jury_criterion_add,
            commands::jury_juror_add,
            commands::jury_packet_export,
            commands::jury_packet_open,
            commands::jury_sheet_export,
            commands::jury_sheet_merge,
            commands::jury_screener_set,
            commands::jury_screener_url,
            commands::jury_comment,
            commands::jury_conflict_add,
            commands::jury_assign_add,
            commands::jury_assign_remove,
        ])
        .register_asynchronous_uri_scheme_protocol("media", media_protocol::serve)
        .setup(move |app| {
            use tauri::Manager;
            if let Some(window) = app.get_webview_window("main") {
                window.set_title(&title)?;
            }
            Ok(())
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            let l10n = caravan_i18n::Localizer::for_locale(locale);
            eprintln!(
                "{}",
                l10n.tr_with("error--window-start", [("reason", e.to_string())])
            );
            std::process::exit(1);
        });
}
