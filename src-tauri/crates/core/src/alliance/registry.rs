//! The registry: alliances with their own tiers and admission criteria, members with
//! kind, country, working languages, contacts, tier and joining date. The secretariat's
//! copy publishes an alliance's registry as one envelope sealed to every member whose
//! card it holds; each member's copy follows the registry of the member it knows as that
//! alliance's secretariat (the first one it takes, from a verified key, names it), and an
//! older registry than the one it follows is passed over.

use super::KIND_REGISTRY;
use crate::api::{
    AllianceInfo, AllianceRequest, Alliances, Contact, CriterionInfo, CriterionRequest, LangText,
    MemberInfo, MemberRequest, RegistryPublished, TierInfo, TierRequest,
};
use crate::exchange::Recipients;
use crate::{Caravan, Error};
use caravan_domain::{
    check_slug, ContactKind, CountryCode, DomainError, LangTag, MemberKind, Tier,
};
use caravan_store::members::{self, ContactRow, TierRow};
use caravan_store::{admissions, exchange, Db, Tx};

/// The most languages a multilingual text may carry, and the most bytes in each.
const TEXT_LANGUAGES: usize = 24;
const TEXT_BYTES: usize = 4096;
/// The most contacts a member may list, and the most bytes in each.
const CONTACTS: usize = 16;
const CONTACT_BYTES: usize = 512;

/// A registry as it travels.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct RegistryBody {
    alliance: RegistryAlliance,
    issued_at: i64,
    #[serde(default)]
    tiers: Vec<TierInfo>,
    #[serde(default)]
    criteria: Vec<CriterionInfo>,
    members: Vec<RegistryMember>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct RegistryAlliance {
    slug: String,
    name: String,
    #[serde(default)]
    founded: Option<i32>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct RegistryMember {
    slug: String,
    name: String,
    kind: MemberKind,
    country: String,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    contacts: Vec<Contact>,
    #[serde(default)]
    tier: Option<String>,
    #[serde(default)]
    joined: Option<String>,
}

/// A multilingual text checked: valid language tags, each once, trimmed, not empty, and
/// within bounds. Returns the JSON object the store keeps.
pub(crate) fn checked_texts(what: &str, texts: &[LangText]) -> Result<String, Error> {
    let mut out = serde_json::Map::new();
    for t in texts {
        let lang = LangTag::parse(&t.lang)?.to_string();
        let text = t.text.trim();
        if text.is_empty() {
            continue;
        }
        if text.len() > TEXT_BYTES {
            return Err(Error::TextTooLong {
                what: what.to_owned(),
                limit: TEXT_BYTES,
            });
        }
        out.insert(lang, serde_json::Value::String(text.to_owned()));
    }
    if out.is_empty() {
        return Err(DomainError::Empty(what.to_owned().into()).into());
    }
    if out.len() > TEXT_LANGUAGES {
        return Err(Error::TooManyLanguages {
            what: what.to_owned(),
            limit: TEXT_LANGUAGES,
        });
    }
    Ok(serde_json::Value::Object(out).to_string())
}

/// The texts the store keeps, in the order of their language tags.
pub(crate) fn texts_of(json: &str) -> Vec<LangText> {
    let map: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(json).unwrap_or_default();
    map.into_iter()
        .filter_map(|(lang, v)| {
            Some(LangText {
                lang,
                text: v.as_str()?.to_owned(),
            })
        })
        .collect()
}

/// Contacts checked: an email with one `@` and no spaces, a web address over HTTP(S).
fn checked_contacts(contacts: &[Contact]) -> Result<Vec<ContactRow>, Error> {
    if contacts.len() > CONTACTS {
        return Err(Error::TextTooLong {
            what: "contact".to_owned(),
            limit: CONTACTS,
        });
    }
    contacts
        .iter()
        .map(|c| {
            let value = c.value.trim();
            let bad = || Error::ContactInvalid {
                kind: c.kind.as_str().to_owned(),
                value: value.to_owned(),
            };
            if value.is_empty()
                || value.len() > CONTACT_BYTES
                || value.chars().any(char::is_control)
            {
                return Err(bad());
            }
            let ok = match c.kind {
                ContactKind::Email => {
                    value
                        .split_once('@')
                        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.contains('@'))
                        && !value.contains(char::is_whitespace)
                }
                ContactKind::Web => {
                    (value.starts_with("https://") || value.starts_with("http://"))
                        && !value.contains(char::is_whitespace)
                }
                ContactKind::Phone | ContactKind::Address => true,
            };
            if !ok {
                return Err(bad());
            }
            Ok(ContactRow {
                kind: c.kind.as_str().to_owned(),
                value: value.to_owned(),
                label: c
                    .label
                    .as_deref()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| l.chars().take(120).collect()),
            })
        })
        .collect()
}

/// A joining date: a year or a day.
fn checked_joined(joined: Option<&str>) -> Result<Option<String>, Error> {
    match joined.map(str::trim).filter(|j| !j.is_empty()) {
        None => Ok(None),
        Some(j) if j.len() == 4 && j.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(j.to_owned())),
        Some(j) => chrono::NaiveDate::parse_from_str(j, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| Error::DateInvalid(j.to_owned())),
    }
}

/// The alliance with this slug, or `alliance-not-found`.
pub(crate) fn alliance_row(db: &Db<'_>, slug: &str) -> Result<members::AllianceRow, Error> {
    members::alliance(db, slug)?.ok_or_else(|| Error::AllianceNotFound(slug.to_owned()))
}

/// A tier checked against the alliance's own tiers, or the built-in ones when it has none.
pub(crate) fn checked_tier(
    db: &Db<'_>,
    alliance: &members::AllianceRow,
    tier: Option<&str>,
) -> Result<Option<String>, Error> {
    let Some(tier) = tier.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let own = members::tiers(db, alliance.id)?;
    let known = if own.is_empty() {
        Tier::parse(tier).is_ok()
    } else {
        own.iter().any(|t| t.key == tier)
    };
    if !known {
        return Err(Error::TierUnknown {
            alliance: alliance.slug.clone(),
            tier: tier.to_owned(),
        });
    }
    Ok(Some(tier.to_owned()))
}

/// A member as the registry keeps it, checked.
struct CheckedMember {
    languages: Vec<String>,
    country: String,
    contacts: Vec<ContactRow>,
    joined: Option<String>,
}

impl CheckedMember {
    /// Enters the member in the registry, or changes it, with its contacts; its id.
    fn store(
        &self,
        tx: &Tx<'_>,
        slug: &str,
        name: &str,
        kind: MemberKind,
        city: Option<&str>,
    ) -> Result<i64, Error> {
        let id = members::upsert_member(
            tx,
            &members::NewMember {
                slug,
                name: name.trim(),
                kind,
                country: &self.country,
                city: city.map(str::trim).filter(|c| !c.is_empty()),
                languages: &self.languages,
            },
        )?;
        members::set_contacts(tx, id, &self.contacts)?;
        Ok(id)
    }
}

fn check_member(
    slug: &str,
    name: &str,
    country: &str,
    languages: &[String],
    contacts: &[Contact],
    joined: Option<&str>,
) -> Result<CheckedMember, Error> {
    check_slug(slug)?;
    if name.trim().is_empty() {
        return Err(DomainError::Empty("member-name".into()).into());
    }
    let languages = languages
        .iter()
        .map(|l| LangTag::parse(l).map(|t| t.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CheckedMember {
        languages,
        country: CountryCode::parse(country)?.as_str().to_owned(),
        contacts: checked_contacts(contacts)?,
        joined: checked_joined(joined)?,
    })
}

fn alliance_info(db: &Db<'_>, a: members::AllianceRow) -> Result<AllianceInfo, Error> {
    let tiers = members::tiers(db, a.id)?
        .into_iter()
        .map(|t| TierInfo {
            labels: texts_of(&t.labels),
            key: t.key,
        })
        .collect();
    let criteria = admissions::criteria(db, a.id)?
        .into_iter()
        .map(|c| CriterionInfo {
            texts: texts_of(&c.texts),
            key: c.key,
        })
        .collect();
    Ok(AllianceInfo {
        slug: a.slug,
        name: a.name,
        founded: a.founded,
        secretariat: a.secretariat,
        registry_issued_at: a.registry_issued_at,
        members: a.members,
        tiers,
        criteria,
    })
}

/// A key for a tier or a criterion: a slug.
fn check_key(key: &str) -> Result<(), Error> {
    Ok(check_slug(key)?)
}

impl Caravan {
    /// Every alliance this copy holds, with its tiers and criteria.
    pub fn alliances(&self) -> Result<Alliances, Error> {
        self.read(|db| {
            let rows = members::alliances(db)?;
            let alliances = rows
                .into_iter()
                .map(|a| alliance_info(db, a))
                .collect::<Result<_, _>>()?;
            Ok(Alliances { alliances })
        })
    }

    /// One alliance, with its tiers and criteria.
    pub fn alliance(&self, slug: &str) -> Result<AllianceInfo, Error> {
        self.read(|db| alliance_info(db, alliance_row(db, slug)?))
    }

    /// Adds an alliance, or renames the one with this slug; a secretariat given is the
    /// member whose registry this copy follows.
    pub fn put_alliance(&self, request: &AllianceRequest) -> Result<AllianceInfo, Error> {
        check_slug(&request.slug)?;
        if request.name.trim().is_empty() {
            return Err(DomainError::Empty("alliance-name".into()).into());
        }
        if let Some(s) = &request.secretariat {
            check_slug(s)?;
        }
        self.write(|tx| {
            let id =
                members::upsert_alliance(tx, &request.slug, request.name.trim(), request.founded)?;
            if let Some(s) = &request.secretariat {
                members::set_secretariat(tx, id, s, None)?;
            }
            self.audit(
                tx,
                "alliance.put",
                "alliance",
                Some(id),
                serde_json::json!({ "slug": request.slug, "secretariat": request.secretariat }),
            )
        })?;
        self.alliance(&request.slug)
    }

    /// Adds one of an alliance's own tiers, or relabels it. Once an alliance has tiers of
    /// its own, only those are given to its members.
    pub fn put_tier(&self, request: &TierRequest) -> Result<AllianceInfo, Error> {
        check_key(&request.key)?;
        let labels = checked_texts("tier-label", &request.labels)?;
        self.write(|tx| {
            let a = alliance_row(tx, &request.alliance)?;
            let mut tiers = members::tiers(tx, a.id)?;
            match tiers.iter_mut().find(|t| t.key == request.key) {
                Some(t) => t.labels = labels.clone(),
                None => tiers.push(TierRow {
                    key: request.key.clone(),
                    labels: labels.clone(),
                }),
            }
            members::set_tiers(tx, a.id, &tiers)?;
            self.audit(
                tx,
                "alliance.tier",
                "alliance",
                Some(a.id),
                serde_json::json!({ "key": request.key }),
            )
        })?;
        self.alliance(&request.alliance)
    }

    /// Adds an admission criterion at the end of the alliance's list, or rewords it.
    pub fn put_criterion(&self, request: &CriterionRequest) -> Result<AllianceInfo, Error> {
        check_key(&request.key)?;
        let texts = checked_texts("criterion-text", &request.texts)?;
        self.write(|tx| {
            let a = alliance_row(tx, &request.alliance)?;
            let id = admissions::put_criterion(tx, a.id, &request.key, &texts)?;
            self.audit(
                tx,
                "admission.criterion",
                "criterion",
                Some(id),
                serde_json::json!({ "alliance": request.alliance, "key": request.key }),
            )
        })?;
        self.alliance(&request.alliance)
    }

    /// Enters a member in the registry, or changes the one with this slug (its working
    /// languages and contacts are replaced by those given); with an alliance, records its
    /// membership, tier and joining date.
    pub fn put_member(&self, request: &MemberRequest) -> Result<MemberInfo, Error> {
        let m = check_member(
            &request.slug,
            &request.name,
            &request.country,
            &request.languages,
            &request.contacts,
            request.joined.as_deref(),
        )?;
        if request.alliance.is_none() && (request.tier.is_some() || m.joined.is_some()) {
            return Err(Error::AllianceNeeded);
        }
        self.write(|tx| {
            let id = m.store(tx, &request.slug, &request.name, request.kind, request.city.as_deref())?;
            if let Some(slug) = &request.alliance {
                let a = alliance_row(tx, slug)?;
                let tier = checked_tier(tx, &a, request.tier.as_deref())?;
                members::join(tx, a.id, id, tier.as_deref(), m.joined.as_deref())?;
            }
            self.audit(
                tx,
                "member.put",
                "member",
                Some(id),
                serde_json::json!({ "slug": request.slug, "alliance": request.alliance, "tier": request.tier }),
            )
        })?;
        self.member(&request.slug)
    }

    /// Ends a member's membership of an alliance; it stays in the registry, and the
    /// next registry published says it left.
    pub fn leave_alliance(&self, member: &str, alliance: &str) -> Result<MemberInfo, Error> {
        self.write(|tx| {
            let a = alliance_row(tx, alliance)?;
            let id = members::member_id(tx, member)?
                .ok_or_else(|| Error::MemberNotFound(member.to_owned()))?;
            if !members::leave(tx, a.id, id)? {
                return Err(Error::SponsorNotMember {
                    member: member.to_owned(),
                    alliance: alliance.to_owned(),
                });
            }
            self.audit(
                tx,
                "member.leave",
                "member",
                Some(id),
                serde_json::json!({ "alliance": alliance }),
            )
        })?;
        self.member(member)
    }

    /// Seals an alliance's registry (its members, tiers and criteria) to every member
    /// whose card is held. Only the alliance's secretariat publishes it; a copy that
    /// names none becomes it.
    pub fn publish_registry(&self, alliance: &str) -> Result<RegistryPublished, Error> {
        let identity = self.secret_identity()?;
        let own = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let info = self.alliance(alliance)?;
        // Each registry is newer than the last, even when the clock stands still or
        // stepped back: a copy takes only a newer one.
        let now = self
            .clock
            .now_ms()
            .max(info.registry_issued_at.map_or(i64::MIN, |at| at + 1));
        if let Some(s) = info.secretariat.as_deref().filter(|s| *s != own.member) {
            return Err(Error::RegistryNotSecretariat {
                alliance: alliance.to_owned(),
                member: own.member.clone(),
                secretariat: s.to_owned(),
            });
        }
        let members = self.members_list(&crate::api::MembersQuery {
            alliance: Some(alliance.to_owned()),
            ..Default::default()
        })?;
        let body = RegistryBody {
            alliance: RegistryAlliance {
                slug: info.slug.clone(),
                name: info.name.clone(),
                founded: info.founded,
            },
            issued_at: now,
            tiers: info.tiers.clone(),
            criteria: info.criteria.clone(),
            members: members
                .members
                .iter()
                .map(|m| {
                    let ms = m.memberships.iter().find(|x| x.alliance == alliance);
                    RegistryMember {
                        slug: m.slug.clone(),
                        name: m.name.clone(),
                        kind: m.kind.unwrap_or(MemberKind::Festival),
                        country: m.country.clone().unwrap_or_default(),
                        city: m.city.clone(),
                        languages: m.languages.clone(),
                        contacts: m.contacts.clone(),
                        tier: ms.and_then(|x| x.tier.clone()),
                        joined: ms.and_then(|x| x.joined.clone()),
                    }
                })
                .collect(),
        };
        let count = body.members.len() as u64;
        let bytes = serde_json::to_vec(&body).unwrap_or_default();
        let seq = self.write(|tx| {
            let a = alliance_row(tx, alliance)?;
            members::set_secretariat(tx, a.id, &own.member, Some(now))?;
            let recipients = self.recipients(tx, &Recipients::All)?;
            let seq =
                self.append_envelope(tx, &identity, KIND_REGISTRY, &recipients, &bytes, &[])?;
            self.audit(
                tx,
                "registry.publish",
                "alliance",
                Some(a.id),
                serde_json::json!({ "members": count, "seq": seq }),
            )?;
            Ok(seq)
        })?;
        Ok(RegistryPublished {
            alliance: alliance.to_owned(),
            members: count,
            seq,
        })
    }
}

/// A registry that arrived from `sender`: followed when the sender is the alliance's
/// secretariat on this copy (or, when this copy names none, its key is verified), and
/// newer than the registry followed so far. Everything in it is checked as if typed here.
pub(crate) fn apply_registry(tx: &Tx<'_>, sender: &str, body: &[u8]) -> Result<(), Error> {
    let body: RegistryBody =
        serde_json::from_slice(body).map_err(|e| Error::RegistryMalformed(e.to_string()))?;
    let a = &body.alliance;
    check_slug(&a.slug)?;
    if a.name.trim().is_empty() {
        return Err(DomainError::Empty("alliance-name".into()).into());
    }
    let existing = members::alliance(tx, &a.slug)?;
    let follows = match existing.as_ref().and_then(|x| x.secretariat.as_deref()) {
        Some(s) => s == sender,
        None => exchange::current_key(tx, sender)?.is_some_and(|k| k.verified && !k.revoked),
    };
    if !follows {
        return Err(Error::RegistryNotSecretariat {
            alliance: a.slug.clone(),
            member: sender.to_owned(),
            secretariat: existing.and_then(|x| x.secretariat).unwrap_or_default(),
        });
    }
    if existing
        .as_ref()
        .and_then(|x| x.registry_issued_at)
        .is_some_and(|at| at >= body.issued_at)
    {
        return Ok(());
    }
    let alliance_id = members::upsert_alliance(tx, &a.slug, a.name.trim(), a.founded)?;
    members::set_secretariat(tx, alliance_id, sender, Some(body.issued_at))?;
    let mut tiers = Vec::with_capacity(body.tiers.len());
    for t in &body.tiers {
        check_key(&t.key)?;
        tiers.push(TierRow {
            key: t.key.clone(),
            labels: checked_texts("tier-label", &t.labels)?,
        });
    }
    members::set_tiers(tx, alliance_id, &tiers)?;
    let mut keys = Vec::with_capacity(body.criteria.len());
    for c in &body.criteria {
        check_key(&c.key)?;
        admissions::put_criterion(
            tx,
            alliance_id,
            &c.key,
            &checked_texts("criterion-text", &c.texts)?,
        )?;
        keys.push(c.key.clone());
    }
    admissions::retain_criteria(tx, alliance_id, &keys)?;
    let alliance = alliance_row(tx, &a.slug)?;
    let mut ids = Vec::with_capacity(body.members.len());
    for m in &body.members {
        let c = check_member(
            &m.slug,
            &m.name,
            &m.country,
            &m.languages,
            &m.contacts,
            m.joined.as_deref(),
        )?;
        let id = c.store(tx, &m.slug, &m.name, m.kind, m.city.as_deref())?;
        let tier = checked_tier(tx, &alliance, m.tier.as_deref())?;
        members::join(tx, alliance_id, id, tier.as_deref(), c.joined.as_deref())?;
        ids.push(id);
    }
    members::leave_all_but(tx, alliance_id, &ids)?;
    Ok(())
}
