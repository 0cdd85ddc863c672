//! The screener server: the screener file a juror attached to a work, served to the
//! scoring screen's `<video>` over HTTP on the loopback, since WebKitGTK's media player
//! does not read from the app's own URL schemes. It listens on 127.0.0.1 only, on a port
//! the system picks, and answers only paths that start with a secret made when it starts
//! (so no other program on the computer can ask it for anything) and name a work with a
//! file attached through the core. Byte ranges are answered, so the player can seek
//! without the whole file being read.

use crate::state::AppState;
use caravan_domain::WorkId;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::OnceLock;
use tauri::Manager;

struct Server {
    port: u16,
    secret: String,
}

static SERVER: OnceLock<Server> = OnceLock::new();

/// The URL of a work's screener, the server started when first asked.
pub fn url(app: &tauri::AppHandle, work: WorkId) -> std::io::Result<String> {
    let server = match SERVER.get() {
        Some(s) => s,
        None => {
            let listener = TcpListener::bind(("127.0.0.1", 0))?;
            let port = listener.local_addr()?.port();
            let mut secret = [0u8; 16];
            getrandom::fill(&mut secret).map_err(|e| std::io::Error::other(e.to_string()))?;
            let secret = hex::encode(secret);
            let app = app.clone();
            let expected = secret.clone();
            std::thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    let app = app.clone();
                    let expected = expected.clone();
                    std::thread::spawn(move || {
                        let _ = answer(&app, &expected, stream);
                    });
                }
            });
            SERVER.get_or_init(|| Server { port, secret })
        }
    };
    Ok(format!(
        "http://127.0.0.1:{}/{}/{}",
        server.port,
        server.secret,
        work.get()
    ))
}

fn media_type(path: &std::path::Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("webm") => "video/webm",
        Some("mp4" | "m4v") => "video/mp4",
        Some("mkv") => "video/x-matroska",
        Some("mov") => "video/quicktime",
        Some("ogv") => "video/ogg",
        _ => "application/octet-stream",
    }
}

fn status(mut stream: TcpStream, code: &str) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {code}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
}

fn answer(app: &tauri::AppHandle, secret: &str, stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.by_ref().take(8192).read_line(&mut line)?;
    let mut range: Option<(u64, Option<u64>)> = None;
    loop {
        let mut header = String::new();
        if reader.by_ref().take(8192).read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("range") {
                range = value
                    .trim()
                    .strip_prefix("bytes=")
                    .and_then(|r| r.split_once('-'))
                    .and_then(|(s, e)| Some((s.trim().parse().ok()?, e.trim().parse().ok())));
            }
        }
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return status(stream, "400 Bad Request");
    };
    if method != "GET" && method != "HEAD" {
        return status(stream, "405 Method Not Allowed");
    }
    let mut path = target.trim_start_matches('/').splitn(2, '/');
    let (Some(given), Some(work)) = (path.next(), path.next()) else {
        return status(stream, "404 Not Found");
    };
    if given != secret {
        return status(stream, "404 Not Found");
    }
    let file = work.parse::<i64>().ok().and_then(|w| {
        app.state::<AppState>()
            .caravan
            .as_ref()
            .ok()?
            .jury_screener_file(WorkId(w))
            .ok()
            .flatten()
    });
    let Some(file) = file else {
        return status(stream, "404 Not Found");
    };
    let Ok(mut f) = std::fs::File::open(&file) else {
        return status(stream, "404 Not Found");
    };
    let size = f.metadata()?.len();
    let (start, end) = match range {
        Some((s, e)) => (
            s,
            e.unwrap_or(size.saturating_sub(1))
                .min(size.saturating_sub(1)),
        ),
        None => (0, size.saturating_sub(1)),
    };
    if size == 0 || start > end {
        return status(stream, "416 Range Not Satisfiable");
    }
    let length = end - start + 1;
    let mut out = stream;
    let head = if range.is_some() {
        format!("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes {start}-{end}/{size}\r\n")
    } else {
        "HTTP/1.1 200 OK\r\n".to_owned()
    };
    write!(
        out,
        "{head}Content-Type: {}\r\nContent-Length: {length}\r\nAccept-Ranges: bytes\r\nConnection: close\r\n\r\n",
        media_type(&file)
    )?;
    if method == "GET" {
        f.seek(SeekFrom::Start(start))?;
        std::io::copy(&mut f.take(length), &mut out)?;
    }
    out.flush()
}
