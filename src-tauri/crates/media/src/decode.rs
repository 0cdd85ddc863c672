//! Decoding under limits, with the EXIF orientation applied.

use crate::MediaError;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader};
use std::io::Cursor;

/// How much an image may claim before it is refused unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest side, in pixels.
    pub max_side: u32,
    /// Width × height, in pixels.
    pub max_pixels: u64,
    /// Bytes the decoder may allocate.
    pub max_alloc: u64,
}

impl Default for Limits {
    /// Room for a 100-megapixel poster (10,000 × 10,000), no more than 1 GiB of memory.
    fn default() -> Self {
        Limits {
            max_side: 20_000,
            max_pixels: 100_000_000,
            max_alloc: 1 << 30,
        }
    }
}

/// A decoded image, upright, in 8-bit RGB or RGBA.
#[derive(Debug)]
pub struct Decoded {
    pub image: DynamicImage,
    pub format: &'static str,
}

fn format_name(f: ImageFormat) -> Option<&'static str> {
    Some(match f {
        ImageFormat::Jpeg => "jpeg",
        ImageFormat::Png => "png",
        ImageFormat::WebP => "webp",
        ImageFormat::Gif => "gif",
        ImageFormat::Tiff => "tiff",
        ImageFormat::Bmp => "bmp",
        _ => return None,
    })
}

fn classify(e: ImageError) -> MediaError {
    match e {
        ImageError::Limits(_) => MediaError::TooLarge { claimed: None },
        ImageError::Unsupported(_) => MediaError::Unsupported,
        ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            MediaError::Truncated
        }
        ImageError::Decoding(d) => {
            // The decoders report these only in prose; they are told apart here, once,
            // so that callers get codes and never read the prose themselves.
            let text = d.to_string();
            let lower = text.to_lowercase();
            if lower.contains("too large") || lower.contains("limit") {
                MediaError::TooLarge { claimed: None }
            } else if lower.contains("eof") || lower.contains("end of") || lower.contains("truncat")
            {
                MediaError::Truncated
            } else {
                MediaError::Corrupt(text)
            }
        }
        other => MediaError::Corrupt(other.to_string()),
    }
}

/// Decodes `bytes`, refusing anything over `limits` from its header alone.
pub fn decode(bytes: &[u8], limits: &Limits) -> Result<Decoded, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| MediaError::Corrupt(e.to_string()))?;
    let format = reader
        .format()
        .and_then(format_name)
        .ok_or(MediaError::Unsupported)?;
    let mut reader = reader;
    let mut decoder_limits = image::Limits::default();
    decoder_limits.max_image_width = Some(limits.max_side);
    decoder_limits.max_image_height = Some(limits.max_side);
    decoder_limits.max_alloc = Some(limits.max_alloc);
    reader.limits(decoder_limits);
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(MediaError::Corrupt(format!("{width} × {height} pixels")));
    }
    let pixels = u64::from(width) * u64::from(height);
    if width > limits.max_side || height > limits.max_side || pixels > limits.max_pixels {
        return Err(MediaError::TooLarge {
            claimed: Some((width.into(), height.into())),
        });
    }
    // A broken EXIF block is not a broken image: without a readable orientation the
    // image is taken as it is stored.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| match classify(e) {
        MediaError::TooLarge { .. } => MediaError::TooLarge {
            claimed: Some((width.into(), height.into())),
        },
        other => other,
    })?;
    image.apply_orientation(orientation);
    // Thumbnails and hashes work on 8 bits per channel; 16-bit and palette images and
    // CMYK JPEGs (converted by the decoder) all arrive here as RGB or RGBA.
    let image = if image.color().has_alpha() {
        DynamicImage::ImageRgba8(image.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(image.into_rgb8())
    };
    Ok(Decoded { image, format })
}
