//! Declares the window's IPC commands so the capability in capabilities/ can grant
//! exactly these and nothing else.

fn main() {
    // The window is built from the UI's bundle; without it tauri-build fails deep inside
    // its own code. Say in one line what to run instead.
    println!("cargo::rerun-if-changed=../ui/dist/index.html");
    if !std::path::Path::new("../ui/dist/index.html").exists() {
        println!(
            "cargo::error=ui/dist is missing: run `npm --prefix ui ci && npm --prefix ui run build` first (scripts/install does both)"
        );
        return;
    }
    // Packed relative relocations (DT_RELR; glibc 2.36, binutils 2.38): fewer pages read
    // and written before the window's first line of code runs.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu")
    {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    let manifest = tauri_build::AppManifest::new().commands(&[
        "ui_locale",
        "set_ui_locale",
        "vocabulary",
        "works_page",
        "work_detail",
        "startup_painted",
        "add_media",
        "remove_media",
        "search",
        "editions",
        "submissions_page",
        "edition_stats",
        "set_statuses",
        "undo_statuses",
        "import_file",
        "preview_table",
        "mappings",
        "save_mapping",
        "set_alias",
        "duplicates",
        "merge_works",
        "dismiss_duplicate",
        "save_language",
        "remove_language",
        "export_edition",
        "add_identifier",
        "identity_info",
        "identity_init",
        "unlock",
        "write_card",
        "members_list",
        "import_card",
        "verify_member",
        "exchange_points",
        "add_exchange_point",
        "remove_exchange_point",
        "notes",
        "send_note",
        "sync",
        "recommend_work",
        "recommend_person",
        "recommendations",
        "answer_recommendation",
        "screening_rights",
        "set_screening_rights",
        "catalogue",
        "publish_catalogue",
        "take_from_catalogue",
        "alliances",
        "put_alliance",
        "put_tier",
        "put_criterion",
        "put_member",
        "publish_registry",
        "applications",
        "apply_for_membership",
        "sponsor_application",
        "decide_application",
        "jury_rubric",
        "jury_assignments",
        "jury_assign",
        "jury_score",
        "jury_sheet",
        "jury_results",
        "jury_conflicts",
        "jury_distribution",
        "awards",
        "award_vote",
        "award_tally",
        "jury_criterion_add",
        "jury_juror_add",
        "jury_packet_export",
        "jury_packet_open",
        "jury_sheet_export",
        "jury_sheet_merge",
        "jury_screener_set",
        "jury_screener_url",
        "jury_comment",
        "jury_conflict_add",
        "jury_assign_add",
        "jury_assign_remove",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri build step failed: is ui/dist built (npm --prefix ui run build)?");
}
