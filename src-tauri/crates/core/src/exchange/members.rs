//! Members' keys: cards imported by hand (the first time a member's keys are seen), or
//! arriving in a member's own stream when it rotates them; a fingerprint compared with
//! the member marks its key verified; the members list joins the registry with the keys.

use super::qr_of;
use crate::api::{CardImported, MemberInfo, MembersList, Trust};
use crate::{Caravan, Error};
use caravan_exchange::{Card, Fingerprint};
use caravan_store::exchange::{self, MemberKeyRow};
use caravan_store::{members, Tx};

fn member_of_key(row: &MemberKeyRow, registry: Option<&members::MemberRow>) -> MemberInfo {
    MemberInfo {
        slug: row.member.clone(),
        name: registry
            .map(|m| m.name.clone())
            .unwrap_or_else(|| row.name.clone()),
        country: registry
            .map(|m| m.country.clone())
            .or_else(|| row.country.clone()),
        tier: registry.and_then(|m| m.tier),
        languages: serde_json::from_str(&row.languages).unwrap_or_default(),
        fingerprint: Fingerprint::parse(&row.fingerprint)
            .ok()
            .map(|f| f.grouped()),
        trust: Some(if row.revoked {
            Trust::Revoked
        } else if row.verified {
            Trust::Verified
        } else {
            Trust::Unverified
        }),
    }
}

/// Stores a card's keys for its member, as the first card held for the member, a newer
/// card with the same keys, or a rotation the old key signed. Returns whether it rotated.
pub(crate) fn take_card(tx: &Tx<'_>, card: &Card, now: i64) -> Result<bool, Error> {
    let fingerprint = card.fingerprint();
    let current = exchange::current_key(tx, &card.fields.member)?;
    let (verified, rotated) = match &current {
        None => (false, false),
        Some(row) if row.fingerprint == fingerprint.as_str() => {
            if card.fields.issued_at <= row.issued_at {
                // The same card again, or an older one: nothing to change.
                return Ok(false);
            }
            (row.verified, false)
        }
        Some(row) => {
            card.may_replace(&Card::read(&row.card)?)?;
            // Vouched for by a key a person verified, the new key is verified too.
            (row.verified, true)
        }
    };
    exchange::put_key(
        tx,
        &MemberKeyRow {
            fingerprint: fingerprint.as_str().to_owned(),
            member: card.fields.member.clone(),
            name: card.fields.name.clone(),
            country: card.fields.country.clone(),
            languages: serde_json::to_string(&card.fields.languages).unwrap_or_default(),
            card: card.bytes.clone(),
            issued_at: card.fields.issued_at,
            verified,
            replaced_by: None,
            imported_at: now,
            revoked: false,
        },
    )?;
    Ok(rotated)
}

impl Caravan {
    /// Imports a member's card from a file.
    pub fn import_card_file(&self, path: &std::path::Path) -> Result<CardImported, Error> {
        // A card is a few hundred bytes; anything much larger is not one.
        let bytes = crate::read_file(path, 64 * 1024)?;
        self.import_card(&bytes)
    }

    /// Imports a member's card; its fingerprint comes back to be compared with the member.
    pub fn import_card(&self, bytes: &[u8]) -> Result<CardImported, Error> {
        let card = Card::read(bytes)?;
        let fingerprint = card.fingerprint();
        let own = self.read(|db| Ok(exchange::identity(db)?))?;
        if own.is_some_and(|o| o.member == card.fields.member) {
            return Err(Error::CardIsOwn(card.fields.member.clone()));
        }
        let now = self.clock.now_ms();
        let rotated = self.write(|tx| {
            let rotated = take_card(tx, &card, now)?;
            self.audit(
                tx,
                "member.card.import",
                "member",
                None,
                serde_json::json!({
                    "member": card.fields.member, "fingerprint": fingerprint.as_str(), "rotated": rotated,
                }),
            )?;
            Ok(rotated)
        })?;
        let member = self
            .members_list()?
            .members
            .into_iter()
            .find(|m| m.slug == card.fields.member)
            .ok_or_else(|| Error::MemberNotFound(card.fields.member.clone()))?;
        Ok(CardImported {
            member,
            rotated,
            qr: qr_of(&fingerprint),
        })
    }

    /// Marks a member's key verified once a person has compared its fingerprint with the
    /// member; a fingerprint that differs is refused and changes nothing.
    pub fn verify_member(&self, member: &str, fingerprint: &str) -> Result<MemberInfo, Error> {
        let typed = Fingerprint::parse(fingerprint)?;
        self.write(|tx| {
            let row = exchange::current_key(tx, member)?
                .ok_or_else(|| Error::MemberHasNoCard(member.to_owned()))?;
            if row.fingerprint != typed.as_str() {
                return Err(Error::FingerprintMismatch(member.to_owned()));
            }
            exchange::verify_key(tx, &row.fingerprint)?;
            self.audit(
                tx,
                "member.verify",
                "member",
                None,
                serde_json::json!({ "member": member, "fingerprint": row.fingerprint }),
            )
        })?;
        self.members_list()?
            .members
            .into_iter()
            .find(|m| m.slug == member)
            .ok_or_else(|| Error::MemberNotFound(member.to_owned()))
    }

    /// Revokes a member's current key: nothing more it signs is taken, until a new card is
    /// imported and verified.
    pub fn revoke_member(&self, member: &str) -> Result<MemberInfo, Error> {
        let now = self.clock.now_ms();
        self.write(|tx| {
            let row = exchange::current_key(tx, member)?
                .ok_or_else(|| Error::MemberHasNoCard(member.to_owned()))?;
            caravan_store::recommendations::revoke_key(tx, &row.fingerprint, now)?;
            self.audit(
                tx,
                "member.revoke",
                "member",
                None,
                serde_json::json!({ "member": member, "fingerprint": row.fingerprint }),
            )
        })?;
        self.members_list()?
            .members
            .into_iter()
            .find(|m| m.slug == member)
            .ok_or_else(|| Error::MemberNotFound(member.to_owned()))
    }

    /// The members of the registry and those known by their cards alone, each with the
    /// fingerprint and trust of its current key.
    pub fn members_list(&self) -> Result<MembersList, Error> {
        self.read(|db| {
            let registry = members::list(db)?;
            let keys = exchange::current_keys(db)?;
            let mut out: Vec<MemberInfo> = Vec::with_capacity(registry.len() + keys.len());
            for m in &registry {
                match keys.iter().find(|k| k.member == m.slug) {
                    Some(k) => out.push(member_of_key(k, Some(m))),
                    None => out.push(MemberInfo {
                        slug: m.slug.clone(),
                        name: m.name.clone(),
                        country: Some(m.country.clone()),
                        tier: m.tier,
                        languages: m.languages.clone(),
                        fingerprint: None,
                        trust: None,
                    }),
                }
            }
            for k in &keys {
                if !registry.iter().any(|m| m.slug == k.member) {
                    out.push(member_of_key(k, None));
                }
            }
            out.sort_by(|a, b| a.slug.cmp(&b.slug));
            Ok(MembersList { members: out })
        })
    }
}
