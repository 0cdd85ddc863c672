//! Members' keys: cards imported by hand (the first time a member's keys are seen), or
//! arriving in a member's own stream when it rotates them; a fingerprint compared with
//! the member marks its key verified; the members list joins the registry with the keys.

use super::qr_of;
use crate::api::{CardImported, Contact, MemberInfo, MembersList, MembersQuery, Membership, Trust};
use crate::{Caravan, Error};
use caravan_domain::ContactKind;
use caravan_exchange::{Card, Fingerprint};
use caravan_store::exchange::{self, MemberKeyRow};
use caravan_store::{members, Tx};

/// A registry member as the API shows it, with its current key when a card is held.
fn member_info(m: &members::MemberRow, key: Option<&MemberKeyRow>) -> MemberInfo {
    let mut info = key.map(member_of_key).unwrap_or(MemberInfo {
        slug: m.slug.clone(),
        name: String::new(),
        country: None,
        tier: None,
        languages: Vec::new(),
        fingerprint: None,
        trust: None,
        kind: None,
        city: None,
        contacts: Vec::new(),
        memberships: Vec::new(),
    });
    info.name = m.name.clone();
    info.country = Some(m.country.clone());
    info.languages = m.languages.clone();
    info.kind = Some(m.kind);
    info.city = m.city.clone();
    info.contacts = m
        .contacts
        .iter()
        .filter_map(|c| {
            Some(Contact {
                kind: ContactKind::parse(&c.kind).ok()?,
                value: c.value.clone(),
                label: c.label.clone(),
            })
        })
        .collect();
    info.memberships = m
        .memberships
        .iter()
        .map(|(alliance, tier, joined)| Membership {
            alliance: alliance.clone(),
            tier: tier.clone(),
            joined: joined.clone(),
        })
        .collect();
    info.tier = m.memberships.iter().find_map(|(_, t, _)| t.clone());
    info
}

/// A member known by its card alone.
fn member_of_key(row: &MemberKeyRow) -> MemberInfo {
    MemberInfo {
        slug: row.member.clone(),
        name: row.name.clone(),
        country: row.country.clone(),
        tier: None,
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
        kind: None,
        city: None,
        contacts: Vec::new(),
        memberships: Vec::new(),
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
        let member = self.member(&card.fields.member)?;
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
        self.member(member)
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
        self.member(member)
    }

    /// One member, as the members list shows it.
    pub fn member(&self, slug: &str) -> Result<MemberInfo, Error> {
        self.members_list(&MembersQuery::default())?
            .members
            .into_iter()
            .find(|m| m.slug == slug)
            .ok_or_else(|| Error::MemberNotFound(slug.to_owned()))
    }

    /// The members of the registry the query admits, and, when it names nothing the
    /// registry alone knows, those known by their cards alone; each with the fingerprint
    /// and trust of its current key.
    pub fn members_list(&self, query: &MembersQuery) -> Result<MembersList, Error> {
        let country = query
            .country
            .as_deref()
            .map(|c| caravan_domain::CountryCode::parse(c).map(|c| c.as_str().to_owned()))
            .transpose()?;
        let lang = query
            .lang
            .as_deref()
            .map(|l| caravan_domain::LangTag::parse(l).map(|t| t.to_string()))
            .transpose()?;
        self.read(|db| {
            if let Some(a) = &query.alliance {
                members::alliance(db, a)?.ok_or_else(|| Error::AllianceNotFound(a.clone()))?;
            }
            let filter = members::MemberFilter {
                alliance: query.alliance.as_deref(),
                country: country.as_deref(),
                tier: query.tier.as_deref(),
                kind: query.kind,
                lang: lang.as_deref(),
            };
            let registry = members::list(db, &filter)?;
            let keys = exchange::current_keys(db)?;
            let mut out: Vec<MemberInfo> = registry
                .iter()
                .map(|m| member_info(m, keys.iter().find(|k| k.member == m.slug)))
                .collect();
            let registry_only =
                query.alliance.is_some() || query.tier.is_some() || query.kind.is_some();
            if !registry_only {
                let all = members::list(db, &members::MemberFilter::default())?;
                for k in &keys {
                    let known = all.iter().any(|m| m.slug == k.member);
                    let info = member_of_key(k);
                    let admitted = country
                        .as_deref()
                        .is_none_or(|c| info.country.as_deref() == Some(c))
                        && lang.as_deref().is_none_or(|l| {
                            info.languages
                                .iter()
                                .any(|x| x == l || x.starts_with(&format!("{l}-")))
                        });
                    if !known && admitted {
                        out.push(info);
                    }
                }
            }
            out.sort_by(|a, b| a.slug.cmp(&b.slug));
            Ok(MembersList { members: out })
        })
    }
}
