//! Catalogues: a member publishes its works (all, or a chosen set) as one envelope sealed
//! to every member whose card it holds; each copy that pulls it replaces that member's
//! catalogue and indexes it, so it is searched in any script as the works are; a work of
//! a catalogue can be taken into an edition, or recommended on.

use super::recommend::card_title;
use super::KIND_CATALOGUE;
use crate::api::{
    Catalogue, CatalogueEntry, CataloguePublished, CatalogueQuery, CatalogueSize, TakeEntryRequest,
    WorkCard, WorkDetail,
};
use crate::exchange::Recipients;
use crate::{search, Caravan, Error};
use caravan_domain::{JudgingStatus, SubmissionStatus, WorkId};
use caravan_store::recommendations;
use caravan_store::{editions, exchange, submissions, works, Tx};

/// A catalogue's body as it travels.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct CatalogueBody {
    member: String,
    entries: Vec<CatalogueItem>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct CatalogueItem {
    /// The entry's name, stable across publishes: `w` and the work's id.
    key: String,
    work: WorkCard,
}

impl Caravan {
    /// Seals this profile's catalogue (every work, or those given) to every member whose
    /// card is held; it leaves with the next publish.
    pub fn publish_catalogue(&self, works: Option<&[WorkId]>) -> Result<CataloguePublished, Error> {
        let identity = self.secret_identity()?;
        let own = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let ids: Vec<i64> = match works {
            Some(list) => list.iter().map(|w| w.get()).collect(),
            None => self.read(|db| Ok(works::all_ids(db)?))?,
        };
        let mut entries = Vec::with_capacity(ids.len());
        self.read(|db| {
            for id in &ids {
                let work = WorkId(*id);
                let detail = crate::works::detail(db, work, caravan_i18n::SOURCE_LOCALE)?;
                let rights = super::rights::rights_of(db, *id)?;
                entries.push(CatalogueItem {
                    key: format!("w{id}"),
                    work: WorkCard {
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
                        screener: None,
                        posters: Vec::new(),
                    },
                });
            }
            Ok(())
        })?;
        let body = serde_json::to_vec(&CatalogueBody {
            member: own.member.clone(),
            entries,
        })
        .unwrap_or_default();
        let bytes = body.len() as u64;
        let count = ids.len() as u64;
        let seq = self.write(|tx| {
            let recipients = self.recipients(tx, &Recipients::All)?;
            let seq =
                self.append_envelope(tx, &identity, KIND_CATALOGUE, &recipients, &body, &[])?;
            self.audit(
                tx,
                "catalogue.publish",
                "catalogue",
                None,
                serde_json::json!({ "entries": count, "bytes": bytes, "seq": seq }),
            )?;
            Ok(seq)
        })?;
        Ok(CataloguePublished {
            entries: count,
            seq,
            bytes,
        })
    }

    /// The catalogues members published: searched in any script, or listed.
    pub fn catalogue(&self, query: &CatalogueQuery) -> Result<Catalogue, Error> {
        let limit = query.limit.clamp(1, 1000);
        let fts = query.query.as_deref().and_then(caravan_text::fts5_query);
        if query.query.as_deref().is_some_and(|q| !q.trim().is_empty()) && fts.is_none() {
            return self.read(|db| {
                Ok(Catalogue {
                    entries: Vec::new(),
                    members: sizes(db)?,
                })
            });
        }
        self.read(|db| {
            let rows =
                recommendations::catalogue(db, fts.as_deref(), query.member.as_deref(), limit)?;
            let mut entries = Vec::with_capacity(rows.len());
            for r in rows {
                let work: WorkCard = serde_json::from_str(&r.payload)
                    .map_err(|e| Error::RecommendationMalformed(e.to_string()))?;
                entries.push(CatalogueEntry {
                    id: r.id,
                    member: r.member,
                    title: r.title,
                    year: r.year,
                    work,
                });
            }
            Ok(Catalogue {
                entries,
                members: sizes(db)?,
            })
        })
    }

    /// Takes a work of a member's catalogue into an edition's section: the work this
    /// database already has (by identifier, or by original title and year), or a new one.
    pub fn take_from_catalogue(&self, request: &TakeEntryRequest) -> Result<WorkDetail, Error> {
        let now = self.clock.now_ms();
        let work = self.write(|tx| {
            let entry = recommendations::catalogue_entry(tx, request.entry)?
                .ok_or(Error::CatalogueEntryNotFound(request.entry))?;
            let card: WorkCard = serde_json::from_str(&entry.payload)
                .map_err(|e| Error::RecommendationMalformed(e.to_string()))?;
            let e = editions::by_slug(tx, &request.edition)?
                .ok_or_else(|| Error::EditionNotFound(request.edition.clone()))?;
            let s = e
                .sections
                .iter()
                .find(|s| s.slug == request.section)
                .ok_or_else(|| Error::SectionNotFound {
                    section: request.section.clone(),
                    edition: request.edition.clone(),
                })?;
            let work_id = match super::answer::existing_work(tx, &card)? {
                Some(w) => w,
                None => super::answer::store_card(tx, &card, &entry.member, now)?,
            };
            submissions::upsert(
                tx,
                &submissions::NewSubmission {
                    work_id,
                    section_id: s.id,
                    source: "manual",
                    status: SubmissionStatus::InConsideration,
                    judging: JudgingStatus::Undecided,
                    submitted_at: Some(now),
                },
                now,
            )?;
            search::index_work(tx, work_id)?;
            self.audit(
                tx,
                "catalogue.take",
                "work",
                Some(work_id),
                serde_json::json!({ "member": entry.member, "entry": entry.entry_key, "edition": request.edition }),
            )?;
            Ok(work_id)
        })?;
        self.work_detail(WorkId(work), &request.lang)
    }
}

fn sizes(db: &caravan_store::Db<'_>) -> Result<Vec<CatalogueSize>, Error> {
    Ok(recommendations::catalogue_sizes(db)?
        .into_iter()
        .map(|(member, entries)| CatalogueSize { member, entries })
        .collect())
}

/// A catalogue that arrived: it replaces what the member published before, indexed.
pub(crate) fn apply_catalogue(
    tx: &Tx<'_>,
    sender_member: &str,
    body: &[u8],
    now: i64,
) -> Result<(), Error> {
    let body: CatalogueBody =
        serde_json::from_slice(body).map_err(|e| Error::RecommendationMalformed(e.to_string()))?;
    if body.member != sender_member {
        return Err(Error::RecommendationMalformed(format!(
            "a catalogue of {} sent by {sender_member}",
            body.member
        )));
    }
    let mut rows = Vec::with_capacity(body.entries.len());
    let mut texts = Vec::with_capacity(body.entries.len());
    for item in &body.entries {
        let title = card_title(&item.work);
        let titles: Vec<String> = item.work.titles.iter().map(|t| t.text.clone()).collect();
        let people: Vec<String> = item.work.credits.iter().map(|c| c.name.clone()).collect();
        texts.push(search::indexed(&titles, &people));
        rows.push((
            item.key.clone(),
            title,
            item.work.year,
            serde_json::to_string(&item.work).unwrap_or_default(),
        ));
    }
    let ids = recommendations::replace_catalogue(tx, sender_member, &rows, now)?;
    for (id, (t, p, r)) in ids.into_iter().zip(texts) {
        recommendations::index_entry(tx, id, &t, &p, &r)?;
    }
    Ok(())
}
