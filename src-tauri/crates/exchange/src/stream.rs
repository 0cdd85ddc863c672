//! Streams: each sender appends its envelopes, numbered from 1, to its own folder at an
//! exchange point, and keeps a small head file saying how far the stream goes:
//!
//! ```text
//! streams/<fingerprint>/head.json           {"seq": 12, "hash": "<sha256 of envelope 12>"}
//! streams/<fingerprint>/0000000001.env      envelope 1
//! …
//! cards/<fingerprint>.card                  the sender's member card
//! ```
//!
//! An envelope file is written once and never overwritten; the head is rewritten after
//! each publish and is only a hint (a reader trusts the envelopes, which are signed, not
//! the head). A reader remembers, per sender, the last envelope it applied and that
//! envelope's hash; the next must carry the next number and name that hash as its `prev`.

use crate::envelope::Header;
use crate::{ExchangeError, Fingerprint};
use serde::{Deserialize, Serialize};

pub fn stream_dir(sender: &Fingerprint) -> String {
    format!("streams/{}", sender.as_str())
}

pub fn envelope_path(sender: &Fingerprint, seq: u64) -> String {
    format!("streams/{}/{seq:010}.env", sender.as_str())
}

pub fn head_path(sender: &Fingerprint) -> String {
    format!("streams/{}/head.json", sender.as_str())
}

pub fn card_path(sender: &Fingerprint) -> String {
    format!("cards/{}.card", sender.as_str())
}

/// How far a stream goes, as its head file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub seq: u64,
    pub hash: String,
}

impl Head {
    pub fn read(bytes: &[u8]) -> Result<Head, ExchangeError> {
        if bytes.len() > 4096 {
            return Err(ExchangeError::Malformed("head file over 4 KiB".to_owned()));
        }
        serde_json::from_slice(bytes).map_err(|e| ExchangeError::Malformed(format!("head: {e}")))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// Where a reader stands in one sender's stream.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Position {
    /// The last envelope applied (0 before the first).
    pub seq: u64,
    /// Its hash.
    pub hash: Option<String>,
}

impl Position {
    /// Whether an envelope may be applied next: it must be this sender's, carry the next
    /// number, and follow the envelope applied last.
    pub fn admits(&self, sender: &Fingerprint, header: &Header) -> Result<(), ExchangeError> {
        let who = sender.grouped();
        if header.sender != sender.as_str() {
            // Another sender's envelope spliced into this stream.
            let spliced = Fingerprint::parse(&header.sender)
                .map(|f| f.grouped())
                .unwrap_or_else(|_| header.sender.clone());
            return Err(ExchangeError::WrongStream {
                stream: who,
                sender: spliced,
            });
        }
        let expected = self.seq + 1;
        if header.seq < expected {
            return Err(ExchangeError::Replay {
                sender: who,
                got: header.seq,
            });
        }
        if header.seq > expected {
            return Err(ExchangeError::Gap {
                sender: who,
                expected,
                got: header.seq,
            });
        }
        if header.prev != self.hash {
            return Err(ExchangeError::Fork {
                sender: who,
                seq: header.seq,
            });
        }
        Ok(())
    }
}
