//! An exchange point that is a folder: files are written to a temporary name and moved
//! into place, so a reader never sees half a file; a new file is linked into place,
//! which fails rather than overwrite one already there (where the file system has no hard
//! links, such as FAT, it is moved into place when the name is free).

use super::{Fetched, Transport};
use crate::ExchangeError;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Folder {
    root: PathBuf,
}

impl Folder {
    pub fn new(root: &Path) -> Self {
        Folder {
            root: root.to_path_buf(),
        }
    }

    fn path(&self, path: &str) -> PathBuf {
        self.root.join(path)
    }

    fn io(&self, path: &Path, e: std::io::Error) -> ExchangeError {
        ExchangeError::Transport {
            url: path.display().to_string(),
            reason: e.to_string(),
        }
    }

    /// A temporary file beside `target`, written and synced.
    fn temp_with(&self, target: &Path, bytes: &[u8]) -> Result<tempfile::TempPath, ExchangeError> {
        let dir = target.parent().unwrap_or(&self.root);
        let mut file = tempfile::Builder::new()
            .prefix(".caravan-")
            .tempfile_in(dir)
            .map_err(|e| self.io(dir, e))?;
        use std::io::Write;
        file.write_all(bytes)
            .and_then(|_| file.as_file().sync_all())
            .map_err(|e| self.io(target, e))?;
        Ok(file.into_temp_path())
    }
}

/// A tag that changes when the file does: its length and modification time.
fn tag_of(meta: &std::fs::Metadata) -> String {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}-{modified}", meta.len())
}

impl Transport for Folder {
    fn get(
        &self,
        path: &str,
        etag: Option<&str>,
        max_bytes: u64,
    ) -> Result<Fetched, ExchangeError> {
        let full = self.path(path);
        let mut file = match std::fs::File::open(&full) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Fetched::NotFound),
            Err(e) => return Err(self.io(&full, e)),
        };
        let meta = file.metadata().map_err(|e| self.io(&full, e))?;
        let tag = tag_of(&meta);
        if etag == Some(tag.as_str()) {
            return Ok(Fetched::NotModified);
        }
        // Refused from its size, before a byte of it is read.
        if meta.len() > max_bytes {
            return Err(ExchangeError::TooLarge {
                what: crate::error::Part::File,
                size: meta.len(),
                limit: max_bytes,
            });
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        file.by_ref()
            .take(max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| self.io(&full, e))?;
        if bytes.len() as u64 > max_bytes {
            return Err(ExchangeError::TooLarge {
                what: crate::error::Part::File,
                size: bytes.len() as u64,
                limit: max_bytes,
            });
        }
        Ok(Fetched::Found {
            bytes,
            etag: Some(tag),
        })
    }

    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), ExchangeError> {
        let full = self.path(path);
        let temp = self.temp_with(&full, bytes)?;
        temp.persist(&full).map_err(|e| self.io(&full, e.error))
    }

    fn put_new(&self, path: &str, bytes: &[u8]) -> Result<bool, ExchangeError> {
        let full = self.path(path);
        let temp = self.temp_with(&full, bytes)?;
        // A hard link fails when the name is taken: a move that never overwrites.
        match std::fs::hard_link(&temp, &full) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            // A file system without hard links (FAT on a USB stick): look, then move. Only
            // the sender writes its stream, so nobody else takes the name in between.
            Err(_) if full.exists() => Ok(false),
            Err(_) => temp
                .persist(&full)
                .map(|_| true)
                .map_err(|e| self.io(&full, e.error)),
        }
    }

    fn make_dir(&self, path: &str) -> Result<(), ExchangeError> {
        let full = self.path(path);
        std::fs::create_dir_all(&full).map_err(|e| self.io(&full, e))
    }
}
