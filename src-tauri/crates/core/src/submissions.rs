//! An edition's submissions as the window's table shows them, their statistics, and
//! status changes in bulk with what undoing them restores.

use crate::api::{EditionStats, StatusChange, StatusState, SubmissionItem, Tally};
use crate::{Caravan, Error};
use caravan_domain::{pick_text, JudgingStatus, SubmissionStatus};
use caravan_store::{editions, submissions, works, Connection};
use std::collections::HashMap;

fn edition_id(conn: &Connection, slug: &str) -> Result<i64, Error> {
    editions::by_slug(conn, slug)?
        .map(|e| e.id)
        .ok_or_else(|| Error::EditionNotFound(slug.to_owned()))
}

fn judging_parts(j: &JudgingStatus) -> (String, Option<String>) {
    match j {
        JudgingStatus::Label(slug) => ("label".to_owned(), Some(slug.clone())),
        other => (other.as_str().to_owned(), None),
    }
}

fn tally<'a>(values: impl Iterator<Item = &'a str>) -> Vec<Tally> {
    let mut counts: HashMap<&str, u64> = HashMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let mut out: Vec<Tally> = counts
        .into_iter()
        .map(|(key, count)| Tally {
            key: key.to_owned(),
            count,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    out
}

impl Caravan {
    /// Every submission to an edition, with what the table filters and sorts on; titles
    /// in `lang` with fallback.
    pub fn edition_submissions(
        &self,
        edition: &str,
        lang: &str,
    ) -> Result<Vec<SubmissionItem>, Error> {
        self.read(|conn| {
            let id = edition_id(conn, edition)?;
            let rows = submissions::of_edition(conn, id)?;
            let mut ids: Vec<i64> = rows.iter().map(|r| r.work_id).collect();
            ids.sort_unstable();
            ids.dedup();
            let titles = works::titles_of(conn, &ids)?;
            let lists = works::lists_of(conn, &ids)?;
            let empty = Vec::new();
            Ok(rows
                .into_iter()
                .map(|r| {
                    let texts = titles.get(&r.work_id).unwrap_or(&empty);
                    let shown = pick_text(lang, texts, |t| &t.lang, |t| t.original);
                    let l = lists.get(&r.work_id).cloned().unwrap_or_default();
                    let (judging, label) = judging_parts(&r.judging);
                    SubmissionItem {
                        id: r.id,
                        work_id: r.work_id,
                        title: shown.map(|t| t.text.clone()).unwrap_or_default(),
                        title_lang: shown.map(|t| t.lang.clone()).unwrap_or_default(),
                        section: r.section_slug,
                        section_name: r.section_name,
                        status: r.status,
                        judging,
                        label,
                        label_name: r.label_name,
                        countries: l.countries,
                        languages: l.languages,
                        genres: l.genres,
                        year: l.year,
                        runtime_seconds: l.runtime_seconds,
                        submitted_at: r.submitted_at,
                    }
                })
                .collect())
        })
    }

    /// An edition's entries counted by country, language, genre and status.
    pub fn edition_stats(&self, edition: &str) -> Result<EditionStats, Error> {
        let items = self.edition_submissions(edition, "en")?;
        Ok(EditionStats {
            total: items.len() as u64,
            by_country: tally(
                items
                    .iter()
                    .flat_map(|i| i.countries.iter().map(String::as_str)),
            ),
            by_language: tally(
                items
                    .iter()
                    .flat_map(|i| i.languages.iter().map(String::as_str)),
            ),
            by_genre: tally(
                items
                    .iter()
                    .flat_map(|i| i.genres.iter().map(String::as_str)),
            ),
            by_status: tally(items.iter().map(|i| i.status.as_str())),
        })
    }

    /// Sets the submission status, the judging status, or both, of many submissions at
    /// once; returns what they were, for undo.
    pub fn set_submission_statuses(
        &self,
        ids: &[i64],
        status: Option<SubmissionStatus>,
        judging: Option<JudgingStatus>,
    ) -> Result<StatusChange, Error> {
        // Each submission once, so what undo restores is what it was before.
        let mut unique: Vec<i64> = Vec::with_capacity(ids.len());
        for id in ids {
            if !unique.contains(id) {
                unique.push(*id);
            }
        }
        let targets: Vec<StatusState> = unique
            .iter()
            .map(|id| StatusState {
                id: *id,
                status: status.unwrap_or(SubmissionStatus::InConsideration),
                judging: judging
                    .as_ref()
                    .map(|j| judging_parts(j).0)
                    .unwrap_or_default(),
                label: judging.as_ref().and_then(|j| judging_parts(j).1),
            })
            .collect();
        self.apply_statuses(
            &targets,
            status.is_some(),
            judging.is_some(),
            "submission.status",
        )
    }

    /// Puts submissions back in the states an earlier change reported.
    pub fn restore_statuses(&self, states: &[StatusState]) -> Result<StatusChange, Error> {
        self.apply_statuses(states, true, true, "submission.status.undo")
    }

    fn apply_statuses(
        &self,
        states: &[StatusState],
        set_status: bool,
        set_judging: bool,
        action: &str,
    ) -> Result<StatusChange, Error> {
        let now = self.clock.now_ms();
        self.write(|tx| {
            let mut previous = Vec::with_capacity(states.len());
            for s in states {
                let current =
                    submissions::statuses(tx, s.id)?.ok_or(Error::SubmissionNotFound(s.id))?;
                let (old_judging, old_label) = judging_parts(&current.1);
                previous.push(StatusState {
                    id: s.id,
                    status: current.0,
                    judging: old_judging,
                    label: old_label,
                });
                let status = if set_status { s.status } else { current.0 };
                let judging = if set_judging {
                    JudgingStatus::from_parts(&s.judging, s.label.clone())?
                } else {
                    current.1
                };
                if let JudgingStatus::Label(slug) = &judging {
                    if !submissions::has_label(tx, s.id, slug)? {
                        return Err(Error::LabelNotFound(slug.clone()));
                    }
                }
                submissions::set_statuses(tx, s.id, status, &judging, now)?;
            }
            self.audit(
                tx,
                action,
                "submission",
                None,
                serde_json::json!({ "count": states.len(), "to": states, "from": previous }),
            )?;
            Ok(StatusChange {
                changed: states.len() as u64,
                previous,
            })
        })
    }
}
