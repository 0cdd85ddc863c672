//! What can go wrong between two copies of Caravan, each with a stable code: an envelope
//! or a card that does not verify, a stream out of order, an exchange point that cannot be
//! reached or written.

/// The part of an envelope or file an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    FirstLine,
    Header,
    Signature,
    Payload,
    Attachment,
    Attachments,
    Body,
    File,
}

impl Part {
    /// A kebab-case key, for messages (`envelope-part--KEY`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::FirstLine => "first-line",
            Part::Header => "header",
            Part::Signature => "signature",
            Part::Payload => "payload",
            Part::Attachment => "attachment",
            Part::Attachments => "attachments",
            Part::Body => "body",
            Part::File => "file",
        }
    }
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refusal or a failure of the exchange. Nothing is stored when one is returned.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("the envelope is cut short ({0})")]
    Truncated(Part),
    #[error("the envelope is not well formed ({0})")]
    Malformed(String),
    #[error("the envelope is damaged ({0} does not match its hash)")]
    Damaged(Part),
    #[error("envelope format version {0} is not one this Caravan reads")]
    UnsupportedVersion(u64),
    #[error("{what} of {size} bytes is over the limit of {limit}")]
    TooLarge { what: Part, size: u64, limit: u64 },
    #[error("the sender {0} is not a known member")]
    UnknownSender(String),
    #[error("the signature does not verify")]
    BadSignature,
    #[error("the envelope names this copy as a recipient but cannot be opened with its key")]
    NotAddressed,
    #[error("envelope {got} of {sender} arrived where {expected} was due")]
    Gap {
        sender: String,
        expected: u64,
        got: u64,
    },
    #[error("envelope {got} of {sender} was already applied")]
    Replay { sender: String, got: u64 },
    #[error("envelope {seq} of {sender} does not follow the one applied before it")]
    Fork { sender: String, seq: u64 },
    #[error("an envelope of {sender} stands in the stream of {stream}")]
    WrongStream { stream: String, sender: String },
    #[error("attachment name '{0}' is not a plain file name")]
    BadAttachmentName(String),
    #[error("attachment '{0}' is not what the header says")]
    AttachmentMismatch(String),
    #[error("the member card is not well formed ({0})")]
    CardMalformed(String),
    #[error("the member card's signature does not verify")]
    CardBadSignature,
    #[error("the card for {0} has new keys but is not signed by its old ones")]
    CardNotARotation(String),
    #[error("'{0}' is not a fingerprint (a character is wrong or missing)")]
    FingerprintInvalid(String),
    #[error("the keys could not be read: the passphrase is wrong or the sealed keys are damaged")]
    PassphraseWrong,
    #[error("{url}: {reason}")]
    Transport { url: String, reason: String },
    #[error("{url}: answered HTTP {status}")]
    Http { url: String, status: u16 },
    #[error("{0}: this exchange point cannot be written to")]
    ReadOnly(String),
    #[error("{path}: another envelope already stands at this place in the stream")]
    StreamConflict { path: String },
}

impl ExchangeError {
    /// The stable code scripts and the window act on.
    pub fn code(&self) -> &'static str {
        match self {
            ExchangeError::Truncated(_) => "envelope-truncated",
            ExchangeError::Malformed(_) => "envelope-malformed",
            ExchangeError::Damaged(_) => "envelope-damaged",
            ExchangeError::UnsupportedVersion(_) => "envelope-unsupported-version",
            ExchangeError::TooLarge { .. } => "envelope-too-large",
            ExchangeError::UnknownSender(_) => "envelope-unknown-sender",
            ExchangeError::BadSignature => "envelope-bad-signature",
            ExchangeError::NotAddressed => "envelope-not-addressed",
            ExchangeError::Gap { .. } => "envelope-gap",
            ExchangeError::Replay { .. } => "envelope-replay",
            ExchangeError::Fork { .. } => "envelope-fork",
            ExchangeError::WrongStream { .. } => "envelope-wrong-stream",
            ExchangeError::BadAttachmentName(_) => "envelope-bad-attachment-name",
            ExchangeError::AttachmentMismatch(_) => "envelope-attachment-mismatch",
            ExchangeError::CardMalformed(_) => "card-malformed",
            ExchangeError::CardBadSignature => "card-bad-signature",
            ExchangeError::CardNotARotation(_) => "card-not-a-rotation",
            ExchangeError::FingerprintInvalid(_) => "fingerprint-invalid",
            ExchangeError::PassphraseWrong => "identity-passphrase-wrong",
            ExchangeError::Transport { .. } => "exchange-unreachable",
            ExchangeError::Http { .. } => "exchange-http",
            ExchangeError::ReadOnly(_) => "exchange-read-only",
            ExchangeError::StreamConflict { .. } => "stream-conflict",
        }
    }
}
