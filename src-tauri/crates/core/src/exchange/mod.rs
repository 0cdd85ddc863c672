//! The exchange as this copy lives it: its identity (`identity`), the members whose
//! cards it holds (`members`), the exchange points it meets them at (`points`), the
//! envelopes it adds to its own stream (`outbox`), and publishing that stream and pulling
//! the others' (`sync`). The envelopes, cards and transports themselves are
//! `caravan-exchange`'s; this module keeps what they need in the store, each envelope
//! applied in one transaction with the stream position it moves.

mod identity;
mod members;
mod notes;
mod outbox;
mod points;
mod sync;

use crate::api::Qr;
use crate::{Caravan, Error};
use caravan_exchange::{Card, Fingerprint, Identity, PublicKeys};
use caravan_store::{exchange, Db};

pub use outbox::Recipients;

/// The limits envelopes are read under.
pub(crate) fn limits() -> caravan_exchange::envelope::Limits {
    caravan_exchange::envelope::Limits::default()
}

/// The QR code of a fingerprint, for the window.
pub(crate) fn qr_of(fingerprint: &Fingerprint) -> Qr {
    match qrcode::QrCode::new(fingerprint.grouped().as_bytes()) {
        Ok(code) => Qr {
            size: code.width() as u32,
            modules: code
                .to_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect(),
        },
        Err(_) => Qr {
            size: 0,
            modules: Vec::new(),
        },
    }
}

/// The keys a held card names, by fingerprint (current or replaced: a rotated member's
/// old stream is still read to its end).
pub(crate) fn keys_of(
    db: &Db<'_>,
    fingerprint: &Fingerprint,
) -> Result<Option<(PublicKeys, String)>, Error> {
    let Some(row) = exchange::key(db, fingerprint.as_str())? else {
        return Ok(None);
    };
    let card = Card::read(&row.card)?;
    Ok(Some((card.keys, row.member)))
}

impl Caravan {
    /// This copy's secret keys, unsealed once per process from the keychain or with the
    /// passphrase.
    pub(crate) fn secret_identity(&self) -> Result<std::sync::Arc<Identity>, Error> {
        if let Some(id) = self
            .identity
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            return Ok(id);
        }
        let row = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let secret = match (&row.keychain, &row.sealed) {
            (Some(name), _) => self.secrets.fetch(name).ok_or(Error::KeychainUnavailable)?,
            (None, Some(sealed)) => {
                let passphrase = self.passphrase().ok_or(Error::PassphraseNeeded)?;
                caravan_exchange::seal::unseal(sealed, &passphrase)?
            }
            (None, None) => return Err(Error::IdentityMissing),
        };
        let secret: [u8; 64] = secret
            .try_into()
            .map_err(|_| caravan_exchange::ExchangeError::PassphraseWrong)?;
        let identity = Identity::from_secret(secret)?;
        if identity.fingerprint().as_str() != row.fingerprint {
            return Err(caravan_exchange::ExchangeError::PassphraseWrong.into());
        }
        let identity = std::sync::Arc::new(identity);
        *self.identity.lock().unwrap_or_else(|p| p.into_inner()) = Some(identity.clone());
        Ok(identity)
    }

    /// The passphrase to seal and unseal keys with: the one given to [`Caravan::unlock`],
    /// else the world's.
    pub(crate) fn passphrase(&self) -> Option<String> {
        self.passphrase
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .or_else(|| self.secrets.passphrase())
    }

    /// Unseals this copy's keys with a passphrase a person typed (the window asks when no
    /// keychain holds them and none was given), and keeps it for the rest of the process.
    /// A wrong one is refused and forgotten.
    pub fn unlock(&self, passphrase: &str) -> Result<crate::api::IdentityInfo, Error> {
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = Some(passphrase.to_owned());
        *self.identity.lock().unwrap_or_else(|p| p.into_inner()) = None;
        match self.secret_identity() {
            Ok(_) => self.identity_info(),
            Err(e) => {
                *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = None;
                Err(e)
            }
        }
    }

    /// Gives the passphrase to seal new keys with (the window asks for it before making
    /// an identity where no keychain answers).
    pub fn set_passphrase(&self, passphrase: &str) {
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = Some(passphrase.to_owned());
    }

    /// Whether this copy's keys are unsealed (or can be without asking anyone).
    pub fn unlocked(&self) -> bool {
        self.secret_identity().is_ok()
    }

    /// Keeps the unsealed keys for the rest of the process.
    pub(crate) fn remember_identity(&self, identity: Identity) {
        *self.identity.lock().unwrap_or_else(|p| p.into_inner()) =
            Some(std::sync::Arc::new(identity));
    }
}
