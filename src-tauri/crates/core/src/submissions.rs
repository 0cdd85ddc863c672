//! An edition's submissions as the window's table shows them — filtered, sorted and
//! paged in the store — their statistics, and status changes in bulk (on the ticked rows
//! or on everything a filter keeps), each undoable whole.

use crate::api::{
    EditionStats, Selection, SetStatusesRequest, StatsRequest, StatusChange, SubmissionFilter,
    SubmissionItem, SubmissionsPage, SubmissionsQuery, Tally, MAX_PAGE,
};
use crate::works::{collation_locale, cursor, shown_title};
use crate::{Caravan, Error};
use caravan_domain::{EditionId, JudgingStatus, StatusChangeId, SubmissionId};
use caravan_store::submissions::changes::{self, Targets};
use caravan_store::submissions::table::{self, Filter};
use caravan_store::{works, Db};

/// The store's filter for an edition, after checking that what the filter names belongs
/// to it: a section of another edition, or a label the edition lacks, is refused rather
/// than matching nothing.
pub(crate) fn store_filter(
    db: &Db<'_>,
    edition: EditionId,
    f: &SubmissionFilter,
) -> Result<Filter, Error> {
    let row = crate::require_edition(db, edition)?;
    if let Some(section) = f.section {
        if !row.sections.iter().any(|s| s.id == section.get()) {
            return Err(Error::SectionNotFound {
                section: section.to_string(),
                edition: row.slug,
            });
        }
    }
    if let Some(slug) = f.judging.as_ref().and_then(JudgingStatus::label) {
        if !row.labels.iter().any(|l| l.slug == slug) {
            return Err(Error::LabelNotFound(slug.to_owned()));
        }
    }
    Ok(Filter {
        edition_id: row.id,
        status: f.status,
        judging: f.judging.clone(),
        section_id: f.section.map(|s| s.get()),
        country: f.country.as_ref().map(|c| c.as_str().to_owned()),
        language: f.language.as_ref().map(|l| l.as_str().to_owned()),
        text: f.text.as_deref().and_then(caravan_text::fts5_query),
    })
}

fn tallies(list: Vec<(String, u64)>) -> Vec<Tally> {
    list.into_iter()
        .map(|(key, count)| Tally { key, count })
        .collect()
}

impl Caravan {
    /// One page of an edition's submissions, filtered and sorted in the store, titles in
    /// `lang` with fallback (and sorted by that language's collation).
    pub fn submissions_page(&self, q: &SubmissionsQuery) -> Result<SubmissionsPage, Error> {
        let after = cursor(q.after.as_deref(), q.sort.as_str())?;
        self.read(|db| {
            let filter = store_filter(db, q.edition, &q.filter)?;
            let total = table::count(db, &filter)?;
            let order = table::Order {
                column: q.sort,
                descending: q.descending,
                locale: collation_locale(&q.lang).to_owned(),
                after,
                offset: q.offset,
                limit: q.limit.min(MAX_PAGE),
            };
            let page = table::page(db, &filter, &order)?;
            let mut ids: Vec<i64> = page.rows.iter().map(|r| r.work_id).collect();
            ids.sort_unstable();
            ids.dedup();
            let titles = works::titles_of(db, &ids)?;
            let mut lists = works::lists_of(db, &ids)?;
            let empty = Vec::new();
            let submissions = page
                .rows
                .into_iter()
                .map(|r| {
                    let (title, title_lang) =
                        shown_title(&q.lang, titles.get(&r.work_id).unwrap_or(&empty));
                    let l = lists
                        .get_mut(&r.work_id)
                        .map(std::mem::take)
                        .unwrap_or_default();
                    SubmissionItem {
                        id: SubmissionId(r.id),
                        work_id: caravan_domain::WorkId(r.work_id),
                        title,
                        title_lang,
                        section: r.section_slug,
                        section_name: r.section_name,
                        status: r.status,
                        judging: r.judging.kind(),
                        label: r.judging.label().map(str::to_owned),
                        label_name: r.label_name,
                        countries: l.countries,
                        languages: l.languages,
                        genres: l.genres,
                        year: l.year,
                        runtime_seconds: l.runtime_seconds,
                        submitted_at: r.submitted_at,
                    }
                })
                .collect();
            Ok(SubmissionsPage {
                total,
                submissions,
                next: page.next.map(|c| c.encode()),
            })
        })
    }

    /// An edition's entries (or those a filter keeps) counted by country, language,
    /// genre and status, with `GROUP BY` in the store.
    pub fn edition_stats(&self, request: &StatsRequest) -> Result<EditionStats, Error> {
        self.read(|db| {
            let filter = store_filter(db, request.edition, &request.filter)?;
            let stats = table::stats(db, &filter)?;
            Ok(EditionStats {
                total: stats.total,
                by_country: tallies(stats.by_country),
                by_language: tallies(stats.by_language),
                by_genre: tallies(stats.by_genre),
                by_status: tallies(stats.by_status),
            })
        })
    }

    /// Sets the submission status, the judging status, or both, of the selected
    /// submissions (or of all a filter keeps), in one transaction with one audit entry.
    /// An unknown submission, or a label one of their editions lacks, refuses the whole
    /// change. The reply names the change for [`Self::undo_statuses`].
    pub fn set_statuses(&self, request: &SetStatusesRequest) -> Result<StatusChange, Error> {
        if request.status.is_none() && request.judging.is_none() {
            return Err(Error::StatusNothingToSet);
        }
        let now = self.clock.now_ms();
        self.write(|tx| {
            let ids: Vec<i64>;
            let filter;
            let targets = match &request.selection {
                Selection::Ids(list) => {
                    ids = list.iter().map(|i| i.get()).collect();
                    if let Some(first) = changes::missing(tx, &ids)?.first() {
                        return Err(Error::SubmissionNotFound(*first));
                    }
                    Targets::Ids(&ids)
                }
                Selection::Filter { edition, filter: f } => {
                    filter = store_filter(tx, *edition, f)?;
                    Targets::Filter(&filter)
                }
            };
            let (change, count) = changes::begin(tx, &targets, now, &self.actor)?;
            if let Some(slug) = request.judging.as_ref().and_then(JudgingStatus::label) {
                if changes::lacking_label(tx, change, slug)? > 0 {
                    return Err(Error::LabelNotFound(slug.to_owned()));
                }
            }
            changes::apply(tx, change, request.status, request.judging.as_ref(), now)?;
            self.audit(
                tx,
                "submission.status",
                "status-change",
                Some(change),
                serde_json::json!({
                    "count": count,
                    "selection": request.selection,
                    "status": request.status,
                    "judging": request.judging,
                }),
            )?;
            Ok(StatusChange {
                change: StatusChangeId(change),
                changed: count,
            })
        })
    }

    /// Puts every submission a bulk change touched back as it was before it.
    pub fn undo_statuses(&self, change: StatusChangeId) -> Result<StatusChange, Error> {
        let now = self.clock.now_ms();
        self.write(|tx| {
            match changes::state(tx, change.get())? {
                None => return Err(Error::StatusChangeNotFound(change.get())),
                Some(Some(_)) => return Err(Error::StatusChangeUndone(change.get())),
                Some(None) => {}
            }
            let count = changes::undo(tx, change.get(), now)?;
            self.audit(
                tx,
                "submission.status.undo",
                "status-change",
                Some(change.get()),
                serde_json::json!({ "count": count }),
            )?;
            Ok(StatusChange {
                change,
                changed: count,
            })
        })
    }
}
