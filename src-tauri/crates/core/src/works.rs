//! Reading works: the paged list and one work with every language variant, and finding
//! works by an identifier a person typed.

use crate::api::{
    Credit, Identifier, LocalizedText, WorkDetail, WorkSummary, WorksPage, WorksQuery, MAX_PAGE,
};
use crate::{Caravan, Error};
use caravan_domain::ids::{self, IdentifierKind};
use caravan_domain::{pick_text, CreditRole, TextField, WorkId};
use caravan_store::paging::Cursor;
use caravan_store::works::{self, TextRow};
use caravan_store::Db;

fn original(texts: &[TextRow]) -> Option<&TextRow> {
    texts.iter().find(|t| t.original).or_else(|| texts.first())
}

/// The interface locale whose collation sorts titles for a reader of `lang`.
pub(crate) fn collation_locale(lang: &str) -> &'static str {
    caravan_i18n::negotiate(lang).unwrap_or(caravan_i18n::SOURCE_LOCALE)
}

/// Reads a cursor a caller handed back, for a list sorted by `column`.
pub(crate) fn cursor(text: Option<&str>, column: &str) -> Result<Option<Cursor>, Error> {
    Ok(text
        .filter(|t| !t.is_empty())
        .map(|t| Cursor::decode(t, column))
        .transpose()?)
}

/// The title a reader of `lang` sees among `texts`, and its language.
pub(crate) fn shown_title(lang: &str, texts: &[TextRow]) -> (String, String) {
    pick_text(lang, texts, |t| &t.lang, |t| t.original)
        .map(|t| (t.text.clone(), t.lang.clone()))
        .unwrap_or_default()
}

impl Caravan {
    /// One page of works, titles in `lang` with fallback, sorted by a column (titles by
    /// the collation of the reader's language) and continued from a cursor.
    pub fn works_page(&self, q: &WorksQuery) -> Result<WorksPage, Error> {
        let limit = q.limit.min(MAX_PAGE);
        let after = cursor(q.after.as_deref(), q.sort.as_str())?;
        self.read(|db| {
            let edition_id = q
                .edition
                .map(|e| crate::require_edition(db, e).map(|e| e.id))
                .transpose()?;
            let total = works::count(db, edition_id)?;
            let order = works::Order {
                column: q.sort,
                descending: q.descending,
                locale: collation_locale(&q.lang).to_owned(),
                after,
                offset: q.offset,
                limit,
            };
            let (rows, next) = works::page(db, edition_id, &order)?;
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            let mut titles = works::titles_of(db, &ids)?;
            let mut thumbnails = caravan_store::media::list_thumbnails(db, &ids)?;
            let works = rows
                .into_iter()
                .map(|row| {
                    let texts = titles.remove(&row.id).unwrap_or_default();
                    let (title, title_lang) = shown_title(&q.lang, &texts);
                    let orig = original(&texts);
                    WorkSummary {
                        id: WorkId(row.id),
                        kind: row.kind,
                        title,
                        title_lang,
                        original_title: orig.map(|t| t.text.clone()).unwrap_or_default(),
                        original_lang: orig.map(|t| t.lang.clone()).unwrap_or_default(),
                        year: row.year,
                        thumbnail: thumbnails.remove(&row.id),
                    }
                })
                .collect();
            Ok(WorksPage {
                total,
                offset: q.offset,
                works,
                next: next.map(|c| c.encode()),
            })
        })
    }

    /// Whether a work with this id exists.
    pub fn work_exists(&self, id: WorkId) -> Result<bool, Error> {
        self.read(|db| Ok(works::get(db, id.get())?.is_some()))
    }

    /// The works carrying an identifier written `value` — in any case, with or without
    /// hyphens, in its canonical spelling or as typed — of one kind, or of any kind but
    /// those listed in `except`.
    pub fn works_with_identifier(
        &self,
        value: &str,
        kind: Option<IdentifierKind>,
        except: &[IdentifierKind],
    ) -> Result<Vec<WorkId>, Error> {
        let value = value.trim();
        let mut spellings: Vec<String> = vec![value.to_owned()];
        if let Some(canonical) = ids::check(value).canonical {
            spellings.push(canonical);
        }
        let compact: String = value
            .chars()
            .filter(|c| *c != '-' && !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect();
        spellings.push(compact);
        spellings.dedup();
        self.read(|db| {
            let mut found: Vec<WorkId> = Vec::new();
            for spelling in &spellings {
                for (work, k) in works::find_by_value(db, spelling)? {
                    let k = IdentifierKind::parse(&k).ok();
                    let wanted = match kind {
                        Some(want) => k == Some(want),
                        None => k.is_none_or(|k| !except.contains(&k)),
                    };
                    if wanted && !found.contains(&WorkId(work)) {
                        found.push(WorkId(work));
                    }
                }
            }
            found.sort();
            Ok(found)
        })
    }

    /// One work with every title and synopsis, credits and identifiers; `title` is the
    /// one a reader of `lang` sees.
    pub fn work_detail(&self, id: WorkId, lang: &str) -> Result<WorkDetail, Error> {
        let mut detail = self.read(|db| detail(db, id, lang))?;
        detail.media = self.media_of(id)?;
        Ok(detail)
    }
}

pub(crate) fn detail(db: &Db<'_>, id: WorkId, lang: &str) -> Result<WorkDetail, Error> {
    let row = crate::require_work(db, id)?;
    let texts = works::texts(db, row.id)?;
    let (titles, synopses): (Vec<_>, Vec<_>) =
        texts.into_iter().partition(|t| t.field == TextField::Title);
    let (title, title_lang) = shown_title(lang, &titles);
    let to_api = |t: TextRow| LocalizedText {
        lang: t.lang,
        text: t.text,
        original: t.original,
        provenance: t.provenance,
    };
    Ok(WorkDetail {
        id,
        kind: row.kind,
        year: row.year,
        runtime_seconds: row.runtime_seconds,
        title,
        title_lang,
        titles: titles.into_iter().map(to_api).collect(),
        synopses: synopses.into_iter().map(to_api).collect(),
        credits: works::credits(db, row.id)?
            .into_iter()
            .map(|c| {
                Ok(Credit {
                    role: CreditRole::parse(&c.role)?,
                    name: c.name,
                })
            })
            .collect::<Result<_, Error>>()?,
        identifiers: works::identifiers(db, row.id)?
            .into_iter()
            .map(|(kind, value)| {
                Ok(Identifier {
                    kind: IdentifierKind::parse(&kind)?,
                    value,
                })
            })
            .collect::<Result<_, Error>>()?,
        countries: works::countries(db, row.id)?,
        languages: works::languages(db, row.id)?,
        genres: works::genres(db, row.id)?,
        fields: works::fields(db, row.id)?
            .into_iter()
            .map(|(name, value)| crate::api::Field { name, value })
            .collect(),
        media: Vec::new(),
        unresolved: caravan_store::intake::unresolved_of(db, row.id)?
            .into_iter()
            .map(|(vocabulary, value)| crate::api::UnresolvedOnWork { vocabulary, value })
            .collect(),
    })
}
