//! Reading works: the paged list and one work with every language variant.

use crate::api::{Credit, Identifier, LocalizedText, WorkDetail, WorkSummary, WorksPage};
use crate::{Caravan, Error};
use caravan_domain::{pick_text, TextField};
use caravan_store::works::{self, TextRow};
use caravan_store::Connection;

/// The most rows one page may carry, so nobody sends 100,000 rows over IPC at once.
pub const MAX_PAGE: u64 = 1000;

fn original(texts: &[TextRow]) -> Option<&TextRow> {
    texts.iter().find(|t| t.original).or_else(|| texts.first())
}

impl Caravan {
    /// One page of works, titles in `lang` with fallback; `edition` narrows the list to
    /// the works submitted to that edition.
    pub fn works_page(
        &self,
        lang: &str,
        edition: Option<&str>,
        offset: u64,
        limit: u64,
    ) -> Result<WorksPage, Error> {
        let limit = limit.min(MAX_PAGE);
        self.read(|conn| {
            let edition_id = match edition {
                None => None,
                Some(slug) => match caravan_store::editions::by_slug(conn, slug)? {
                    Some(e) => Some(e.id),
                    None => return Err(Error::EditionNotFound(slug.to_owned())),
                },
            };
            let total = works::count(conn, edition_id)?;
            let rows = works::page(conn, edition_id, offset, limit)?;
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            let mut titles = works::titles_of(conn, &ids)?;
            let mut thumbnails = caravan_store::media::list_thumbnails(conn, &ids)?;
            let works = rows
                .into_iter()
                .map(|row| {
                    let texts = titles.remove(&row.id).unwrap_or_default();
                    let shown = pick_text(lang, &texts, |t| &t.lang, |t| t.original);
                    let orig = original(&texts);
                    WorkSummary {
                        id: row.id,
                        kind: row.kind,
                        title: shown.map(|t| t.text.clone()).unwrap_or_default(),
                        title_lang: shown.map(|t| t.lang.clone()).unwrap_or_default(),
                        original_title: orig.map(|t| t.text.clone()).unwrap_or_default(),
                        original_lang: orig.map(|t| t.lang.clone()).unwrap_or_default(),
                        year: row.year,
                        thumbnail: thumbnails.remove(&row.id),
                    }
                })
                .collect();
            Ok(WorksPage {
                total,
                offset,
                works,
            })
        })
    }

    /// Finds the work a person named: its id, or a FilmFreeway Submission ID or Tracking
    /// Number, an ISRC, or any other identifier it carries.
    pub fn resolve_work(&self, reference: &str) -> Result<i64, Error> {
        let reference = reference.trim();
        self.read(|conn| resolve(conn, reference))
    }

    /// One work with every title and synopsis, credits and identifiers; `title` is the
    /// one a reader of `lang` sees.
    pub fn work_detail(&self, reference: &str, lang: &str) -> Result<WorkDetail, Error> {
        let id = self.resolve_work(reference)?;
        let mut detail = self.read(|conn| {
            let Some(row) = works::get(conn, id)? else {
                return Err(Error::WorkNotFound(reference.to_owned()));
            };
            let texts = works::texts(conn, id)?;
            let (titles, synopses): (Vec<_>, Vec<_>) =
                texts.into_iter().partition(|t| t.field == TextField::Title);
            let title = pick_text(lang, &titles, |t| &t.lang, |t| t.original)
                .map(|t| t.text.clone())
                .unwrap_or_default();
            let to_api = |t: TextRow| LocalizedText {
                lang: t.lang,
                text: t.text,
                original: t.original,
                provenance: t.provenance,
            };
            Ok(WorkDetail {
                id: row.id,
                kind: row.kind,
                year: row.year,
                runtime_seconds: row.runtime_seconds,
                title,
                titles: titles.into_iter().map(to_api).collect(),
                synopses: synopses.into_iter().map(to_api).collect(),
                credits: works::credits(conn, id)?
                    .into_iter()
                    .map(|c| Credit {
                        role: c.role,
                        name: c.name,
                    })
                    .collect(),
                identifiers: works::identifiers(conn, id)?
                    .into_iter()
                    .map(|(kind, value)| Identifier { kind, value })
                    .collect(),
                countries: works::countries(conn, id)?,
                languages: works::languages(conn, id)?,
                genres: works::genres(conn, id)?,
                fields: works::fields(conn, id)?
                    .into_iter()
                    .map(|(name, value)| crate::api::Field { name, value })
                    .collect(),
                media: Vec::new(),
            })
        })?;
        detail.media = self.media_of(&id.to_string())?;
        Ok(detail)
    }
}

fn resolve(conn: &Connection, reference: &str) -> Result<i64, Error> {
    if let Ok(id) = reference.parse::<i64>() {
        if works::get(conn, id)?.is_some() {
            return Ok(id);
        }
    }
    // ISRCs are written with or without hyphens and in any case.
    let compact: String = reference
        .chars()
        .filter(|c| *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    let mut found = works::find_by_any_identifier(conn, reference)?;
    if found.is_empty() && compact != reference {
        found = works::find_by_any_identifier(conn, &compact)?;
    }
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(Error::WorkNotFound(reference.to_owned())),
        many => Err(Error::WorkAmbiguous {
            reference: reference.to_owned(),
            count: many.len(),
        }),
    }
}
