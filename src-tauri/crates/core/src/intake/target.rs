//! The edition an import writes into, loaded once per file: its sections and judging
//! labels found by name or slug and created when a file names one the edition lacks, the
//! people already looked up, and the works to index once every row is in. Both formats
//! import into it, so it is apart from either.

use super::slugs::slug_of;
use crate::Error;
use caravan_domain::{check_slug, EditionId, JudgingStatus};
use caravan_intake::filmfreeway::Judging;
use caravan_store::{editions, submissions, Tx};
use std::collections::HashMap;

/// The edition being imported into, with its sections and labels found by name or slug.
pub(super) struct Target {
    /// People already looked up in this import, by name.
    pub(super) people: HashMap<String, i64>,
    /// Works to index once every row is in: FTS5 flushes its pending terms at each
    /// statement savepoint, so indexing row by row between upserts writes thousands of
    /// tiny segments.
    pub(super) to_index: Vec<i64>,
    pub(super) edition_id: i64,
    pub(super) database_id: Option<String>,
    pub(super) sections: HashMap<String, i64>,
    pub(super) first_section: Option<i64>,
    pub(super) labels: HashMap<String, String>,
}

impl Target {
    pub(super) fn load(
        tx: &Tx<'_>,
        edition: EditionId,
        database_id: Option<String>,
    ) -> Result<Self, Error> {
        let edition = crate::require_edition(tx, edition)?;
        let mut sections = HashMap::new();
        for s in &edition.sections {
            sections.insert(s.slug.clone(), s.id);
            sections.insert(s.name.to_lowercase(), s.id);
        }
        Ok(Target {
            people: HashMap::new(),
            to_index: Vec::new(),
            edition_id: edition.id,
            database_id,
            first_section: edition.sections.first().map(|s| s.id),
            sections,
            labels: HashMap::new(),
        })
    }

    /// The section a category names, created when the edition does not have it yet.
    pub(super) fn section(&mut self, tx: &Tx<'_>, category: &str) -> Result<i64, Error> {
        let lower = category.to_lowercase();
        if let Some(id) = self.sections.get(&lower) {
            return Ok(*id);
        }
        let slug = slug_of(category);
        if let Some(id) = self.sections.get(&slug) {
            return Ok(*id);
        }
        check_slug(&slug)?;
        let id = editions::add_section(tx, self.edition_id, &slug, category)?;
        self.sections.insert(lower, id);
        self.sections.insert(slug, id);
        self.first_section.get_or_insert(id);
        Ok(id)
    }

    pub(super) fn judging(&mut self, tx: &Tx<'_>, j: &Judging) -> Result<JudgingStatus, Error> {
        Ok(match j {
            Judging::Undecided => JudgingStatus::Undecided,
            Judging::Selected => JudgingStatus::Selected,
            Judging::NotSelected => JudgingStatus::NotSelected,
            Judging::Label(name) => {
                if let Some(slug) = self.labels.get(name) {
                    return Ok(JudgingStatus::Label(slug.clone()));
                }
                let slug = slug_of(name);
                submissions::upsert_label(tx, self.edition_id, &slug, name)?;
                self.labels.insert(name.clone(), slug.clone());
                JudgingStatus::Label(slug)
            }
        })
    }
}
