//! Editing a work's titles and synopses language by language, and checking identifiers.

use crate::api::{IdCheckResult, WorkDetail};
use crate::{search, Caravan, Error};
use caravan_domain::{ids, LangTag, Provenance, TextField};
use caravan_store::works;

impl Caravan {
    /// Sets the text of a field in one language (the tag is canonicalised), optionally
    /// marking it the original; returns the work as it now is.
    #[allow(clippy::too_many_arguments)]
    pub fn set_text(
        &self,
        work: &str,
        field: TextField,
        lang: &str,
        text: &str,
        original: bool,
        provenance: Provenance,
        view_lang: &str,
    ) -> Result<WorkDetail, Error> {
        let tag = LangTag::parse(lang)?.to_string();
        let text = text.trim();
        if text.is_empty() {
            return Err(caravan_domain::DomainError::Empty(field.as_str()).into());
        }
        let id = self.resolve_work(work)?;
        let now = self.clock.now_ms();
        self.write(|tx| {
            works::set_text(tx, id, field, &tag, text, original, provenance)?;
            works::touch(tx, id, now)?;
            search::index_work(tx, id)?;
            self.audit(
                tx,
                "work.text.set",
                "work",
                Some(id),
                serde_json::json!({
                    "field": field.as_str(), "lang": tag, "text": text,
                    "original": original, "provenance": provenance.as_str(),
                }),
            )
        })?;
        self.work_detail(&id.to_string(), view_lang)
    }

    /// Removes the text of a field in one language. A work keeps at least one title.
    pub fn remove_text(
        &self,
        work: &str,
        field: TextField,
        lang: &str,
        view_lang: &str,
    ) -> Result<WorkDetail, Error> {
        let tag = LangTag::parse(lang)?.to_string();
        let id = self.resolve_work(work)?;
        let now = self.clock.now_ms();
        self.write(|tx| {
            let texts = works::texts(tx, id)?;
            let Some(old) = texts.iter().find(|t| t.field == field && t.lang == tag) else {
                return Err(Error::TitleNotFound {
                    work: work.to_owned(),
                    lang: tag.clone(),
                });
            };
            let titles = texts.iter().filter(|t| t.field == TextField::Title).count();
            if field == TextField::Title && titles == 1 {
                return Err(Error::TitleLast(work.to_owned()));
            }
            let detail = serde_json::json!({
                "field": field.as_str(), "lang": tag, "text": old.text, "original": old.original,
            });
            works::remove_text(tx, id, field, &tag)?;
            works::touch(tx, id, now)?;
            search::index_work(tx, id)?;
            self.audit(tx, "work.text.remove", "work", Some(id), detail)
        })?;
        self.work_detail(&id.to_string(), view_lang)
    }

    /// Adds a checked identifier (ISAN, EIDR, ISRC or ISWC, in its canonical spelling) to
    /// a work. A value that fails its check, or that another work already carries, is
    /// refused and nothing is stored.
    pub fn add_identifier(
        &self,
        work: &str,
        value: &str,
        view_lang: &str,
    ) -> Result<WorkDetail, Error> {
        let id = self.resolve_work(work)?;
        let check = ids::check(value);
        let canonical = match (check.valid(), check.canonical) {
            (true, Some(c)) => c,
            _ => {
                return Err(Error::IdentifierInvalid {
                    value: value.trim().to_owned(),
                    kind: check.kind,
                    problem: check.problem.unwrap_or(ids::IdProblem::Unrecognised),
                })
            }
        };
        let kind = check.kind.as_str();
        let now = self.clock.now_ms();
        self.write(|tx| {
            let holder = works::ensure_identifier(tx, id, kind, &canonical)?;
            if holder != id {
                return Err(Error::IdentifierTaken {
                    value: canonical.clone(),
                    work: holder,
                });
            }
            works::touch(tx, id, now)?;
            self.audit(
                tx,
                "work.identifier.add",
                "work",
                Some(id),
                serde_json::json!({ "kind": kind, "value": canonical }),
            )
        })?;
        self.work_detail(&id.to_string(), view_lang)
    }

    /// Checks an identifier and says, in the localizer's language, what is wrong with it.
    pub fn check_identifier(value: &str, l10n: &caravan_i18n::Localizer) -> IdCheckResult {
        let check = ids::check(value);
        IdCheckResult {
            kind: check.kind,
            valid: check.valid(),
            reason: check.problem.map(|p| id_problem(l10n, check.kind, p)),
            reason_code: check.problem.map(|p| p.as_str().to_owned()),
            canonical: check.canonical,
        }
    }
}

/// Why an identifier is not valid, in the localizer's language.
pub(crate) fn id_problem(
    l10n: &caravan_i18n::Localizer,
    kind: ids::IdKind,
    problem: ids::IdProblem,
) -> String {
    l10n.tr_with(
        &format!("id-problem--{}", problem.as_str()),
        [("kind", kind.as_str().to_uppercase())],
    )
}
