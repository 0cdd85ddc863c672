//! Declares the window's IPC commands so the capability in capabilities/ can grant
//! exactly these and nothing else.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "ui_locale",
        "set_ui_locale",
        "works_page",
        "work_detail",
        "startup_painted",
        "add_media",
        "remove_media",
        "search",
        "editions",
        "edition_submissions",
        "edition_stats",
        "set_statuses",
        "restore_statuses",
        "import_file",
        "duplicates",
        "merge_works",
        "dismiss_duplicate",
        "set_text",
        "remove_text",
        "export_edition",
        "add_identifier",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri build step failed: is ui/dist built (npm --prefix ui run build)?");
}
