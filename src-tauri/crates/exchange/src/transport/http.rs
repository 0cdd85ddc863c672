//! An exchange point on a web server. Reading needs only GET (any static server will do):
//! a head is asked for with `If-None-Match`, so a pull that finds nothing new costs one
//! request answered 304, and a body cut off midway is resumed with a `Range` request.
//! Writing needs WebDAV: a new envelope is PUT under a temporary name and then MOVEd into
//! place with `Overwrite: F`, so it appears whole or not at all and never replaces one
//! already there (nginx ignores `If-None-Match: *` on PUT; both nginx and WsgiDAV refuse
//! such a MOVE with 412). Failures of the network or of the server (5xx) are retried with
//! backoff; every request has a timeout.

use super::{Fetched, Patience, Transport};
use crate::ExchangeError;
use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use std::io::Read;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Http {
    base: String,
    client: Client,
    patience: Patience,
}

impl Http {
    pub fn new(base: &str, patience: Patience) -> Result<Self, ExchangeError> {
        // TLS through rustls with ring's primitives, chosen once per process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let builder = Client::builder()
            .connect_timeout(patience.timeout.min(Duration::from_secs(10)))
            .timeout(patience.timeout)
            .user_agent(concat!("Caravan/", env!("CARGO_PKG_VERSION")));
        let client = builder.build().map_err(|e| ExchangeError::Transport {
            url: base.to_owned(),
            reason: e.to_string(),
        })?;
        Ok(Http {
            base: base.trim_end_matches('/').to_owned(),
            client,
            patience,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}/{}", self.base, path.trim_start_matches('/'))
    }

    fn unreachable(url: &str, e: impl std::fmt::Display) -> ExchangeError {
        ExchangeError::Transport {
            url: url.to_owned(),
            reason: e.to_string(),
        }
    }

    /// Sends a request, retrying what may succeed a moment later: a connection that
    /// failed or timed out, and server errors (5xx).
    fn send(
        &self,
        method: Method,
        url: &str,
        headers: HeaderMap,
        body: Option<&[u8]>,
    ) -> Result<Response, ExchangeError> {
        let mut delay = self.patience.backoff;
        let mut last = None;
        for attempt in 0..self.patience.attempts.max(1) {
            if attempt > 0 {
                std::thread::sleep(delay);
                delay *= 3;
            }
            let mut request = self
                .client
                .request(method.clone(), url)
                .headers(headers.clone());
            if let Some(b) = body {
                request = request.body(b.to_vec());
            }
            match request.send() {
                Ok(r) if r.status().is_server_error() => {
                    last = Some(ExchangeError::Http {
                        url: url.to_owned(),
                        status: r.status().as_u16(),
                    })
                }
                Ok(r) => return Ok(r),
                Err(e) => last = Some(Self::unreachable(url, why(&e))),
            }
        }
        Err(last.unwrap_or_else(|| Self::unreachable(url, "no answer")))
    }

    fn refused(url: &str, status: StatusCode) -> ExchangeError {
        match status {
            StatusCode::METHOD_NOT_ALLOWED
            | StatusCode::FORBIDDEN
            | StatusCode::NOT_IMPLEMENTED => ExchangeError::ReadOnly(url.to_owned()),
            s => ExchangeError::Http {
                url: url.to_owned(),
                status: s.as_u16(),
            },
        }
    }
}

/// What went wrong with a request, down to its cause ("invalid peer certificate:
/// UnknownIssuer", "Connection refused"), not only reqwest's "error sending request".
fn why(e: &reqwest::Error) -> String {
    let mut causes = Vec::new();
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !causes.contains(&text) {
            causes.push(text);
        }
        source = s.source();
    }
    causes.last().cloned().unwrap_or_else(|| e.to_string())
}

fn too_large(size: u64, limit: u64) -> ExchangeError {
    ExchangeError::TooLarge {
        what: crate::error::Part::File,
        size,
        limit,
    }
}

impl Http {
    /// PUTs `bytes` under a temporary name beside `path`, then MOVEs it into place,
    /// replacing what is there only when `overwrite`. Returns false when the place was
    /// taken (and nothing was replaced). A MOVE whose answer was lost is checked by
    /// reading the place back.
    fn put_moved(&self, path: &str, bytes: &[u8], overwrite: bool) -> Result<bool, ExchangeError> {
        let url = self.url(path);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let temp = format!("{url}.part-{nanos}-{}", std::process::id());
        let response = self.send(Method::PUT, &temp, HeaderMap::new(), Some(bytes))?;
        if !response.status().is_success() {
            return Err(Self::refused(&temp, response.status()));
        }
        let mut headers = HeaderMap::new();
        let destination = HeaderValue::from_str(&url).map_err(|e| Self::unreachable(&url, e))?;
        headers.insert("Destination", destination);
        headers.insert(
            "Overwrite",
            HeaderValue::from_static(if overwrite { "T" } else { "F" }),
        );
        let moved = self.send(
            Method::from_bytes(b"MOVE").map_err(|e| Self::unreachable(&url, e))?,
            &temp,
            headers,
            None,
        );
        let cleanup = || {
            let _ = self.send(Method::DELETE, &temp, HeaderMap::new(), None);
        };
        match moved {
            Ok(r) if r.status().is_success() => Ok(true),
            Ok(r) if r.status() == StatusCode::PRECONDITION_FAILED && !overwrite => {
                cleanup();
                Ok(false)
            }
            // The MOVE may have been done with its answer lost, and a retry then finds no
            // temporary file: the place holding exactly these bytes says it was done.
            other => {
                cleanup();
                let limit = bytes.len() as u64;
                if let Ok(Fetched::Found { bytes: there, .. }) = self.get(path, None, limit) {
                    if there == bytes {
                        return Ok(true);
                    }
                }
                match other {
                    Ok(r) => Err(Self::refused(&url, r.status())),
                    Err(e) => Err(e),
                }
            }
        }
    }
}

impl Http {
    /// MKCOL on `url` (ending in `/`); a missing parent (409) is made first, up to the
    /// server's root, so a point may be a folder that does not exist yet.
    fn make_collection(&self, url: &str, depth: u32) -> Result<(), ExchangeError> {
        let mkcol = Method::from_bytes(b"MKCOL").map_err(|e| Self::unreachable(url, e))?;
        let response = self.send(mkcol.clone(), url, HeaderMap::new(), None)?;
        match response.status() {
            // Made, or there already.
            s if s.is_success() || s == StatusCode::METHOD_NOT_ALLOWED => Ok(()),
            StatusCode::CONFLICT if depth < 32 => {
                let trimmed = url.trim_end_matches('/');
                let parent = match trimmed.rfind('/') {
                    Some(i) if i > "https://".len() && trimmed[..i].contains('/') => &trimmed[..=i],
                    _ => return Err(Self::refused(url, StatusCode::CONFLICT)),
                };
                self.make_collection(parent, depth + 1)?;
                let again = self.send(mkcol, url, HeaderMap::new(), None)?;
                match again.status() {
                    s if s.is_success() || s == StatusCode::METHOD_NOT_ALLOWED => Ok(()),
                    s => Err(Self::refused(url, s)),
                }
            }
            s => Err(Self::refused(url, s)),
        }
    }
}

impl Http {
    /// The tag the server gives a file now, if it gives one.
    fn tag_of(&self, url: &str) -> Result<Option<String>, ExchangeError> {
        let response = self.send(Method::HEAD, url, HeaderMap::new(), None)?;
        if !response.status().is_success() {
            return Ok(None);
        }
        Ok(response
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned))
    }
}

impl Transport for Http {
    fn get(
        &self,
        path: &str,
        etag: Option<&str>,
        max_bytes: u64,
    ) -> Result<Fetched, ExchangeError> {
        let url = self.url(path);
        let mut bytes: Vec<u8> = Vec::new();
        let mut tag: Option<String> = None;
        // A body cut off midway is asked for again from where it stopped.
        for _ in 0..self.patience.attempts.max(1) {
            let mut headers = HeaderMap::new();
            if bytes.is_empty() {
                if let Some(e) = etag.and_then(|e| HeaderValue::from_str(e).ok()) {
                    headers.insert(reqwest::header::IF_NONE_MATCH, e);
                }
            } else {
                if let Ok(range) = HeaderValue::from_str(&format!("bytes={}-", bytes.len())) {
                    headers.insert(reqwest::header::RANGE, range);
                }
                if let Some(t) = tag.as_deref().and_then(|t| HeaderValue::from_str(t).ok()) {
                    headers.insert(reqwest::header::IF_RANGE, t);
                }
            }
            let response = self.send(Method::GET, &url, headers, None)?;
            let status = response.status();
            match status {
                StatusCode::NOT_MODIFIED => return Ok(Fetched::NotModified),
                StatusCode::NOT_FOUND | StatusCode::GONE => return Ok(Fetched::NotFound),
                StatusCode::OK => bytes.clear(),
                StatusCode::PARTIAL_CONTENT if !bytes.is_empty() => {}
                s => return Err(Self::refused(&url, s)),
            }
            let declared = response.content_length().unwrap_or(0) + bytes.len() as u64;
            if declared > max_bytes {
                return Err(too_large(declared, max_bytes));
            }
            if tag.is_none() {
                tag = response
                    .headers()
                    .get(reqwest::header::ETAG)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
            }
            let expected = response.content_length().map(|n| n + bytes.len() as u64);
            let mut reader = response.take(max_bytes + 1 - bytes.len() as u64);
            let read = reader.read_to_end(&mut bytes);
            if bytes.len() as u64 > max_bytes {
                return Err(too_large(bytes.len() as u64, max_bytes));
            }
            match (read, expected) {
                (Ok(_), Some(n)) if bytes.len() as u64 == n => {
                    return Ok(Fetched::Found { bytes, etag: tag })
                }
                (Ok(_), None) => return Ok(Fetched::Found { bytes, etag: tag }),
                // Cut short: resume.
                _ => continue,
            }
        }
        Err(Self::unreachable(
            &url,
            "the answer was cut short every time",
        ))
    }

    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), ExchangeError> {
        // Written beside and moved over, so a reader never sees half a head. A reader asks
        // for the head again with the tag it last saw, and a server that makes tags from
        // the size and the second of the last change (nginx does) gives a head rewritten
        // within the same second at the same size the same tag: readers would be told it
        // did not change. So the tag is compared before and after, and a head whose tag
        // did not change is written again in the next second.
        let url = self.url(path);
        let before = self.tag_of(&url)?;
        for _ in 0..3 {
            self.put_moved(path, bytes, true)?;
            let after = self.tag_of(&url)?;
            if before.is_none() || after != before {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(1100));
        }
        Ok(())
    }

    fn put_new(&self, path: &str, bytes: &[u8]) -> Result<bool, ExchangeError> {
        self.put_moved(path, bytes, false)
    }

    fn make_dir(&self, path: &str) -> Result<(), ExchangeError> {
        let path = path.trim_matches('/');
        let url = if path.is_empty() {
            format!("{}/", self.base)
        } else {
            format!("{}/{path}/", self.base)
        };
        self.make_collection(&url, 0)
    }
}
