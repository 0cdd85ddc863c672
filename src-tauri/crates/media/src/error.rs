//! Why an image was refused, as codes a caller can act on.

#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("the file is empty")]
    Empty,
    #[error("not an image in a format Caravan reads (JPEG, PNG, WebP, GIF, TIFF, BMP)")]
    Unsupported,
    #[error("the image ends early")]
    Truncated,
    #[error("the image is damaged: {0}")]
    Corrupt(String),
    /// Refused from its header; `claimed` is the size it declared, when the decoder said.
    #[error("the image is larger than the limits allow")]
    TooLarge { claimed: Option<(u64, u64)> },
    #[error("{path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("the thumbnail could not be made: {0}")]
    Render(String),
}

impl MediaError {
    /// The stable code scripts and the window act on.
    pub fn code(&self) -> &'static str {
        match self {
            MediaError::Empty => "media-empty",
            MediaError::Unsupported => "media-unsupported",
            MediaError::Truncated => "media-truncated",
            MediaError::Corrupt(_) => "media-corrupt",
            MediaError::TooLarge { .. } => "media-too-large",
            MediaError::Io { .. } => "media-io",
            MediaError::Render(_) => "media-render",
        }
    }
}
