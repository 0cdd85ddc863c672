//! Answering a recommendation on the side that received it — accepted (a work into an
//! edition's section, as a submission whose source is the recommendation), declined with a
//! reason, programmed — each answer sent back to the member who recommended; and taking
//! those answers in on the sending side, in order.

use super::rights::warnings;
use super::{RecommendationBody, StateBody};
use crate::api::{
    Answer, AnswerRequest, Recommendation, RecommendationKind, RecommendationState, WorkCard,
};
use crate::{search, Caravan, Error};
use caravan_domain::{JudgingStatus, MediaKind, SubmissionStatus, TextField, WorkId};
use caravan_i18n::Localizer;
use caravan_store::recommendations::{self, StateRow};
use caravan_store::{editions, exchange, submissions, works, Db, Tx};

/// The work a card already is in this database: one carrying any of its identifiers,
/// else one with the same original title and year (the duplicates' first rule).
pub(crate) fn existing_work(db: &Db<'_>, card: &WorkCard) -> Result<Option<i64>, Error> {
    for id in &card.identifiers {
        if let Some(w) = works::find_by_identifier(db, id.kind.as_str(), &id.value)? {
            return Ok(Some(w));
        }
    }
    for t in card.titles.iter().filter(|t| t.original) {
        let key = search::exact_key(&t.text);
        for w in caravan_store::search::exact(db, &key, 20)? {
            if works::get(db, w)?.is_some_and(|row| row.year == card.year && row.kind == card.kind)
            {
                return Ok(Some(w));
            }
        }
    }
    Ok(None)
}

/// Stores a shared work as a new work of this database.
pub(crate) fn store_card(tx: &Tx<'_>, card: &WorkCard, from: &str, now: i64) -> Result<i64, Error> {
    let id = works::insert(tx, card.kind, card.year, card.runtime_seconds, now)?;
    for (field, texts) in [
        (TextField::Title, &card.titles),
        (TextField::Synopsis, &card.synopses),
    ] {
        for t in texts {
            let lang = caravan_domain::LangTag::parse(&t.lang)
                .map(|l| l.to_string())
                .unwrap_or_else(|_| "und".to_owned());
            works::set_text(
                tx,
                id,
                field,
                &lang,
                &t.text,
                t.original,
                caravan_domain::Provenance::Submitted,
            )?;
        }
    }
    for (i, c) in card.credits.iter().enumerate() {
        works::add_credit(tx, id, c.role.as_str(), &c.name, i)?;
    }
    for ident in &card.identifiers {
        works::ensure_identifier(tx, id, ident.kind.as_str(), &ident.value)?;
    }
    for (i, c) in card.countries.iter().enumerate() {
        works::add_country(tx, id, i, c)?;
    }
    for (i, l) in card.languages.iter().enumerate() {
        works::add_language(tx, id, i, l)?;
    }
    for (i, g) in card.genres.iter().enumerate() {
        works::add_genre(tx, id, i, g)?;
    }
    let mut position = 0;
    if let Some(s) = &card.screener {
        works::add_field(tx, id, position, "Screener", s)?;
        position += 1;
    }
    works::add_field(tx, id, position, "Recommended by", from)?;
    let rights: Vec<recommendations::RightRow> = card
        .rights
        .iter()
        .map(|r| recommendations::RightRow {
            territory: r.territory.clone(),
            excluded: r.excluded,
            starts: r.starts.clone(),
            ends: r.ends.clone(),
        })
        .collect();
    recommendations::set_rights(tx, id, &rights)?;
    Ok(id)
}

impl Caravan {
    /// Answers a recommendation this profile received; the answer goes back to its sender
    /// with the next publish.
    pub fn answer_recommendation(
        &self,
        request: &AnswerRequest,
        l10n: &Localizer,
    ) -> Result<Recommendation, Error> {
        let identity = self.secret_identity()?;
        let now = self.clock.now_ms();
        let row = self.read(|db| {
            recommendations::get(db, request.id)?.ok_or(Error::RecommendationNotFound(request.id))
        })?;
        if row.direction != "incoming" {
            return Err(Error::RecommendationNotFound(request.id));
        }
        let body: RecommendationBody = serde_json::from_str(&row.payload)
            .map_err(|e| Error::RecommendationMalformed(e.to_string()))?;
        let own = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let mut posters: Vec<String> = Vec::new();
        let mut made_work: Option<i64> = None;
        self.write(|tx| {
            let current = recommendations::states(tx, row.id)?
                .into_iter()
                .find(|s| s.member == own.member)
                .and_then(|s| RecommendationState::parse(&s.state))
                .unwrap_or(RecommendationState::Received);
            let (next, reason, edition, section) = match &request.answer {
                Answer::Accepted { edition, section } => (RecommendationState::Accepted, None, edition.clone(), section.clone()),
                Answer::Declined { reason } => {
                    let reason = reason.trim();
                    if reason.is_empty() {
                        return Err(caravan_domain::DomainError::Empty("decline-reason".into()).into());
                    }
                    (RecommendationState::Declined, Some(reason.to_owned()), None, None)
                }
                Answer::Programmed => (RecommendationState::Programmed, None, None, None),
            };
            if !current.may_become(next) {
                return Err(Error::RecommendationStateInvalid {
                    from: current.as_str().to_owned(),
                    to: next.as_str().to_owned(),
                });
            }
            let mut submission_id = None;
            if next == RecommendationState::Accepted && body.kind == RecommendationKind::Work {
                let card = body
                    .work
                    .as_ref()
                    .ok_or_else(|| Error::RecommendationMalformed("a work with no card".into()))?;
                let edition_slug = edition.as_deref().ok_or(Error::EditionNeeded)?;
                let e = editions::by_slug(tx, edition_slug)?
                    .ok_or_else(|| Error::EditionNotFound(edition_slug.to_owned()))?;
                let section_slug = section
                    .clone()
                    .or_else(|| body.section.clone())
                    .or_else(|| e.sections.first().map(|s| s.slug.clone()))
                    .ok_or_else(|| Error::SectionNotFound {
                        section: String::new(),
                        edition: edition_slug.to_owned(),
                    })?;
                let s = e
                    .sections
                    .iter()
                    .find(|s| s.slug == section_slug)
                    .ok_or_else(|| Error::SectionNotFound {
                        section: section_slug.clone(),
                        edition: edition_slug.to_owned(),
                    })?;
                let work_id = match existing_work(tx, card)? {
                    Some(w) => w,
                    None => {
                        let w = store_card(tx, card, &row.from_member, now)?;
                        posters = card.posters.clone();
                        made_work = Some(w);
                        w
                    }
                };
                submission_id = Some(submissions::upsert(
                    tx,
                    &submissions::NewSubmission {
                        work_id,
                        section_id: s.id,
                        source: "recommendation",
                        status: SubmissionStatus::InConsideration,
                        judging: JudgingStatus::Undecided,
                        submitted_at: Some(row.created_at),
                    },
                    now,
                )?);
                search::index_work(tx, work_id)?;
                recommendations::set_work(tx, row.id, work_id)?;
            }
            let section_kept = if next == RecommendationState::Accepted { section.clone().or(body.section.clone()) } else { None };
            recommendations::set_state(
                tx,
                row.id,
                &StateRow {
                    member: own.member.clone(),
                    state: next.as_str().to_owned(),
                    reason: reason.clone(),
                    edition: edition.clone(),
                    section: section_kept.clone(),
                    submission_id,
                    updated_at: now,
                },
            )?;
            self.send_state(
                tx,
                &identity,
                &row.from_member,
                &StateBody {
                    uid: row.uid.clone(),
                    state: next,
                    reason,
                    edition,
                    section: section_kept,
                },
            )?;
            self.audit(
                tx,
                "recommendation.answer",
                "recommendation",
                Some(row.id),
                serde_json::json!({ "uid": row.uid, "state": next.as_str(), "submission": submission_id }),
            )
        })?;
        // The posters of a work made here join it; one that does not read is left out.
        let files = self.media_files();
        if let Some(work) = made_work {
            for sha in posters {
                if let Some(path) = files.path_of(&sha) {
                    let _ = self.add_media(WorkId(work), &path, MediaKind::Poster);
                }
            }
        }
        let mut shown_rec = self.recommendation(row.id)?;
        if let (Some(card), Answer::Accepted { .. }) = (&shown_rec.work, &request.answer) {
            shown_rec.warnings = warnings(
                &card.rights,
                &[(own.member.clone(), own.country.clone())],
                &self.today(),
                l10n,
            );
        }
        Ok(shown_rec)
    }
}

/// A state a recipient sent back: it must be about a recommendation this profile sent to
/// that very member, and follow the state it stands at.
pub(crate) fn apply_state(
    tx: &Tx<'_>,
    sender_member: &str,
    body: &[u8],
    now: i64,
) -> Result<(), Error> {
    let body: StateBody =
        serde_json::from_slice(body).map_err(|e| Error::RecommendationMalformed(e.to_string()))?;
    let row = recommendations::by_uid(tx, &body.uid)?
        .filter(|r| r.direction == "outgoing")
        .ok_or_else(|| Error::RecommendationUnknown(body.uid.clone()))?;
    let current = recommendations::states(tx, row.id)?
        .into_iter()
        .find(|s| s.member == sender_member)
        .ok_or_else(|| Error::RecommendationUnknown(body.uid.clone()))?;
    let from = RecommendationState::parse(&current.state).unwrap_or(RecommendationState::Sent);
    if !from.may_become(body.state) {
        return Err(Error::RecommendationStateInvalid {
            from: from.as_str().to_owned(),
            to: body.state.as_str().to_owned(),
        });
    }
    recommendations::set_state(
        tx,
        row.id,
        &StateRow {
            member: sender_member.to_owned(),
            state: body.state.as_str().to_owned(),
            reason: body.reason,
            edition: body.edition,
            section: body.section,
            submission_id: None,
            updated_at: now,
        },
    )?;
    Ok(())
}
