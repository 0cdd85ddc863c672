//! Posters, stills and cover art, straight off a submitter's phone or a design studio:
//! huge, rotated, CMYK, sometimes broken, sometimes hostile.
//!
//! [`ingest`] turns the bytes of one file into everything Caravan keeps about it, or a
//! coded refusal: it decodes under [`Limits`] (a decompression bomb is refused from its
//! header, before the pixels are allocated), applies the EXIF orientation, renders
//! thumbnails in three sizes as WebP (pixels only: no EXIF, so no GPS, reaches a
//! derivative), and computes the SHA-256 of the original and a perceptual hash.
//! [`MediaFiles`] keeps originals and thumbnails by content address beside the database.

mod decode;
mod error;
mod files;
mod thumbs;

pub use decode::{decode, Decoded, Limits};
pub use error::MediaError;
pub use files::MediaFiles;
pub use thumbs::{perceptual_distance, Thumbnail, SIZES};

use sha2::{Digest, Sha256};

/// What Caravan keeps about one accepted image.
#[derive(Debug, Clone)]
pub struct Ingested {
    /// SHA-256 of the original bytes, lower-case hex.
    pub sha256: String,
    /// The format the bytes are in (`jpeg`, `png`, `webp`, `gif`, `tiff`, `bmp`).
    pub format: &'static str,
    /// Width and height after the EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
    /// A perceptual hash: near-identical images have hashes a few bits apart.
    pub phash: String,
    pub thumbnails: Vec<Thumbnail>,
}

/// The SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Decodes, orients, hashes and thumbnails one image.
pub fn ingest(bytes: &[u8], limits: &Limits) -> Result<Ingested, MediaError> {
    let decoded = decode(bytes, limits)?;
    let (thumbnails, smallest) = thumbs::render(&decoded.image)?;
    Ok(Ingested {
        sha256: sha256_hex(bytes),
        format: decoded.format,
        width: decoded.image.width(),
        height: decoded.image.height(),
        phash: thumbs::perceptual_hash(&smallest),
        thumbnails,
    })
}

/// The media type (`image/webp` …) of stored image bytes, read from their signature.
pub fn media_type(bytes: &[u8]) -> &'static str {
    image::guess_format(bytes)
        .map(|f| f.to_mime_type())
        .unwrap_or("application/octet-stream")
}
