//! Festival editions and their sections.

use crate::api::{Edition, Section};
use crate::{Caravan, Error};
use caravan_domain::check_slug;
use caravan_store::editions::{self, EditionRow};

pub(crate) fn to_api(row: EditionRow) -> Edition {
    Edition {
        id: row.id,
        slug: row.slug,
        name: row.name,
        year: row.year,
        sections: row
            .sections
            .into_iter()
            .map(|s| Section {
                id: s.id,
                slug: s.slug,
                name: s.name,
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
            return Err(caravan_domain::DomainError::Empty("edition-name").into());
        }
        self.write(|tx| {
            let id = editions::insert(tx, slug, name, year, None)?;
            for s in sections {
                editions::add_section(tx, id, s, &name_from_slug(s))?;
            }
            let detail = serde_json::json!({ "slug": slug, "name": name, "year": year, "sections": sections });
            self.audit(tx, "edition.add", "edition", Some(id), detail)
        })?;
        self.edition(slug)
    }

    pub fn edition(&self, slug: &str) -> Result<Edition, Error> {
        self.read(|conn| Ok(editions::by_slug(conn, slug)?))?
            .map(to_api)
            .ok_or_else(|| Error::EditionNotFound(slug.to_owned()))
    }

    pub fn editions(&self) -> Result<Vec<Edition>, Error> {
        Ok(self
            .read(|conn| Ok(editions::list(conn)?))?
            .into_iter()
            .map(to_api)
            .collect())
    }
}
