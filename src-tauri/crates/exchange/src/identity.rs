//! A profile's keys: an Ed25519 key that signs what it sends (`ed25519-dalek`) and an age
//! X25519 identity that opens what is sent to it (`age`). Both come from 64 bytes of
//! randomness the caller provides, so a test can make the same keys every time; the
//! secret is those 64 bytes, sealed at rest by [`crate::seal`] or the OS keychain.

use crate::{ExchangeError, Fingerprint};
use bech32::ToBase32;
use ed25519_dalek::{Signer, Verifier};

/// The secret keys of a profile.
pub struct Identity {
    signing: ed25519_dalek::SigningKey,
    decrypting: age::x25519::Identity,
    secret: [u8; 64],
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("fingerprint", &self.fingerprint())
            .finish_non_exhaustive()
    }
}

/// What anyone may know of a profile's keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKeys {
    /// The Ed25519 verifying key.
    pub signing: [u8; 32],
    /// The age X25519 recipient, `age1…`.
    pub age: String,
}

impl PublicKeys {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of_key(&self.signing)
    }

    /// Whether `signature` is this key's signature of `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(&self.signing) else {
            return false;
        };
        let Ok(signature) = ed25519_dalek::Signature::from_slice(signature) else {
            return false;
        };
        key.verify(message, &signature).is_ok()
    }

    /// The age recipient, for encrypting to this profile.
    pub fn recipient(&self) -> Result<age::x25519::Recipient, ExchangeError> {
        self.age
            .parse()
            .map_err(|e: &str| ExchangeError::CardMalformed(format!("age recipient: {e}")))
    }
}

impl Identity {
    /// The keys made from 64 random bytes: the first 32 are the Ed25519 secret key, the
    /// last 32 the X25519 secret scalar.
    pub fn from_secret(secret: [u8; 64]) -> Result<Self, ExchangeError> {
        let mut signing_bytes = [0u8; 32];
        signing_bytes.copy_from_slice(&secret[..32]);
        let signing = ed25519_dalek::SigningKey::from_bytes(&signing_bytes);
        // age reads X25519 identities only in their Bech32 text form.
        let text = bech32::encode(
            "age-secret-key-",
            (&secret[32..]).to_base32(),
            bech32::Variant::Bech32,
        )
        .map_err(|e| ExchangeError::Malformed(format!("identity: {e}")))?
        .to_uppercase();
        let decrypting = text
            .parse::<age::x25519::Identity>()
            .map_err(|e| ExchangeError::Malformed(format!("identity: {e}")))?;
        Ok(Identity {
            signing,
            decrypting,
            secret,
        })
    }

    /// The 64 secret bytes, to seal at rest.
    pub fn secret(&self) -> &[u8; 64] {
        &self.secret
    }

    pub fn public(&self) -> PublicKeys {
        PublicKeys {
            signing: self.signing.verifying_key().to_bytes(),
            age: self.decrypting.to_public().to_string(),
        }
    }

    pub fn fingerprint(&self) -> Fingerprint {
        self.public().fingerprint()
    }

    /// The Ed25519 signature of `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }

    /// The age identity that opens what was encrypted to this profile.
    pub fn age_identity(&self) -> &age::x25519::Identity {
        &self.decrypting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_secret_makes_the_same_keys_and_signatures_verify() {
        let a = Identity::from_secret([1; 64]).unwrap();
        let b = Identity::from_secret([1; 64]).unwrap();
        assert_eq!(a.public(), b.public());
        assert!(a.public().age.starts_with("age1"));
        let sig = a.sign(b"hello");
        assert!(a.public().verify(b"hello", &sig));
        assert!(!a.public().verify(b"hellO", &sig));
        let other = Identity::from_secret([2; 64]).unwrap();
        assert!(!other.public().verify(b"hello", &sig));
    }
}
