//! How envelopes reach an exchange point and come back: a folder (a USB stick, a shared
//! drive) or a web server. Pulling needs only GET, so any static web server can serve a
//! stream; publishing needs PUT and MOVE (WebDAV). Both transports give the same four
//! operations, and the same test suite runs against each.

mod folder;
mod http;

pub use folder::Folder;
pub use http::Http;

use crate::ExchangeError;

/// What a GET found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// Unchanged since the tag given.
    NotModified,
    NotFound,
    Found {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

/// An exchange point.
pub trait Transport: Send + Sync + std::fmt::Debug {
    /// Reads a file, unless it is unchanged since `etag` (the `If-None-Match` of HTTP);
    /// a file over `max_bytes` is refused before it is read.
    fn get(&self, path: &str, etag: Option<&str>, max_bytes: u64)
        -> Result<Fetched, ExchangeError>;
    /// Writes a file, replacing what was there (the head).
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), ExchangeError>;
    /// Writes a file that must not exist yet, whole or not at all: written to a temporary
    /// name, then moved without overwriting. Returns false, and writes nothing, when the
    /// file is already there.
    fn put_new(&self, path: &str, bytes: &[u8]) -> Result<bool, ExchangeError>;
    /// Makes a folder and its parents, if missing.
    fn make_dir(&self, path: &str) -> Result<(), ExchangeError>;
}

/// How patient a web transport is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Patience {
    /// The longest one request may take, connecting included.
    pub timeout: std::time::Duration,
    /// Tries of one request before its failure is reported.
    pub attempts: u32,
    /// The wait before the first retry; each later one waits three times longer.
    pub backoff: std::time::Duration,
}

impl Default for Patience {
    fn default() -> Self {
        Patience {
            timeout: std::time::Duration::from_secs(60),
            attempts: 4,
            backoff: std::time::Duration::from_millis(150),
        }
    }
}

/// The transport for a location: `http://` or `https://` is a web server, anything else
/// a folder.
pub fn open(location: &str, patience: Patience) -> Result<Box<dyn Transport>, ExchangeError> {
    let trimmed = location.trim();
    if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
        Ok(Box::new(Http::new(trimmed, patience)?))
    } else {
        Ok(Box::new(Folder::new(std::path::Path::new(trimmed))))
    }
}
