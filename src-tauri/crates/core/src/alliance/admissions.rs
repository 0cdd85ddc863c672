//! Admissions: an applicant gives evidence for each of the alliance's criteria, members
//! of the alliance sponsor it, and the decision is recorded with its date and votes. An
//! admitted applicant enters the registry as a member of the alliance, joined on the day
//! of the decision.

use super::registry::{alliance_row, checked_tier};
use crate::api::{
    Application, ApplicationRequest, Applications, ApplicationsQuery, DecideRequest, Decision,
    Evidence, Sponsor, SponsorRequest,
};
use crate::{Caravan, Error};
use caravan_domain::{
    check_slug, ApplicationState, CountryCode, DomainError, LangTag, MemberKind, Outcome,
};
use caravan_store::admissions::{self, ApplicationRow};
use caravan_store::{members, Db};

/// The most a piece of evidence, a sponsor's note or a decision's note may say, in bytes.
const TEXT_BYTES: usize = super::NOTE_BYTES;

fn checked_text(what: &str, text: &str) -> Result<String, Error> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::Empty(what.to_owned().into()).into());
    }
    if text.len() > TEXT_BYTES {
        return Err(Error::TextTooLong {
            what: what.to_owned(),
            limit: TEXT_BYTES,
        });
    }
    Ok(text.to_owned())
}

fn optional_text(what: &str, text: Option<&str>) -> Result<Option<String>, Error> {
    text.filter(|t| !t.trim().is_empty())
        .map(|t| checked_text(what, t))
        .transpose()
}

fn shown(db: &Db<'_>, row: ApplicationRow) -> Result<Application, Error> {
    let criteria = admissions::criteria(db, row.alliance_id)?;
    let missing = criteria
        .iter()
        .filter(|c| !row.evidence.iter().any(|(k, _)| *k == c.key))
        .map(|c| c.key.clone())
        .collect();
    Ok(Application {
        id: row.id,
        alliance: row.alliance,
        slug: row.slug,
        name: row.name,
        kind: MemberKind::parse(&row.kind)?,
        country: row.country,
        languages: serde_json::from_str(&row.languages).unwrap_or_default(),
        contact: row.contact,
        tier: row.tier,
        applied_at: row.applied_at,
        state: ApplicationState::parse(&row.state)?,
        evidence: row
            .evidence
            .into_iter()
            .map(|(criterion, text)| Evidence { criterion, text })
            .collect(),
        missing,
        sponsors: row
            .sponsors
            .into_iter()
            .map(|(member, note, at)| Sponsor { member, note, at })
            .collect(),
        decision: match (row.decided_on, row.votes) {
            (Some(on), Some((votes_for, votes_against, votes_abstain))) => Some(Decision {
                on,
                votes_for,
                votes_against,
                votes_abstain,
                note: row.decision_note,
            }),
            _ => None,
        },
    })
}

fn open_row(db: &Db<'_>, id: i64) -> Result<ApplicationRow, Error> {
    let row = admissions::application(db, id)?.ok_or(Error::ApplicationNotFound(id))?;
    if row.state != ApplicationState::Open.as_str() {
        return Err(Error::ApplicationDecided(id));
    }
    Ok(row)
}

impl Caravan {
    /// Records an application to join an alliance, with evidence for its criteria.
    pub fn apply_for_membership(&self, request: &ApplicationRequest) -> Result<Application, Error> {
        check_slug(&request.slug)?;
        let name = checked_text("member-name", &request.name)?;
        let country = CountryCode::parse(&request.country)?.as_str().to_owned();
        let languages = request
            .languages
            .iter()
            .map(|l| LangTag::parse(l).map(|t| t.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        let contact = optional_text("contact", request.contact.as_deref())?;
        let mut evidence = Vec::with_capacity(request.evidence.len());
        for e in &request.evidence {
            evidence.push((e.criterion.clone(), checked_text("evidence", &e.text)?));
        }
        let now = self.clock.now_ms();
        let id = self.write(|tx| {
            let a = alliance_row(tx, &request.alliance)?;
            let tier = checked_tier(tx, &a, request.tier.as_deref())?;
            let member_of = members::list(
                tx,
                &members::MemberFilter {
                    alliance: Some(&a.slug),
                    ..Default::default()
                },
            )?;
            if member_of.iter().any(|m| m.slug == request.slug) {
                return Err(Error::ApplicationMemberExists {
                    member: request.slug.clone(),
                    alliance: a.slug.clone(),
                });
            }
            let id = admissions::insert_application(
                tx,
                &admissions::NewApplication {
                    alliance_id: a.id,
                    slug: &request.slug,
                    name: &name,
                    kind: request.kind.as_str(),
                    country: &country,
                    languages: &serde_json::to_string(&languages).unwrap_or_default(),
                    contact: contact.as_deref(),
                    tier: tier.as_deref(),
                    applied_at: now,
                },
            )?
            .ok_or_else(|| Error::ApplicationExists(request.slug.clone()))?;
            let criteria = admissions::criteria(tx, a.id)?;
            for (key, text) in &evidence {
                let c = criteria.iter().find(|c| c.key == *key).ok_or_else(|| {
                    Error::CriterionUnknown {
                        alliance: a.slug.clone(),
                        criterion: key.clone(),
                    }
                })?;
                admissions::set_evidence(tx, id, c.id, text)?;
            }
            self.audit(
                tx,
                "admission.apply",
                "application",
                Some(id),
                serde_json::json!({ "alliance": a.slug, "slug": request.slug }),
            )?;
            Ok(id)
        })?;
        self.application(id)
    }

    /// Records that a member of the alliance sponsors an open application (once).
    pub fn sponsor_application(&self, request: &SponsorRequest) -> Result<Application, Error> {
        let note = optional_text("note", request.note.as_deref())?;
        let now = self.clock.now_ms();
        self.write(|tx| {
            let row = open_row(tx, request.application)?;
            let member_of = members::list(
                tx,
                &members::MemberFilter {
                    alliance: Some(&row.alliance),
                    ..Default::default()
                },
            )?;
            let member = member_of
                .iter()
                .find(|m| m.slug == request.member)
                .ok_or_else(|| Error::SponsorNotMember {
                    member: request.member.clone(),
                    alliance: row.alliance.clone(),
                })?;
            if admissions::add_sponsor(tx, row.id, member.id, note.as_deref(), now)? {
                self.audit(
                    tx,
                    "admission.sponsor",
                    "application",
                    Some(row.id),
                    serde_json::json!({ "member": request.member }),
                )?;
            }
            Ok(())
        })?;
        self.application(request.application)
    }

    /// Records the decision on an open application. Admitting needs more votes for than
    /// against, and enters the applicant in the registry as a member of the alliance.
    pub fn decide_application(&self, request: &DecideRequest) -> Result<Application, Error> {
        let on = chrono::NaiveDate::parse_from_str(request.on.trim(), "%Y-%m-%d")
            .map_err(|_| Error::DateInvalid(request.on.clone()))?
            .format("%Y-%m-%d")
            .to_string();
        let note = optional_text("note", request.note.as_deref())?;
        if request.outcome == Outcome::Admit && request.votes_for <= request.votes_against {
            return Err(Error::DecisionVotesContradict {
                votes_for: request.votes_for,
                votes_against: request.votes_against,
            });
        }
        self.write(|tx| {
            let row = open_row(tx, request.application)?;
            let a = alliance_row(tx, &row.alliance)?;
            let state = match request.outcome {
                Outcome::Admit => ApplicationState::Admitted,
                Outcome::Refuse => ApplicationState::Refused,
                Outcome::Withdraw => ApplicationState::Withdrawn,
            };
            if state == ApplicationState::Admitted {
                let tier = checked_tier(tx, &a, request.tier.as_deref().or(row.tier.as_deref()))?;
                let languages: Vec<String> = serde_json::from_str(&row.languages).unwrap_or_default();
                let id = members::upsert_member(
                    tx,
                    &members::NewMember {
                        slug: &row.slug,
                        name: &row.name,
                        kind: MemberKind::parse(&row.kind)?,
                        country: &row.country,
                        city: None,
                        languages: &languages,
                    },
                )?;
                if let Some(contact) = row.contact.as_deref().filter(|c| c.contains('@') && !c.contains(' ')) {
                    members::set_contacts(
                        tx,
                        id,
                        &[members::ContactRow {
                            kind: "email".into(),
                            value: contact.to_owned(),
                            label: None,
                        }],
                    )?;
                }
                members::join(tx, a.id, id, tier.as_deref(), Some(&on))?;
            }
            admissions::decide(
                tx,
                row.id,
                &admissions::DecisionRow {
                    state: state.as_str(),
                    on: &on,
                    votes_for: request.votes_for,
                    votes_against: request.votes_against,
                    votes_abstain: request.votes_abstain,
                    note: note.as_deref(),
                },
            )?;
            self.audit(
                tx,
                "admission.decide",
                "application",
                Some(row.id),
                serde_json::json!({
                    "outcome": request.outcome.as_str(), "on": on,
                    "for": request.votes_for, "against": request.votes_against, "abstain": request.votes_abstain,
                }),
            )
        })?;
        self.application(request.application)
    }

    pub fn application(&self, id: i64) -> Result<Application, Error> {
        self.read(|db| {
            let row = admissions::application(db, id)?.ok_or(Error::ApplicationNotFound(id))?;
            shown(db, row)
        })
    }

    /// Applications, newest first.
    pub fn applications(&self, query: &ApplicationsQuery) -> Result<Applications, Error> {
        self.read(|db| {
            if let Some(a) = &query.alliance {
                alliance_row(db, a)?;
            }
            let rows = admissions::applications(
                db,
                query.alliance.as_deref(),
                query.state.map(|s| s.as_str()),
            )?;
            let applications = rows
                .into_iter()
                .map(|r| shown(db, r))
                .collect::<Result<_, _>>()?;
            Ok(Applications { applications })
        })
    }
}
