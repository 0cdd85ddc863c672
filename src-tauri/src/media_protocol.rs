//! `media://localhost/<sha256>`: how the window's `<img>` elements load thumbnails and
//! originals from the database's content-addressed folder. Only a lower-case SHA-256 is
//! accepted as a name, so nothing outside that folder can be reached.

use crate::state::AppState;
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Manager, UriSchemeContext, UriSchemeResponder};

fn respond(app: &tauri::AppHandle, path: &str) -> Response<Vec<u8>> {
    let state = app.state::<AppState>();
    let found = state
        .caravan
        .as_ref()
        .ok()
        .and_then(|c| c.media_files().path_of(path.trim_start_matches('/')));
    let bytes = found.and_then(|p| std::fs::read(p).ok());
    let response = match bytes {
        Some(bytes) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, caravan_media::media_type(&bytes))
            // A name is its content: it never changes.
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(bytes),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Vec::new()),
    };
    response.unwrap_or_else(|_| Response::new(Vec::new()))
}

pub fn serve(
    ctx: UriSchemeContext<'_, tauri::Wry>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let app = ctx.app_handle().clone();
    let path = request.uri().path().to_owned();
    // File reads stay off the thread that drives the window.
    std::thread::spawn(move || responder.respond(respond(&app, &path)));
}
