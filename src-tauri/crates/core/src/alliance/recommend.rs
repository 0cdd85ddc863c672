//! Recommending: a work (with its titles and synopses in every language, credits,
//! countries, languages, identifiers, runtime, rights, screener link and posters) or a
//! person (as a judge or a guest) is sealed to the members chosen and queued in this
//! profile's stream; each recipient's state starts at `sent`. On the other side the
//! envelope becomes a recommendation `received`, and that state goes back at once.

use super::rights::{rights_of, warnings};
use super::{check_note, shown, RecommendationBody, StateBody, KIND_RECOMMENDATION, KIND_STATE};
use crate::api::{
    PersonCard, RecommendPersonRequest, RecommendWorkRequest, Recommendation, RecommendationKind,
    RecommendationState, Recommendations, RecommendationsQuery, WorkCard,
};
use crate::exchange::Recipients;
use crate::{Caravan, Error};
use caravan_domain::{MediaKind, WorkId};
use caravan_exchange::envelope::Attachment;
use caravan_exchange::Identity;
use caravan_i18n::Localizer;
use caravan_store::recommendations::{self, RecommendationRow};
use caravan_store::{exchange, media, Tx};

/// The most posters that travel with a work.
const POSTERS: usize = 4;

/// The recipients a request names: `all` or none is every member whose card is held.
fn recipients_of(to: &[String]) -> Recipients {
    if to.is_empty() || to.iter().any(|t| t == "all") {
        Recipients::All
    } else {
        Recipients::Members(to.to_vec())
    }
}

/// The title a recommendation is listed by: the original, else the first.
pub(crate) fn card_title(card: &WorkCard) -> String {
    card.titles
        .iter()
        .find(|t| t.original)
        .or_else(|| card.titles.first())
        .map(|t| t.text.clone())
        .unwrap_or_default()
}

pub(crate) fn person_title(person: &PersonCard) -> String {
    person
        .names
        .iter()
        .find(|t| t.original)
        .or_else(|| person.names.first())
        .map(|t| t.text.clone())
        .unwrap_or_default()
}

impl Caravan {
    /// A work as this profile shares it, with its posters as attachments.
    pub(crate) fn work_card(&self, work: WorkId) -> Result<(WorkCard, Vec<Attachment>), Error> {
        let files = self.media_files();
        let (detail, rights, posters) = self.read(|db| {
            let detail = crate::works::detail(db, work, caravan_i18n::SOURCE_LOCALE)?;
            let rights = rights_of(db, work.get())?;
            let posters: Vec<media::MediaRow> = media::of_work(db, work.get())?
                .into_iter()
                .filter(|m| m.kind == MediaKind::Poster)
                .take(POSTERS)
                .collect();
            Ok((detail, rights, posters))
        })?;
        let mut attachments = Vec::with_capacity(posters.len());
        for (i, p) in posters.iter().enumerate() {
            let Some(path) = files.path_of(&p.sha256) else {
                continue;
            };
            let bytes = crate::read_file(&path, crate::exchange::limits().attachment_bytes)?;
            attachments.push(Attachment {
                name: format!("poster-{}.{}", i + 1, p.format),
                bytes,
            });
        }
        let screener = detail
            .fields
            .iter()
            .find(|f| f.name.to_lowercase().contains("screener") && f.value.starts_with("http"))
            .map(|f| f.value.clone());
        let card = WorkCard {
            kind: detail.kind,
            year: detail.year,
            runtime_seconds: detail.runtime_seconds,
            titles: detail.titles,
            synopses: detail.synopses,
            credits: detail.credits,
            identifiers: detail.identifiers,
            countries: detail.countries,
            languages: detail.languages,
            genres: detail.genres,
            rights,
            screener,
            posters: attachments.iter().map(|a| a.name.clone()).collect(),
        };
        Ok((card, attachments))
    }

    /// A unique name for a recommendation, the same on both sides.
    fn new_uid(&self) -> String {
        let mut bytes = [0u8; 12];
        self.entropy.fill(&mut bytes);
        format!("rec-{}", hex::encode(bytes))
    }

    /// Recommends a work to members.
    pub fn recommend_work(
        &self,
        request: &RecommendWorkRequest,
        l10n: &Localizer,
    ) -> Result<Recommendation, Error> {
        let (card, attachments) = self.work_card(request.work)?;
        let (note, note_lang) = check_note(request.note.as_deref(), request.note_lang.as_deref())?;
        if let Some(s) = &request.section {
            caravan_domain::check_slug(s)?;
        }
        let title = card_title(&card);
        let rights = card.rights.clone();
        let mut rec = self.send_recommendation(
            RecommendationKind::Work,
            &recipients_of(&request.to),
            Some(card),
            None,
            (note, note_lang),
            request.section.clone(),
            attachments,
            (Some(request.work.get()), title),
        )?;
        let members = self.countries_of(&rec.to)?;
        rec.warnings = warnings(&rights, &members, &self.today(), l10n);
        Ok(rec)
    }

    /// Recommends a person as a judge or a guest.
    pub fn recommend_person(
        &self,
        request: &RecommendPersonRequest,
    ) -> Result<Recommendation, Error> {
        if request.kind == RecommendationKind::Work {
            return Err(Error::RecommendationMalformed(
                "a person is a judge or a guest".into(),
            ));
        }
        let person = checked_person(&request.person)?;
        let (note, note_lang) = check_note(request.note.as_deref(), request.note_lang.as_deref())?;
        let title = person_title(&person);
        self.send_recommendation(
            request.kind,
            &recipients_of(&request.to),
            None,
            Some(person),
            (note, note_lang),
            None,
            Vec::new(),
            (None, title),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn send_recommendation(
        &self,
        kind: RecommendationKind,
        to: &Recipients,
        work: Option<WorkCard>,
        person: Option<PersonCard>,
        (note, note_lang): (Option<String>, Option<String>),
        section: Option<String>,
        attachments: Vec<Attachment>,
        (work_id, title): (Option<i64>, String),
    ) -> Result<Recommendation, Error> {
        let identity = self.secret_identity()?;
        let own = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let uid = self.new_uid();
        let now = self.clock.now_ms();
        let id = self.write(|tx| {
            let recipients = self.recipients(tx, to)?;
            let members: Vec<String> = recipients.iter().map(|(m, _)| m.clone()).collect();
            let body = RecommendationBody {
                uid: uid.clone(),
                kind,
                from: own.member.clone(),
                to: members.clone(),
                work: work.clone(),
                person: person.clone(),
                note: note.clone(),
                note_lang: note_lang.clone(),
                section: section.clone(),
            };
            let payload = serde_json::to_string(&body).unwrap_or_default();
            let seq = self.append_envelope(
                tx,
                &identity,
                KIND_RECOMMENDATION,
                &recipients,
                payload.as_bytes(),
                &attachments,
            )?;
            let id = recommendations::add(
                tx,
                &RecommendationRow {
                    id: 0,
                    uid: uid.clone(),
                    direction: "outgoing".into(),
                    kind: kind.as_str().into(),
                    from_member: own.member.clone(),
                    work_id,
                    title: title.clone(),
                    payload,
                    note: note.clone(),
                    note_lang: note_lang.clone(),
                    section: section.clone(),
                    created_at: now,
                },
                &members,
                RecommendationState::Sent.as_str(),
            )?;
            self.audit(
                tx,
                "recommendation.send",
                "recommendation",
                Some(id),
                serde_json::json!({ "uid": uid, "kind": kind.as_str(), "to": members, "seq": seq }),
            )?;
            Ok(id)
        })?;
        self.recommendation(id)
    }

    /// The members' countries, from their cards or the registry.
    fn countries_of(&self, members: &[String]) -> Result<Vec<(String, Option<String>)>, Error> {
        let list = self.members_list(&Default::default())?.members;
        Ok(members
            .iter()
            .map(|m| {
                let country = list
                    .iter()
                    .find(|x| &x.slug == m)
                    .and_then(|x| x.country.clone());
                (m.clone(), country)
            })
            .collect())
    }

    pub fn recommendation(&self, id: i64) -> Result<Recommendation, Error> {
        self.read(|db| {
            let row = recommendations::get(db, id)?.ok_or(Error::RecommendationNotFound(id))?;
            shown(db, row)
        })
    }

    /// Recommendations sent and received, newest first.
    pub fn recommendations(&self, query: &RecommendationsQuery) -> Result<Recommendations, Error> {
        self.read(|db| {
            if let Some(w) = query.work {
                crate::require_work(db, w)?;
            }
            let rows = recommendations::list(db, query.work.map(|w| w.get()), 10_000)?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let r = shown(db, row)?;
                if query.direction.is_none_or(|d| d == r.direction) {
                    out.push(r);
                }
            }
            Ok(Recommendations {
                recommendations: out,
            })
        })
    }

    /// Queues a state of a received recommendation back to the member who sent it, in `tx`.
    pub(crate) fn send_state(
        &self,
        tx: &Tx<'_>,
        identity: &Identity,
        to_member: &str,
        body: &StateBody,
    ) -> Result<u64, Error> {
        let recipients = self.recipients(tx, &Recipients::Members(vec![to_member.to_owned()]))?;
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        self.append_envelope(tx, identity, KIND_STATE, &recipients, &bytes, &[])
    }
}

/// A person as typed: at least one name in some script, valid tags and country.
fn checked_person(p: &PersonCard) -> Result<PersonCard, Error> {
    let mut names = Vec::with_capacity(p.names.len());
    for n in &p.names {
        let text = n.text.trim();
        if text.is_empty() {
            continue;
        }
        // A name whose language nobody gave is "und", undetermined.
        let lang = if n.lang.trim().is_empty() || n.lang.trim().eq_ignore_ascii_case("und") {
            "und".to_owned()
        } else {
            caravan_domain::LangTag::parse(&n.lang)?.to_string()
        };
        names.push(crate::api::LocalizedText {
            lang,
            text: text.to_owned(),
            original: n.original,
            provenance: n.provenance,
        });
    }
    if names.is_empty() {
        return Err(Error::PersonNoName);
    }
    if !names.iter().any(|n| n.original) {
        names[0].original = true;
    }
    let languages = p
        .languages
        .iter()
        .map(|l| caravan_domain::LangTag::parse(l).map(|t| t.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    let country = p
        .country
        .as_deref()
        .map(|c| caravan_domain::CountryCode::parse(c).map(|c| c.as_str().to_owned()))
        .transpose()?;
    Ok(PersonCard {
        names,
        roles: p
            .roles
            .iter()
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty())
            .collect(),
        languages,
        country,
        contact: p
            .contact
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned),
    })
}

/// A recommendation that arrived: checked, stored as `received`, and that state sent
/// back to its sender, all in the exchange's transaction. `files` are the attachments
/// already stored by content: (name, sha256).
pub(crate) fn apply_recommendation(
    caravan: &Caravan,
    tx: &Tx<'_>,
    me: &Identity,
    sender_member: &str,
    body: &[u8],
    files: &[(String, String)],
    now: i64,
) -> Result<(), Error> {
    let mut body: RecommendationBody =
        serde_json::from_slice(body).map_err(|e| Error::RecommendationMalformed(e.to_string()))?;
    if body.from != sender_member {
        return Err(Error::RecommendationMalformed(format!(
            "sent by {sender_member} in the name of {}",
            body.from
        )));
    }
    check_note(body.note.as_deref(), body.note_lang.as_deref())?;
    let title = match (body.kind, &mut body.work, &body.person) {
        (RecommendationKind::Work, Some(work), None) => {
            if work.titles.iter().all(|t| t.text.trim().is_empty()) {
                return Err(Error::RecommendationMalformed(
                    "a work with no title".into(),
                ));
            }
            work.rights = super::rights::checked(&work.rights)?;
            // The posters are kept by content: the card names them by their hashes.
            work.posters = work
                .posters
                .iter()
                .filter_map(|name| {
                    files
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, sha)| sha.clone())
                })
                .collect();
            card_title(work)
        }
        (RecommendationKind::Judge | RecommendationKind::Guest, None, Some(person)) => {
            let person = checked_person(person)?;
            let title = person_title(&person);
            body.person = Some(person);
            title
        }
        _ => {
            return Err(Error::RecommendationMalformed(
                "neither a work nor a person".into(),
            ))
        }
    };
    if recommendations::by_uid(tx, &body.uid)?.is_some() {
        return Err(Error::RecommendationDuplicate(body.uid.clone()));
    }
    let own = exchange::identity(tx)?.ok_or(Error::IdentityMissing)?;
    let payload = serde_json::to_string(&body).unwrap_or_default();
    let kept: Vec<String> = files.iter().map(|(_, sha)| sha.clone()).collect();
    let id = recommendations::add(
        tx,
        &RecommendationRow {
            id: 0,
            uid: body.uid.clone(),
            direction: "incoming".into(),
            kind: body.kind.as_str().into(),
            from_member: sender_member.to_owned(),
            work_id: None,
            title,
            payload,
            note: body.note.clone(),
            note_lang: body.note_lang.clone(),
            section: body.section.clone(),
            created_at: now,
        },
        std::slice::from_ref(&own.member),
        RecommendationState::Received.as_str(),
    )?;
    recommendations::add_files(tx, id, &kept)?;
    caravan.send_state(
        tx,
        me,
        sender_member,
        &StateBody {
            uid: body.uid,
            state: RecommendationState::Received,
            reason: None,
            edition: None,
            section: None,
        },
    )?;
    Ok(())
}
