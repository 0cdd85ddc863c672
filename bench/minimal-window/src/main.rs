//! A window with one static page, measured as Caravan's is: with CARAVAN_STARTUP_PROBE set,
//! the page's first paint prints the time since launch as one JSON line and the app exits.

use std::time::Instant;

struct Launched(Instant);

#[tauri::command]
fn painted(launched: tauri::State<'_, Launched>, app: tauri::AppHandle) {
    if std::env::var_os("CARAVAN_STARTUP_PROBE").is_some() {
        let ms = launched.0.elapsed().as_secs_f64() * 1000.0;
        println!("{{\"first_paint_ms\":{ms:.1},\"pid\":{}}}", std::process::id());
        use std::io::Write;
        let _ = std::io::stdout().flush();
        std::thread::sleep(std::time::Duration::from_millis(300));
        app.exit(0);
    }
}

fn main() {
    let launched = Launched(Instant::now());
    tauri::Builder::default()
        .manage(launched)
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!())
        .expect("the window starts");
}
