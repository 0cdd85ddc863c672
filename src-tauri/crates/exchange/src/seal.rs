//! Secret keys at rest, sealed with a passphrase: age's scrypt recipient (the passphrase
//! is stretched by scrypt, the keys encrypted with ChaCha20-Poly1305), used where no OS
//! keychain answers — a headless Linux, a script given `CARAVAN_PASSPHRASE`.

use crate::ExchangeError;
use age::secrecy::SecretString;

/// scrypt's work factor (log2 N) for new seals: about a second on a laptop.
pub const WORK_FACTOR: u8 = 18;

/// Seals `secret` with `passphrase`; `work_factor` lowers scrypt's cost for tests.
pub fn seal(secret: &[u8], passphrase: &str, work_factor: u8) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(work_factor);
    // Encrypting to one passphrase recipient cannot fail.
    age::encrypt(&recipient, secret).unwrap_or_default()
}

/// Opens what [`seal`] sealed, or says the passphrase is wrong.
pub fn unseal(sealed: &[u8], passphrase: &str) -> Result<Vec<u8>, ExchangeError> {
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    // A sealed file from an attacker must not make us spend minutes in scrypt.
    identity.set_max_work_factor(22);
    age::decrypt(&identity, sealed).map_err(|_| ExchangeError::PassphraseWrong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_passphrase_opens_and_a_wrong_one_does_not() {
        let sealed = seal(b"sixty-four secret bytes", "Tbilisi 2027", 4);
        assert_ne!(&sealed[..], b"sixty-four secret bytes");
        assert_eq!(
            unseal(&sealed, "Tbilisi 2027").unwrap(),
            b"sixty-four secret bytes"
        );
        assert_eq!(
            unseal(&sealed, "tbilisi 2027").unwrap_err().code(),
            "identity-passphrase-wrong"
        );
    }
}
