//! Fingerprints two people can read to each other over the phone, in the manner of
//! Syncthing's device IDs: the SHA-256 of a member's signing key in base32 (RFC 4648,
//! no padding: 52 characters of `A–Z 2–7`), cut into four blocks of 13, each followed by
//! a Luhn mod 32 check character, and shown as eight groups of seven:
//! `MFZWI3D-BONSGYC-…`. A misread or mistyped character is caught by its block's check
//! character rather than naming another member.
//!
//! The check character follows the Luhn mod N algorithm with N = 32 over the base32
//! alphabet: walking the block from its last character to its first, every second value
//! (starting with the last) is doubled and its base-32 digits summed; the check value is
//! the one that brings the sum to a multiple of 32.

use crate::ExchangeError;
use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|a| *a == c).map(|p| p as u32)
}

/// The Luhn mod 32 check character of a block of base32 characters.
fn check_character(block: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, c) in block.iter().rev().enumerate() {
        let mut v = value(*c).unwrap_or(0);
        if i % 2 == 0 {
            v *= 2;
            v = v / 32 + v % 32;
        }
        sum += v;
    }
    ALPHABET[((32 - sum % 32) % 32) as usize]
}

/// A member's fingerprint, in its canonical form: 56 characters without dashes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The fingerprint of an Ed25519 public key.
    pub fn of_key(signing_key: &[u8; 32]) -> Self {
        let digest = Sha256::digest(signing_key);
        let b32 = data_encoding::BASE32_NOPAD.encode(&digest);
        let mut out = String::with_capacity(56);
        for block in b32.as_bytes().chunks(13) {
            out.push_str(std::str::from_utf8(block).unwrap_or_default());
            out.push(check_character(block) as char);
        }
        Fingerprint(out)
    }

    /// Reads a fingerprint as a person typed it: in any case, with or without dashes and
    /// spaces. A character out of place fails its block's check.
    pub fn parse(text: &str) -> Result<Self, ExchangeError> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        let invalid = || ExchangeError::FingerprintInvalid(text.to_owned());
        if compact.len() != 56 || !compact.bytes().all(|b| value(b).is_some()) {
            return Err(invalid());
        }
        for block in compact.as_bytes().chunks(14) {
            if check_character(&block[..13]) != block[13] {
                return Err(invalid());
            }
        }
        Ok(Fingerprint(compact))
    }

    /// The canonical form, as stored and as stream folders are named.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Eight groups of seven characters, for people.
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(7)
            .map(|g| std::str::from_utf8(g).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-")
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.grouped())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_reads_back_in_any_spelling() {
        let fp = Fingerprint::of_key(&[7; 32]);
        assert_eq!(fp.as_str().len(), 56);
        assert_eq!(fp.grouped().len(), 63);
        assert_eq!(Fingerprint::parse(&fp.grouped()).unwrap(), fp);
        assert_eq!(
            Fingerprint::parse(&fp.grouped().to_lowercase().replace('-', " ")).unwrap(),
            fp
        );
    }

    #[test]
    fn one_wrong_character_is_caught() {
        let fp = Fingerprint::of_key(&[42; 32]).as_str().to_owned();
        for i in 0..fp.len() {
            let mut bytes = fp.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let typo = String::from_utf8(bytes).unwrap();
            assert!(Fingerprint::parse(&typo).is_err(), "position {i}: {typo}");
        }
        assert!(Fingerprint::parse(&fp[..55]).is_err());
        assert!(Fingerprint::parse(&format!("{}1", &fp[..55])).is_err());
    }
}
