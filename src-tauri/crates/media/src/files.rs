//! The content-addressed folder beside the database: every original and thumbnail is a
//! file named by its SHA-256, written once (to a temporary name, synced, then renamed, so
//! a crash never leaves half a file under a real name) and shared by every work that
//! uses the same bytes.

use crate::{sha256_hex, MediaError};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct MediaFiles {
    root: PathBuf,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> MediaError + '_ {
    move |source| MediaError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl MediaFiles {
    /// The media folder of the database at `db`: `caravan.db` keeps its files in
    /// `caravan.media/` next to it.
    pub fn beside(db: &Path) -> Self {
        let stem = db
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "caravan".into());
        let dir = db.parent().map(Path::to_path_buf).unwrap_or_default();
        MediaFiles {
            root: std::path::absolute(dir.join(format!("{stem}.media")))
                .unwrap_or_else(|_| dir.join(format!("{stem}.media"))),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the file with this SHA-256 lives (whether or not it exists yet). Only
    /// lower-case hex names are accepted, so a name can never leave the folder.
    pub fn path_of(&self, sha256: &str) -> Option<PathBuf> {
        let valid = sha256.len() == 64
            && sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| self.root.join(&sha256[..2]).join(sha256))
    }

    /// Stores `bytes` under their SHA-256 and returns it; bytes already stored are not
    /// written again.
    pub fn put(&self, bytes: &[u8]) -> Result<String, MediaError> {
        let sha = sha256_hex(bytes);
        let path = self
            .path_of(&sha)
            .ok_or_else(|| MediaError::Render("bad hash".into()))?;
        if path.exists() {
            return Ok(sha);
        }
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let tmp = dir.join(format!(".{sha}.{}.tmp", std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            MediaError::Io {
                path: path.clone(),
                source: e,
            }
        })?;
        Ok(sha)
    }

    /// Deletes every stored file whose hash is not in `keep`; returns how many went.
    pub fn collect(&self, keep: &HashSet<String>) -> Result<usize, MediaError> {
        let mut removed = 0;
        let Ok(shards) = std::fs::read_dir(&self.root) else {
            return Ok(0);
        };
        for shard in shards.flatten() {
            let Ok(files) = std::fs::read_dir(shard.path()) else {
                continue;
            };
            for file in files.flatten() {
                let name = file.file_name().to_string_lossy().into_owned();
                if !keep.contains(&name) && self.path_of(&name).is_some() {
                    std::fs::remove_file(file.path()).map_err(io(&file.path()))?;
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}
