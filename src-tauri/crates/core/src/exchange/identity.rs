//! This copy's identity: made once (`identity init`), shown with its fingerprint, written
//! out as a member card, and rotated to new keys that its old key vouches for.

use super::qr_of;
use crate::api::{CardWritten, IdentityInfo, SealedIn};
use crate::{Caravan, Error};
use caravan_domain::{check_slug, CountryCode, LangTag};
use caravan_exchange::{Card, Identity};
use caravan_store::exchange::{self, IdentityRow};
use std::path::Path;

fn info(row: &IdentityRow) -> Result<IdentityInfo, Error> {
    let card = Card::read(&row.card)?;
    let fingerprint = card.fingerprint();
    Ok(IdentityInfo {
        fingerprint: fingerprint.grouped(),
        name: row.name.clone(),
        member: row.member.clone(),
        country: row.country.clone(),
        languages: card.fields.languages.clone(),
        sealed_in: if row.keychain.is_some() {
            SealedIn::Keychain
        } else {
            SealedIn::Passphrase
        },
        qr: qr_of(&fingerprint),
    })
}

impl Caravan {
    /// Seals the secret keys: in the OS keychain where one answers, else with the
    /// passphrase; with neither, the keys are not made.
    fn seal_keys(&self, identity: &Identity) -> Result<(Option<Vec<u8>>, Option<String>), Error> {
        let name = format!("caravan-{}", identity.fingerprint().as_str());
        if self.secrets.keep(&name, identity.secret()) {
            return Ok((None, Some(name)));
        }
        let passphrase = self.passphrase().ok_or(Error::PassphraseNeeded)?;
        let sealed = caravan_exchange::seal::seal(
            identity.secret(),
            &passphrase,
            self.secrets.work_factor(),
        );
        Ok((Some(sealed), None))
    }

    fn new_identity(&self) -> Result<Identity, Error> {
        let mut secret = [0u8; 64];
        self.entropy.fill(&mut secret);
        Ok(Identity::from_secret(secret)?)
    }

    /// Makes this copy's identity: signing and encryption keys, sealed at rest, and the
    /// member card that names them.
    pub fn identity_init(
        &self,
        name: &str,
        member: &str,
        country: Option<&CountryCode>,
        languages: &[LangTag],
    ) -> Result<IdentityInfo, Error> {
        check_slug(member)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(caravan_domain::DomainError::Empty("member-name".into()).into());
        }
        if self.read(|db| Ok(exchange::identity(db)?))?.is_some() {
            return Err(Error::IdentityExists);
        }
        let identity = self.new_identity()?;
        let languages: Vec<String> = languages.iter().map(|l| l.as_str().to_owned()).collect();
        let now = self.clock.now_ms();
        let card = Card::issue(
            &identity,
            name,
            member,
            country.map(CountryCode::as_str),
            &languages,
            now,
            None,
        )?;
        let (sealed, keychain) = self.seal_keys(&identity)?;
        let row = IdentityRow {
            name: name.to_owned(),
            member: member.to_owned(),
            country: country.map(|c| c.as_str().to_owned()),
            fingerprint: identity.fingerprint().as_str().to_owned(),
            sealed,
            keychain,
            card: card.bytes.clone(),
            created_at: now,
        };
        self.write(|tx| {
            exchange::set_identity(tx, &row)?;
            self.audit(
                tx,
                "identity.init",
                "identity",
                None,
                serde_json::json!({ "fingerprint": row.fingerprint, "member": member }),
            )
        })?;
        self.remember_identity(identity);
        info(&row)
    }

    /// This copy's identity.
    pub fn identity_info(&self) -> Result<IdentityInfo, Error> {
        let row = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        info(&row)
    }

    /// Writes this copy's member card to a file, whole or not at all.
    pub fn write_card(&self, out: &Path) -> Result<CardWritten, Error> {
        let row = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let fail = |reason: String| Error::Export {
            path: out.to_path_buf(),
            reason,
        };
        let dir = out
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(e.to_string()))?;
        std::fs::write(temp.path(), &row.card).map_err(|e| fail(e.to_string()))?;
        temp.persist(out).map_err(|e| fail(e.error.to_string()))?;
        let path = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_path_buf());
        Ok(CardWritten {
            path: path.display().to_string(),
            fingerprint: Card::read(&row.card)?.fingerprint().grouped(),
        })
    }

    /// Replaces this copy's keys with new ones. The new card is signed by the old key too,
    /// and goes out as the last envelope of the old key's stream, so every member who
    /// follows that stream takes the new keys without being asked.
    pub fn identity_rotate(&self) -> Result<IdentityInfo, Error> {
        let old = self.secret_identity()?;
        let row = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let current = Card::read(&row.card)?;
        let fresh = self.new_identity()?;
        let now = self.clock.now_ms();
        let card = Card::issue(
            &fresh,
            &current.fields.name,
            &current.fields.member,
            current.fields.country.as_deref(),
            &current.fields.languages,
            now.max(current.fields.issued_at + 1),
            Some(&old),
        )?;
        let (sealed, keychain) = self.seal_keys(&fresh)?;
        let new_row = IdentityRow {
            fingerprint: fresh.fingerprint().as_str().to_owned(),
            sealed,
            keychain,
            card: card.bytes.clone(),
            created_at: now,
            ..row
        };
        self.write(|tx| {
            // The announcement, in the old stream, signed by the old key.
            self.append_envelope(tx, &old, "card", &[], &card.bytes, &[])?;
            exchange::set_identity(tx, &new_row)?;
            self.audit(
                tx,
                "identity.rotate",
                "identity",
                None,
                serde_json::json!({ "from": old.fingerprint().as_str(), "to": new_row.fingerprint }),
            )
        })?;
        self.remember_identity(fresh);
        info(&new_row)
    }
}
