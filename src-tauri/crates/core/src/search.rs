//! Search: every title (original, translated, romanised) and every credited name of a
//! work, folded and segmented by caravan-text, in an FTS5 index that changes in the same
//! transaction as the work. An exact title match ranks first, then the works the query
//! finds as typed, then those found by forgiving its typing slips ([`slips`]).

mod slips;

use crate::api::{SearchHit, SearchResults};
use crate::{Caravan, Error};
use caravan_domain::{pick_text, TextField, WorkId};
use caravan_store::search::{self, Document, Term};
use caravan_store::{settings, works, Db, Tx};
use std::sync::LazyLock;

/// The setting a migration raises when the index must be built again.
const REINDEX: &str = "search-reindex";

/// The setting naming the collation data the stored title sort keys were made with.
const SORT_KEYS_VERSION: &str = "sort-keys-version";

/// One collation per interface locale: the titles sorted for each locale's readers.
static COLLATIONS: LazyLock<Vec<(&'static str, caravan_text::Collation)>> = LazyLock::new(|| {
    caravan_i18n::LOCALES
        .iter()
        .map(|l| (*l, caravan_text::Collation::new(l)))
        .collect()
});

/// The score of an exact title match; full-text scores stay far below it.
const EXACT: f64 = 1000.0;

/// The score of a work found only by forgiving a slip, from its full-text score: below
/// zero, so below every work found as typed, in the same order.
fn forgiven(score: f64) -> f64 {
    -1.0 / (1.0 + score.max(0.0))
}

/// The whole text, folded, with runs of spaces made one, as exact titles are keyed.
pub(crate) fn exact_key(text: &str) -> String {
    caravan_text::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Titles and names folded and segmented for an FTS5 index, and their romanisations
/// where they differ: the three columns of the works' index and of the catalogues'.
pub(crate) fn indexed(titles: &[String], people: &[String]) -> (String, String, String) {
    let mut romanised = Vec::new();
    for text in titles.iter().chain(people) {
        let roman = caravan_text::romanize(text);
        if roman != caravan_text::fold(text) {
            romanised.push(caravan_text::index_text(&roman));
        }
    }
    let join = |texts: &[String]| {
        texts
            .iter()
            .map(|t| caravan_text::index_text(t))
            .collect::<Vec<_>>()
            .join(" ")
    };
    (join(titles), join(people), romanised.join(" "))
}

fn document(db: &Db<'_>, work_id: i64) -> Result<Document, Error> {
    let title_rows: Vec<_> = works::texts(db, work_id)?
        .into_iter()
        .filter(|t| t.field == TextField::Title)
        .collect();
    let mut doc = Document::default();
    for (locale, collation) in COLLATIONS.iter() {
        if let Some(t) = pick_text(locale, &title_rows, |t| &t.lang, |t| t.original) {
            doc.sort_keys
                .push(((*locale).to_owned(), collation.key(&t.text)));
        }
    }
    let titles: Vec<String> = title_rows.into_iter().map(|t| t.text).collect();
    let people: Vec<String> = works::credits(db, work_id)?
        .into_iter()
        .map(|c| c.name)
        .collect();
    (doc.titles, doc.people, doc.romanised) = indexed(&titles, &people);
    doc.exact = titles.iter().map(|t| exact_key(t)).collect();
    doc.terms = terms(&[&doc.titles, &doc.people, &doc.romanised]);
    Ok(doc)
}

/// The words of indexed texts that forgive typing slips, each once.
fn terms(texts: &[&str]) -> Vec<Term> {
    let words: std::collections::BTreeSet<&str> =
        texts.iter().flat_map(|text| text.split(' ')).collect();
    words
        .into_iter()
        .filter_map(|word| {
            let slips = caravan_text::slips_forgiven(word);
            (slips > 0).then(|| Term {
                word: word.to_owned(),
                slips,
            })
        })
        .collect()
}

/// Indexes one work as it now stands in the transaction.
pub(crate) fn index_work(tx: &Tx<'_>, work_id: i64) -> Result<(), Error> {
    let doc = document(tx, work_id)?;
    search::put(tx, work_id, &doc)?;
    Ok(())
}

/// What the stored title sort keys were made with: the collation data, and the interface
/// locales that have keys (a locale added later has none until the index is rebuilt).
fn sort_keys_version() -> String {
    format!(
        "{}/{}",
        caravan_text::COLLATION_VERSION,
        caravan_i18n::LOCALES.join(",")
    )
}

/// Builds the index again when a migration asked for it, or when the stored title sort
/// keys were made with other collation data, or for other locales, than this build's.
pub(crate) fn rebuild_if_asked(caravan: &Caravan) -> Result<(), Error> {
    let (asked, keys) = caravan.read(|db| {
        Ok((
            settings::get(db, REINDEX)?,
            settings::get(db, SORT_KEYS_VERSION)?,
        ))
    })?;
    let version = sort_keys_version();
    let stale = keys.as_deref() != Some(version.as_str());
    if asked.as_deref() != Some("1") && !stale {
        return Ok(());
    }
    caravan.write(|tx| {
        search::clear(tx)?;
        for id in works::all_ids(tx)? {
            index_work(tx, id)?;
        }
        settings::remove(tx, REINDEX)?;
        settings::set(tx, SORT_KEYS_VERSION, &version)?;
        Ok(())
    })
}

impl Caravan {
    /// The works best matching `query`, best first; titles in `lang` with fallback.
    pub fn search(&self, query: &str, lang: &str, limit: u32) -> Result<SearchResults, Error> {
        let limit = limit.clamp(1, 1000);
        let key = exact_key(query);
        if key.is_empty() {
            return Ok(SearchResults { hits: Vec::new() });
        }
        self.read(|db| {
            let mut scored: Vec<(i64, f64)> = search::exact(db, &key, limit)?
                .into_iter()
                .map(|id| (id, EXACT))
                .collect();
            if let Some(fts) = caravan_text::fts5_query(query) {
                for (id, score) in search::matches(db, &fts, limit + scored.len() as u32)? {
                    if !scored.iter().any(|(seen, _)| *seen == id) {
                        scored.push((id, score));
                    }
                }
            }
            // Slips are forgiven only when the query as typed finds nothing: what that
            // finds ranks below all of the above, and a query that finds anything has
            // every word in the index.
            if scored.is_empty() {
                if let Some(fts) = slips::forgiving_query(db, query)? {
                    for (id, score) in search::matches(db, &fts, limit)? {
                        scored.push((id, forgiven(score)));
                    }
                }
            }
            scored.truncate(limit as usize);
            let ids: Vec<i64> = scored.iter().map(|(id, _)| *id).collect();
            let mut titles = works::titles_of(db, &ids)?;
            let hits = scored
                .into_iter()
                .map(|(work_id, score)| {
                    let texts = titles.remove(&work_id).unwrap_or_default();
                    let shown = pick_text(lang, &texts, |t| &t.lang, |t| t.original);
                    SearchHit {
                        work_id: WorkId(work_id),
                        title: shown.map(|t| t.text.clone()).unwrap_or_default(),
                        title_lang: shown.map(|t| t.lang.clone()).unwrap_or_default(),
                        score: (score * 1000.0).round() / 1000.0,
                    }
                })
                .collect();
            Ok(SearchResults { hits })
        })
    }
}
