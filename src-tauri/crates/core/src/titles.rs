//! Editing a work's titles and synopses language by language, and checking identifiers.

use crate::api::{IdCheckResult, RemoveLanguageRequest, SaveLanguageRequest, WorkDetail};
use crate::{search, Caravan, Error};
use caravan_domain::{ids, LangTag, Provenance, TextField, WorkId};
use caravan_store::{works, Tx};

/// Removes the texts of `fields` in `tag`, refusing to take a work's last title; returns
/// what was removed, for the audit log.
fn remove_texts(
    tx: &Tx<'_>,
    work: WorkId,
    fields: &[TextField],
    tag: &str,
) -> Result<Vec<serde_json::Value>, Error> {
    let id = work.get();
    let texts = works::texts(tx, id)?;
    let doomed: Vec<_> = texts
        .iter()
        .filter(|t| t.lang == tag && fields.contains(&t.field))
        .collect();
    if doomed.is_empty() {
        return Err(Error::TitleNotFound {
            work: work.to_string(),
            lang: tag.to_owned(),
        });
    }
    let titles = texts.iter().filter(|t| t.field == TextField::Title).count();
    if doomed.iter().any(|t| t.field == TextField::Title) && titles == 1 {
        return Err(Error::TitleLast(work.to_string()));
    }
    let mut removed = Vec::new();
    for t in doomed {
        works::remove_text(tx, id, t.field, tag)?;
        removed.push(serde_json::json!({
            "field": t.field.as_str(), "lang": tag, "text": t.text, "original": t.original,
        }));
    }
    Ok(removed)
}

/// Marks the work changed, re-indexes it and records one audit entry for the edit.
fn finish_edit(
    caravan: &Caravan,
    tx: &Tx<'_>,
    work: WorkId,
    now: i64,
    action: &str,
    detail: Vec<serde_json::Value>,
) -> Result<(), Error> {
    let id = work.get();
    works::touch(tx, id, now)?;
    search::index_work(tx, id)?;
    caravan.audit(
        tx,
        action,
        "work",
        Some(id),
        serde_json::json!({ "removed": detail }),
    )
}

impl Caravan {
    /// Sets the text of a field in one language (the tag is canonicalised), optionally
    /// marking it the original; returns the work as it now is.
    #[allow(clippy::too_many_arguments)]
    pub fn set_text(
        &self,
        work: WorkId,
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
            return Err(caravan_domain::DomainError::Empty(field.as_str().into()).into());
        }
        let now = self.clock.now_ms();
        self.write(|tx| {
            crate::require_work(tx, work)?;
            let id = work.get();
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
        self.work_detail(work, view_lang)
    }

    /// Removes the text of a field in one language. A work keeps at least one title.
    pub fn remove_text(
        &self,
        work: WorkId,
        field: TextField,
        lang: &str,
        view_lang: &str,
    ) -> Result<WorkDetail, Error> {
        let tag = LangTag::parse(lang)?.to_string();
        let now = self.clock.now_ms();
        self.write(|tx| {
            crate::require_work(tx, work)?;
            let removed = remove_texts(tx, work, &[field], &tag)?;
            finish_edit(self, tx, work, now, "work.text.remove", removed)
        })?;
        self.work_detail(work, view_lang)
    }

    /// Saves a curator's edit of one language — title and synopsis together, in one
    /// transaction — and returns the work as it now is. A text left as it was keeps its
    /// provenance; an empty synopsis removes the language's synopsis.
    pub fn save_language(&self, edit: &SaveLanguageRequest) -> Result<WorkDetail, Error> {
        let tag = LangTag::parse(&edit.tag)?.to_string();
        let title = edit.title.trim();
        if title.is_empty() {
            return Err(caravan_domain::DomainError::Empty("title".into()).into());
        }
        let synopsis = edit.synopsis.trim();
        let now = self.clock.now_ms();
        self.write(|tx| {
            crate::require_work(tx, edit.work)?;
            let id = edit.work.get();
            let texts = works::texts(tx, id)?;
            let stored =
                |field: TextField| texts.iter().find(|t| t.field == field && t.lang == tag);
            let mut changes = Vec::new();
            let title_row = stored(TextField::Title);
            if title_row.is_none_or(|t| t.text != title || t.original != edit.original) {
                works::set_text(
                    tx,
                    id,
                    TextField::Title,
                    &tag,
                    title,
                    edit.original,
                    Provenance::Curator,
                )?;
                changes.push(
                    serde_json::json!({"field": "title", "text": title, "original": edit.original}),
                );
            }
            match stored(TextField::Synopsis) {
                Some(old) if synopsis.is_empty() => {
                    works::remove_text(tx, id, TextField::Synopsis, &tag)?;
                    changes.push(serde_json::json!({"field": "synopsis", "removed": old.text}));
                }
                Some(old) if old.text == synopsis => {}
                _ if synopsis.is_empty() => {}
                old => {
                    // The synopsis becomes the original only where the work has none yet.
                    let has_original = texts
                        .iter()
                        .any(|t| t.field == TextField::Synopsis && t.original && t.lang != tag);
                    let original = old.map_or(edit.original && !has_original, |o| o.original);
                    works::set_text(
                        tx,
                        id,
                        TextField::Synopsis,
                        &tag,
                        synopsis,
                        original,
                        Provenance::Curator,
                    )?;
                    changes.push(serde_json::json!({"field": "synopsis", "text": synopsis}));
                }
            }
            if changes.is_empty() {
                return Ok(());
            }
            works::touch(tx, id, now)?;
            search::index_work(tx, id)?;
            self.audit(
                tx,
                "work.language.save",
                "work",
                Some(id),
                serde_json::json!({ "lang": tag, "changes": changes }),
            )
        })?;
        self.work_detail(edit.work, &edit.lang)
    }

    /// Removes every text of one language from a work — its title and synopsis — in one
    /// transaction. A work keeps at least one title: removing the language of its only
    /// title is refused, and nothing is removed.
    pub fn remove_language(&self, request: &RemoveLanguageRequest) -> Result<WorkDetail, Error> {
        let tag = LangTag::parse(&request.tag)?.to_string();
        let work = request.work;
        let now = self.clock.now_ms();
        self.write(|tx| {
            crate::require_work(tx, work)?;
            let removed = remove_texts(tx, work, &[TextField::Title, TextField::Synopsis], &tag)?;
            finish_edit(self, tx, work, now, "work.language.remove", removed)
        })?;
        self.work_detail(work, &request.lang)
    }

    /// Adds a checked identifier (ISAN, EIDR, ISRC or ISWC, in its canonical spelling) to
    /// a work. A value that fails its check, or that another work already carries, is
    /// refused and nothing is stored.
    pub fn add_identifier(
        &self,
        work: WorkId,
        value: &str,
        view_lang: &str,
    ) -> Result<WorkDetail, Error> {
        let id = work.get();
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
            crate::require_work(tx, work)?;
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
        self.work_detail(work, view_lang)
    }

    /// Checks an identifier and says, in the localizer's language, what is wrong with it.
    pub fn check_identifier(value: &str, l10n: &caravan_i18n::Localizer) -> IdCheckResult {
        let check = ids::check(value);
        IdCheckResult {
            kind: check.kind,
            valid: check.valid(),
            reason: check.problem.map(|p| id_problem(l10n, check.kind, p)),
            reason_code: check.problem.map(|p| p.as_str().to_owned()),
            note: check.note.map(|n| n.as_str().to_owned()),
            note_message: check.note.map(|n| {
                l10n.tr_with(
                    &format!("id-note--{}", n.as_str()),
                    [("kind", check.kind.as_str().to_uppercase())],
                )
            }),
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
