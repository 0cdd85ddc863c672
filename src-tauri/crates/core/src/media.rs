//! Images of works: adding one (decoded, oriented, thumbnailed and stored by content
//! before a row is written, so a refused file leaves nothing behind), listing, removing,
//! collecting unreferenced files, and finding the same picture under two works.

use crate::api::{MediaInfo, SimilarImages, ThumbnailInfo};
use crate::{Caravan, Error};
use caravan_domain::{MediaId, MediaKind, WorkId};
use caravan_media::{ingest, perceptual_distance, Limits, MediaError, MediaFiles};
use caravan_store::media::{self, MediaRow, ThumbnailRow};
use std::path::Path;

/// The largest file taken in: far above any real poster, far below a disk-filling mistake.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Perceptual hashes this close (of 256 bits) are taken as the same picture.
pub const SAME_PICTURE_BITS: u32 = 24;

fn info(files: &MediaFiles, m: MediaRow) -> MediaInfo {
    let path = |sha: &str| {
        files
            .path_of(sha)
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    };
    MediaInfo {
        id: MediaId(m.id),
        work_id: WorkId(m.work_id),
        kind: m.kind,
        path: path(&m.sha256),
        sha256: m.sha256,
        width: m.width,
        height: m.height,
        format: m.format,
        bytes: m.bytes,
        file_name: m.file_name,
        thumbnails: m
            .thumbnails
            .into_iter()
            .map(|t| ThumbnailInfo {
                size: t.size,
                width: t.width,
                height: t.height,
                format: t.format,
                path: path(&t.sha256),
                sha256: t.sha256,
            })
            .collect(),
    }
}

fn read_file(file: &Path) -> Result<Vec<u8>, Error> {
    let failed = |source: MediaError| Error::Media {
        file: file.to_path_buf(),
        source,
    };
    let io = |e: std::io::Error| {
        failed(MediaError::Io {
            path: file.to_path_buf(),
            source: e,
        })
    };
    let meta = std::fs::metadata(file).map_err(io)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(failed(MediaError::TooLarge { claimed: None }));
    }
    std::fs::read(file).map_err(io)
}

impl Caravan {
    /// Adds an image file to a work. The same file added again to the same work is not
    /// duplicated: the existing image comes back.
    pub fn add_media(
        &self,
        work: WorkId,
        file: &Path,
        kind: MediaKind,
    ) -> Result<MediaInfo, Error> {
        let bytes = read_file(file)?;
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        self.add_media_bytes(work, &bytes, name, file, kind)
    }

    /// Adds an image held in memory (`file` names it in errors).
    pub(crate) fn add_media_bytes(
        &self,
        work: WorkId,
        bytes: &[u8],
        file_name: Option<String>,
        file: &Path,
        kind: MediaKind,
    ) -> Result<MediaInfo, Error> {
        self.read(|db| crate::require_work(db, work))?;
        let work_id = work.get();
        let failed = |source: MediaError| Error::Media {
            file: file.to_path_buf(),
            source,
        };
        let got = ingest(bytes, &Limits::default()).map_err(failed)?;
        let files = self.media_files();
        files.put(bytes).map_err(failed)?;
        let mut thumbnails = Vec::with_capacity(got.thumbnails.len());
        for t in &got.thumbnails {
            let sha256 = files.put(&t.bytes).map_err(failed)?;
            thumbnails.push(ThumbnailRow {
                size: t.size,
                width: t.width,
                height: t.height,
                format: t.format.to_owned(),
                sha256,
            });
        }
        let row = MediaRow {
            id: 0,
            work_id,
            kind,
            sha256: got.sha256,
            format: got.format.to_owned(),
            width: got.width,
            height: got.height,
            bytes: bytes.len() as u64,
            phash: got.phash,
            file_name,
            thumbnails,
        };
        let now = self.clock.now_ms();
        let written = self.write(|tx| {
            crate::require_work(tx, work)?;
            let (id, new) = media::insert(tx, &row, now)?;
            if new {
                let detail = serde_json::json!({ "work_id": work_id, "kind": kind, "sha256": row.sha256, "file_name": row.file_name });
                self.audit(tx, "media.add", "media", Some(id), detail)?;
            }
            Ok(id)
        });
        let id = match written {
            Ok(id) => id,
            Err(e) => {
                // The files written above may now belong to nothing.
                let _ = self.collect_media();
                return Err(e);
            }
        };
        self.media(MediaId(id))
    }

    pub fn media(&self, id: MediaId) -> Result<MediaInfo, Error> {
        let files = self.media_files();
        self.read(|db| {
            media::get(db, id.get())?
                .map(|m| info(&files, m))
                .ok_or(Error::MediaNotFound(id.get()))
        })
    }

    /// A work's images, posters first.
    pub fn media_of(&self, work: WorkId) -> Result<Vec<MediaInfo>, Error> {
        let files = self.media_files();
        self.read(|db| {
            crate::require_work(db, work)?;
            Ok(media::of_work(db, work.get())?
                .into_iter()
                .map(|m| info(&files, m))
                .collect())
        })
    }

    /// Removes an image from its work, and its files once nothing refers to them.
    pub fn remove_media(&self, media: MediaId) -> Result<MediaId, Error> {
        let id = media.get();
        self.write(|tx| {
            let Some(existing) = media::get(tx, id)? else {
                return Err(Error::MediaNotFound(id));
            };
            media::delete(tx, id)?;
            let detail =
                serde_json::json!({ "work_id": existing.work_id, "sha256": existing.sha256 });
            self.audit(tx, "media.remove", "media", Some(id), detail)
        })?;
        self.collect_media()?;
        Ok(media)
    }

    /// Deletes image files no row refers to; returns how many.
    pub fn collect_media(&self) -> Result<usize, Error> {
        let keep = self.read(|db| Ok(media::referenced(db)?))?;
        let files = self.media_files();
        files.collect(&keep).map_err(|source| Error::Media {
            file: files.root().to_path_buf(),
            source,
        })
    }

    /// Pairs of works that carry what looks like the same picture, closest first — the
    /// same poster submitted under two titles.
    pub fn similar_images(&self) -> Result<Vec<SimilarImages>, Error> {
        let all = self.read(|db| Ok(media::hashes(db)?))?;
        let mut pairs = Vec::new();
        for (i, (a_media, a_work, a_hash)) in all.iter().enumerate() {
            for (b_media, b_work, b_hash) in &all[i + 1..] {
                if a_work == b_work {
                    continue;
                }
                if let Some(distance) =
                    perceptual_distance(a_hash, b_hash).filter(|d| *d <= SAME_PICTURE_BITS)
                {
                    pairs.push(SimilarImages {
                        a_work: WorkId(*a_work),
                        b_work: WorkId(*b_work),
                        a_media: MediaId(*a_media),
                        b_media: MediaId(*b_media),
                        distance,
                    });
                }
            }
        }
        pairs.sort_by_key(|p| (p.distance, p.a_work, p.b_work));
        Ok(pairs)
    }
}
