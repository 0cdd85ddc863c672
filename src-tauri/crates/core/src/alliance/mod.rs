//! The alliance at work, riding on the exchange's envelopes: works and people recommended
//! to members (`recommend`), answered on the other side and each answer sent back
//! (`answer`), screening rights by territory and the warnings they give (`rights`), and
//! members' catalogues (`catalogue`); the registry a secretariat publishes (`registry`) and
//! admissions (`admissions`). Every step is an envelope in the stream of the member
//! who took it, applied on arrival by [`apply`] inside the exchange's transaction.

mod admissions;
mod answer;
mod catalogue;
mod recommend;
mod registry;
mod rights;

pub(crate) use answer::{apply_state, existing_work, store_card};
pub(crate) use catalogue::apply_catalogue;
pub(crate) use recommend::apply_recommendation;
pub(crate) use registry::{apply_registry, checked_texts, texts_of};

use crate::api::{
    PersonCard, RecipientState, Recommendation, RecommendationDirection, RecommendationEvent,
    RecommendationKind, RecommendationState, WorkCard,
};
use crate::Error;
use caravan_domain::WorkId;
use caravan_store::recommendations::{self, RecommendationRow};
use caravan_store::Db;

/// The envelope kinds of the alliance.
pub(crate) const KIND_RECOMMENDATION: &str = "recommendation";
pub(crate) const KIND_STATE: &str = "recommendation-state";
pub(crate) const KIND_CATALOGUE: &str = "catalogue";
pub(crate) const KIND_REGISTRY: &str = "registry";

/// The most a note may say, in bytes.
pub(crate) const NOTE_BYTES: usize = 16 * 1024;

/// A recommendation's body as it travels.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct RecommendationBody {
    pub uid: String,
    pub kind: RecommendationKind,
    /// The sender's member slug.
    pub from: String,
    /// The members it was sealed to.
    pub to: Vec<String>,
    #[serde(default)]
    pub work: Option<WorkCard>,
    #[serde(default)]
    pub person: Option<PersonCard>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub note_lang: Option<String>,
    #[serde(default)]
    pub section: Option<String>,
}

/// A state sent back to the member who recommended.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct StateBody {
    pub uid: String,
    pub state: RecommendationState,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub edition: Option<String>,
    #[serde(default)]
    pub section: Option<String>,
}

/// A note checked: trimmed, at most [`NOTE_BYTES`], with a valid language tag.
pub(crate) fn check_note(
    note: Option<&str>,
    lang: Option<&str>,
) -> Result<(Option<String>, Option<String>), Error> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note {
        if n.len() > NOTE_BYTES {
            return Err(caravan_exchange::ExchangeError::TooLarge {
                what: caravan_exchange::Part::Body,
                size: n.len() as u64,
                limit: NOTE_BYTES as u64,
            }
            .into());
        }
    }
    let lang = lang
        .map(|l| caravan_domain::LangTag::parse(l).map(|t| t.to_string()))
        .transpose()?;
    Ok((note.map(str::to_owned), lang))
}

/// A recommendation as the API shows it.
pub(crate) fn shown(db: &Db<'_>, row: RecommendationRow) -> Result<Recommendation, Error> {
    let states = recommendations::states(db, row.id)?;
    let recipients: Vec<RecipientState> = states
        .into_iter()
        .map(|s| RecipientState {
            member: s.member,
            state: RecommendationState::parse(&s.state).unwrap_or(RecommendationState::Sent),
            reason: s.reason,
            edition: s.edition,
            section: s.section,
            submission_id: s.submission_id,
        })
        .collect();
    let history = recommendations::events(db, row.id)?
        .into_iter()
        .map(|e| RecommendationEvent {
            member: e.member,
            state: RecommendationState::parse(&e.state).unwrap_or(RecommendationState::Sent),
            reason: e.reason,
            at: e.at,
        })
        .collect();
    let state = recipients
        .iter()
        .map(|r| r.state)
        .max()
        .unwrap_or(RecommendationState::Sent);
    let direction = if row.direction == "outgoing" {
        RecommendationDirection::Outgoing
    } else {
        RecommendationDirection::Incoming
    };
    let kind = RecommendationKind::parse(&row.kind).unwrap_or(RecommendationKind::Work);
    let body: Option<RecommendationBody> = serde_json::from_str(&row.payload).ok();
    Ok(Recommendation {
        id: row.id,
        kind,
        direction,
        state,
        from: row.from_member,
        to: body
            .as_ref()
            .map(|b| b.to.clone())
            .unwrap_or_else(|| recipients.iter().map(|r| r.member.clone()).collect()),
        work_id: row.work_id.map(WorkId),
        title: row.title,
        note: row.note,
        note_lang: row.note_lang,
        section: row.section,
        created_at: row.created_at,
        recipients,
        work: body.as_ref().and_then(|b| b.work.clone()),
        person: body.and_then(|b| b.person),
        history,
        warnings: Vec::new(),
    })
}
