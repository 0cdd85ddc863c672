//! Thumbnails in three sizes, and the perceptual hash.

use crate::MediaError;
use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::DynamicImage;

/// The long edge of each thumbnail, in pixels: list rows, the work page, a full view.
pub const SIZES: [u32; 3] = [160, 480, 1280];

/// WebP quality for thumbnails: visually clean at a fraction of JPEG's size.
const QUALITY: f32 = 80.0;

/// One rendered thumbnail.
#[derive(Clone)]
pub struct Thumbnail {
    /// The long edge asked for (one of [`SIZES`]).
    pub size: u32,
    pub width: u32,
    pub height: u32,
    pub format: &'static str,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Thumbnail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Thumbnail")
            .field("size", &self.size)
            .field("width", &self.width)
            .field("height", &self.height)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// The dimensions that fit `size` on the long edge, never enlarging.
fn fit(width: u32, height: u32, size: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= size {
        return (width, height);
    }
    let scale = f64::from(size) / f64::from(long);
    let w = ((f64::from(width) * scale).round() as u32).max(1);
    let h = ((f64::from(height) * scale).round() as u32).max(1);
    (w, h)
}

/// Renders every size, largest first, each from the one before it: downscaling from
/// 1280 rather than from the original is what keeps a 24-megapixel poster fast. Returns
/// the thumbnails and the smallest rendering, which the perceptual hash is taken from.
pub(crate) fn render(image: &DynamicImage) -> Result<(Vec<Thumbnail>, DynamicImage), MediaError> {
    let mut resizer = Resizer::new();
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    let mut source: Option<DynamicImage> = None;
    let mut out = Vec::with_capacity(SIZES.len());
    for size in SIZES.iter().rev() {
        let from = source.as_ref().unwrap_or(image);
        let (w, h) = fit(from.width(), from.height(), *size);
        let resized = if (w, h) == (from.width(), from.height()) {
            from.clone()
        } else {
            let mut dst = DynamicImage::new(w, h, from.color());
            resizer
                .resize(from, &mut dst, &options)
                .map_err(|e| MediaError::Render(e.to_string()))?;
            dst
        };
        let encoder = match &resized {
            DynamicImage::ImageRgba8(buf) => webp::Encoder::from_rgba(buf.as_raw(), w, h),
            DynamicImage::ImageRgb8(buf) => webp::Encoder::from_rgb(buf.as_raw(), w, h),
            other => {
                return Err(MediaError::Render(format!(
                    "unexpected pixel layout {:?}",
                    other.color()
                )))
            }
        };
        let bytes = encoder.encode(QUALITY).to_vec();
        out.push(Thumbnail {
            size: *size,
            width: w,
            height: h,
            format: "webp",
            bytes,
        });
        source = Some(resized);
    }
    out.reverse();
    let smallest = source.unwrap_or_else(|| image.clone());
    Ok((out, smallest))
}

fn hasher() -> image_hasher::Hasher {
    image_hasher::HasherConfig::new()
        .hash_size(16, 16)
        .hash_alg(image_hasher::HashAlg::DoubleGradient)
        .to_hasher()
}

/// A perceptual hash of the upright image, base64. The hasher shrinks the image to a few
/// dozen pixels first, so the 160 px thumbnail gives the same hash as the original at a
/// thousandth of the cost.
pub(crate) fn perceptual_hash(image: &DynamicImage) -> String {
    hasher().hash_image(image).to_base64()
}

/// How many bits two perceptual hashes differ by; `None` when either is not a hash.
pub fn perceptual_distance(a: &str, b: &str) -> Option<u32> {
    let a = image_hasher::ImageHash::<Box<[u8]>>::from_base64(a).ok()?;
    let b = image_hasher::ImageHash::<Box<[u8]>>::from_base64(b).ok()?;
    (a.as_bytes().len() == b.as_bytes().len()).then(|| a.dist(&b))
}
