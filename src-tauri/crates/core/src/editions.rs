//! Festival editions, their sections and their judging labels.

use crate::api::{Edition, Label, Section};
use crate::{Caravan, Error};
use caravan_domain::{check_slug, EditionId, SectionId};
use caravan_store::editions::{self, EditionRow};

pub(crate) fn to_api(row: EditionRow) -> Edition {
    Edition {
        id: EditionId(row.id),
        slug: row.slug,
        name: row.name,
        year: row.year,
        sections: row
            .sections
            .into_iter()
            .map(|s| Section {
                id: SectionId(s.id),
                slug: s.slug,
                name: s.name,
            })
            .collect(),
        labels: row
            .labels
            .into_iter()
            .map(|l| Label {
                slug: l.slug,
                name: l.name,
            })
            .collect(),
    }
}

/// A section's display name until someone names it: its slug with spaces.
fn name_from_slug(slug: &str) -> String {
    slug.replace('-', " ")
}

impl Caravan {
    /// Adds an edition with its sections. The slug must be new; sections are named after
    /// their slugs until renamed.
    pub fn add_edition(
        &self,
        slug: &str,
        name: &str,
        year: Option<i32>,
        sections: &[String],
    ) -> Result<Edition, Error> {
        check_slug(slug)?;
        for s in sections {
            check_slug(s)?;
        }
        let name = name.trim();
        if name.is_empty() {
            return Err(caravan_domain::DomainError::Empty("edition-name".into()).into());
        }
        let id = self.write(|tx| {
            let id = editions::insert(tx, slug, name, year, None)?;
            for s in sections {
                editions::add_section(tx, id, s, &name_from_slug(s))?;
            }
            let detail = serde_json::json!({ "slug": slug, "name": name, "year": year, "sections": sections });
            self.audit(tx, "edition.add", "edition", Some(id), detail)?;
            Ok(id)
        })?;
        self.edition(EditionId(id))
    }

    pub fn edition(&self, id: EditionId) -> Result<Edition, Error> {
        self.read(|db| crate::require_edition(db, id)).map(to_api)
    }

    /// The edition a slug names, for a person who typed one.
    pub fn edition_by_slug(&self, slug: &str) -> Result<Edition, Error> {
        self.read(|db| Ok(editions::by_slug(db, slug)?))?
            .map(to_api)
            .ok_or_else(|| Error::EditionNotFound(slug.to_owned()))
    }

    pub fn editions(&self) -> Result<Vec<Edition>, Error> {
        Ok(self
            .read(|db| Ok(editions::list(db)?))?
            .into_iter()
            .map(to_api)
            .collect())
    }
}

impl Edition {
    /// The section a slug names in this edition, or `section-not-found`.
    pub fn section_by_slug(&self, slug: &str) -> Result<SectionId, Error> {
        self.sections
            .iter()
            .find(|s| s.slug == slug)
            .map(|s| s.id)
            .ok_or_else(|| Error::SectionNotFound {
                section: slug.to_owned(),
                edition: self.slug.clone(),
            })
    }
}
