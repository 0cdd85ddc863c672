//! The registry and admissions on the command line: alliances with their tiers and
//! criteria, members with their contacts and memberships, the registry published, and
//! applications with evidence, sponsors and decisions.

use crate::args::{
    AdmissionsCommands, AllianceCommands, AlliancesCommands, MemberAddArgs, MembersFilterArgs,
    RegistryCommands,
};
use crate::output::Reply;
use caravan_core::api::{
    AllianceRequest, ApplicationRequest, ApplicationsQuery, Contact, CriterionRequest,
    DecideRequest, Evidence, LangText, MemberRequest, MembersQuery, SponsorRequest, TierRequest,
};
use caravan_core::{Caravan, Error};
use caravan_domain::{ApplicationState, ContactKind, DomainError, MemberKind, Outcome};

/// `KEY=TEXT` split at the first `=`; `what` names the flag in the error.
fn pair<'a>(what: &str, value: &'a str) -> Result<(&'a str, &'a str), Error> {
    value
        .split_once('=')
        .map(|(k, v)| (k.trim(), v))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| {
            DomainError::UnknownValue {
                what: what.to_owned().into(),
                value: value.to_owned(),
            }
            .into()
        })
}

fn lang_texts(what: &str, values: &[String]) -> Result<Vec<LangText>, Error> {
    values
        .iter()
        .map(|v| {
            let (lang, text) = pair(what, v)?;
            Ok(LangText {
                lang: lang.to_owned(),
                text: text.to_owned(),
            })
        })
        .collect()
}

pub fn member_add(caravan: &Caravan, a: MemberAddArgs) -> Result<Reply, Error> {
    let contacts = a
        .contacts
        .iter()
        .map(|c| {
            let (kind, value) = pair("contact", c)?;
            Ok(Contact {
                kind: ContactKind::parse(kind)?,
                value: value.to_owned(),
                label: None,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(Reply::Member(caravan.put_member(&MemberRequest {
        slug: a.slug,
        name: a.name,
        kind: MemberKind::parse(&a.kind)?,
        country: a.country,
        city: a.city,
        languages: a.languages,
        contacts,
        alliance: a.alliance,
        tier: a.tier,
        joined: a.joined,
    })?))
}

pub fn members_query(f: MembersFilterArgs) -> Result<MembersQuery, Error> {
    Ok(MembersQuery {
        alliance: f.alliance,
        country: f.country,
        tier: f.tier,
        kind: f.kind.as_deref().map(MemberKind::parse).transpose()?,
        lang: f.lang,
    })
}

pub fn alliance_command(caravan: &Caravan, cmd: AllianceCommands) -> Result<Reply, Error> {
    Ok(Reply::Alliance(match cmd {
        AllianceCommands::Add {
            slug,
            name,
            founded,
            secretariat,
        } => caravan.put_alliance(&AllianceRequest {
            slug,
            name,
            founded,
            secretariat,
        })?,
        AllianceCommands::Show { slug } => caravan.alliance(&slug)?,
        AllianceCommands::Tier {
            alliance,
            key,
            labels,
        } => caravan.put_tier(&TierRequest {
            alliance,
            key,
            labels: lang_texts("tier-label", &labels)?,
        })?,
        AllianceCommands::Criterion {
            alliance,
            key,
            texts,
        } => caravan.put_criterion(&CriterionRequest {
            alliance,
            key,
            texts: lang_texts("criterion-text", &texts)?,
        })?,
    }))
}

pub fn alliances_command(caravan: &Caravan, cmd: AlliancesCommands) -> Result<Reply, Error> {
    match cmd {
        AlliancesCommands::List => Ok(Reply::Alliances(caravan.alliances()?)),
    }
}

pub fn registry_command(caravan: &Caravan, cmd: RegistryCommands) -> Result<Reply, Error> {
    match cmd {
        RegistryCommands::Publish { alliance } => Ok(Reply::RegistryPublished(
            caravan.publish_registry(&alliance)?,
        )),
    }
}

pub fn admissions_command(caravan: &Caravan, cmd: AdmissionsCommands) -> Result<Reply, Error> {
    Ok(match cmd {
        AdmissionsCommands::Apply {
            slug,
            alliance,
            name,
            kind,
            country,
            languages,
            contact,
            tier,
            evidence,
        } => {
            let evidence = evidence
                .iter()
                .map(|e| {
                    let (criterion, text) = pair("evidence", e)?;
                    Ok(Evidence {
                        criterion: criterion.to_owned(),
                        text: text.to_owned(),
                    })
                })
                .collect::<Result<Vec<_>, Error>>()?;
            Reply::Application(Box::new(caravan.apply_for_membership(
                &ApplicationRequest {
                    alliance,
                    slug,
                    name,
                    kind: MemberKind::parse(&kind)?,
                    country,
                    languages,
                    contact,
                    tier,
                    evidence,
                },
            )?))
        }
        AdmissionsCommands::List { alliance, state } => {
            Reply::Applications(caravan.applications(&ApplicationsQuery {
                alliance,
                state: state.as_deref().map(ApplicationState::parse).transpose()?,
            })?)
        }
        AdmissionsCommands::Show { id } => Reply::Application(Box::new(caravan.application(id)?)),
        AdmissionsCommands::Sponsor { id, member, note } => {
            Reply::Application(Box::new(caravan.sponsor_application(&SponsorRequest {
                application: id,
                member,
                note,
            })?))
        }
        AdmissionsCommands::Decide {
            id,
            outcome,
            on,
            votes_for,
            votes_against,
            votes_abstain,
            note,
            tier,
        } => Reply::Application(Box::new(caravan.decide_application(&DecideRequest {
            application: id,
            outcome: Outcome::parse(&outcome)?,
            on,
            votes_for,
            votes_against,
            votes_abstain,
            note,
            tier,
        })?)),
    })
}
