//! Storing one FilmFreeway row: finding its work, checking the identifiers it carries,
//! entering it in the sections its categories name, and writing its texts, credits,
//! lists and fields. A row that says what the store already holds is reported unchanged,
//! by a digest of what it said and, failing that, by comparing the work before and after.
//! FilmFreeway's quirks (a project title that is English unless it is the only title,
//! project type and lyrics kept as fields) are known here and nowhere else.

use super::digest;
use super::matching::{own_work, FF_SUBMISSION, FF_TRACKING, PLATFORM};
use super::report::Outcome;
use super::target::Target;
use super::text_policy::{set_imported_text, TextMode};
use crate::Error;
use caravan_domain::ids::{self, IdKind};
use caravan_domain::{CreditRole, TextField, WorkKind};
use caravan_intake::filmfreeway::{Rejection, Submission};
use caravan_store::{submissions, works, Tx};

/// A row with what does not change what is stored taken out (the order of fields and
/// categories, an original title that repeats the title), so an export of the stored
/// data imports back as unchanged.
fn comparable(sub: &Submission) -> Submission {
    let mut c = sub.clone();
    if c.original_title.as_deref() == Some(c.title.as_str()) {
        c.original_title = None;
    }
    c.fields = fields_of(sub)
        .into_iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    c.fields.sort();
    c.project_type = None;
    c.completion_date = None;
    c.lyrics = None;
    c.categories = c.categories.iter().map(|x| x.to_lowercase()).collect();
    c.categories.sort();
    c
}

/// Milliseconds since 1970 at the start of an ISO date (UTC).
fn date_ms(iso: &str) -> Option<i64> {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp_millis())
}

/// Identifiers a row carries in fields named after their scheme ("ISAN", "EIDR" …).
fn identifier_fields(sub: &Submission) -> Vec<(usize, IdKind, &str)> {
    let mut out = Vec::new();
    for (i, (name, value)) in sub.fields.iter().enumerate() {
        let upper = name.to_uppercase();
        let kind = [IdKind::Isan, IdKind::Eidr, IdKind::Isrc, IdKind::Iswc]
            .into_iter()
            .find(|k| {
                upper
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == k.as_str().to_uppercase())
            });
        if let Some(kind) = kind {
            out.push((i, kind, value.as_str()));
        }
    }
    out
}

/// A row's checked identifiers, or why it was refused.
type Checked = Result<Vec<(IdKind, String)>, Vec<Rejection>>;

/// Checks the identifiers of a row before anything is written; returns them canonical.
fn checked_identifiers(
    tx: &Tx<'_>,
    sub: &Submission,
    existing: Option<i64>,
) -> Result<Checked, Error> {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for (i, kind, value) in identifier_fields(sub) {
        let check = ids::check_as(kind, value);
        match (check.valid(), check.canonical) {
            (true, Some(canonical)) => {
                let holder = works::find_by_identifier(tx, kind.as_str(), &canonical)?;
                if holder.is_some() && holder != existing {
                    bad.push(Rejection {
                        line: sub.line,
                        column: sub.fields[i].0.clone(),
                        code: "id-taken",
                        value: canonical,
                    });
                } else {
                    good.push((kind, canonical));
                }
            }
            _ => bad.push(Rejection {
                line: sub.line,
                column: sub.fields[i].0.clone(),
                code: "id-invalid",
                value: value.to_owned(),
            }),
        }
    }
    Ok(if bad.is_empty() { Ok(good) } else { Err(bad) })
}

/// Stores one FilmFreeway row.
pub(super) fn apply_row(
    tx: &Tx<'_>,
    target: &mut Target,
    sub: &Submission,
    now: i64,
) -> Result<Result<Outcome, Vec<Rejection>>, Error> {
    let mut existing = None;
    if let Some(id) = &sub.submission_id {
        existing = works::find_by_identifier(tx, FF_SUBMISSION, id)?;
    }
    if let Some(id) = &sub.platform_id {
        existing = works::find_by_identifier(tx, PLATFORM, id)?;
    }
    let own = sub
        .tracking_number
        .as_deref()
        .and_then(|tn| own_work(target.database_id.as_deref(), tn));
    if existing.is_none() {
        if let Some(tn) = &sub.tracking_number {
            existing = works::find_by_identifier(tx, FF_TRACKING, tn)?;
        }
    }
    // This database's own number for a work that still exists names that work; for one
    // merged away or deleted it is kept as an ordinary tracking number, so importing the
    // file again finds the work it made instead of making another.
    let mut own_found = false;
    if existing.is_none() {
        if let Some(id) = own {
            existing = works::get(tx, id)?.map(|w| w.id);
            own_found = existing.is_some();
        }
    }
    let identifiers = match checked_identifiers(tx, sub, existing)? {
        Ok(list) => list,
        Err(rejections) => return Ok(Err(rejections)),
    };
    let sections: Vec<i64> = if sub.categories.is_empty() {
        match target.first_section {
            Some(id) => vec![id],
            None => {
                return Ok(Err(vec![Rejection {
                    line: sub.line,
                    column: "Submission Categories".to_owned(),
                    code: "ff-no-category",
                    value: String::new(),
                }]))
            }
        }
    } else {
        let mut ids = Vec::new();
        for c in &sub.categories {
            ids.push(target.section(tx, c)?);
        }
        ids
    };
    let digest = digest(&comparable(sub), target.edition_id);
    let kind = if sub.is_music() {
        WorkKind::Music
    } else {
        WorkKind::Film
    };
    let mut before = None;
    let mut merged = false;
    let (work_id, mut outcome) = match existing {
        Some(id) => {
            if works::import_digest(tx, id, target.edition_id, "filmfreeway")?.as_deref()
                == Some(digest.as_str())
            {
                return Ok(Ok(Outcome::Unchanged));
            }
            before = Some(works::snapshot(tx, id)?);
            caravan_store::mark(tx)?;
            let kind = if sub.project_type.is_some() {
                kind
            } else {
                // A file that does not say what the work is does not change it.
                works::get(tx, id)?.map(|w| w.kind).unwrap_or(kind)
            };
            works::update(tx, id, kind, sub.year, sub.runtime_seconds, now)?;
            merged = works::identifiers(tx, id)?
                .iter()
                .filter(|(k, _)| k == FF_SUBMISSION)
                .count()
                > 1;
            // A work merged from several submissions gathers what each row says; one row
            // must not take away what another brought.
            if !merged {
                works::clear_submitted(tx, id)?;
            }
            (id, Outcome::Updated)
        }
        None => (
            works::insert(tx, kind, sub.year, sub.runtime_seconds, now)?,
            Outcome::Imported,
        ),
    };
    let tracking = if own_found {
        &None
    } else {
        &sub.tracking_number
    };
    let fresh = matches!(outcome, Outcome::Imported);
    for (kind, value) in [
        (FF_SUBMISSION, &sub.submission_id),
        (FF_TRACKING, tracking),
        (PLATFORM, &sub.platform_id),
    ] {
        match value {
            // Neither was found above, so a new work takes them without a second look.
            Some(v) if fresh => works::add_identifier(tx, work_id, kind, v)?,
            Some(v) => {
                works::ensure_identifier(tx, work_id, kind, v)?;
            }
            None => {}
        }
    }
    for (kind, value) in &identifiers {
        works::ensure_identifier(tx, work_id, kind.as_str(), value)?;
    }
    let mode = if fresh {
        TextMode::Fresh
    } else if merged {
        TextMode::Gather
    } else {
        TextMode::Update
    };
    write_texts(tx, work_id, sub, mode)?;
    for (i, c) in sub.countries.iter().enumerate() {
        works::add_country(tx, work_id, i, c)?;
    }
    for (i, l) in sub.languages.iter().enumerate() {
        works::add_language(tx, work_id, i, l)?;
    }
    for (i, g) in sub.genres.iter().enumerate() {
        works::add_genre(tx, work_id, i, g)?;
    }
    let unresolved: Vec<(&str, &str)> = sub
        .unresolved
        .iter()
        .map(|(kind, value)| (kind.as_str(), value.as_str()))
        .collect();
    if merged {
        caravan_store::intake::add_unresolved(tx, work_id, &unresolved)?;
    } else {
        caravan_store::intake::set_unresolved(tx, work_id, &unresolved)?;
    }
    let mut credits: Vec<&(CreditRole, String)> = sub.credits.iter().collect();
    credits.sort_by_key(|(role, _)| CreditRole::ALL.iter().position(|r| r == role));
    for (i, (role, name)) in credits.into_iter().enumerate() {
        let person = match target.people.get(name) {
            Some(id) => *id,
            None => {
                let id = works::person(tx, name)?;
                target.people.insert(name.clone(), id);
                id
            }
        };
        works::add_credit_to(tx, work_id, role.as_str(), person, i)?;
    }
    for (position, (name, value)) in fields_of(sub).into_iter().enumerate() {
        if merged {
            works::append_field(tx, work_id, name, value)?;
        } else {
            works::add_field(tx, work_id, position, name, value)?;
        }
    }
    for (i, section_id) in sections.iter().enumerate() {
        let judging = target.judging(tx, sub.section_judging.get(i).unwrap_or(&sub.judging))?;
        submissions::upsert(
            tx,
            &submissions::NewSubmission {
                work_id,
                section_id: *section_id,
                source: "filmfreeway",
                status: *sub.section_statuses.get(i).unwrap_or(&sub.status),
                judging,
                submitted_at: sub.submission_date.as_deref().and_then(date_ms),
            },
            now,
        )?;
    }
    if !fresh && !merged {
        submissions::remove_other_sections(
            tx,
            work_id,
            target.edition_id,
            "filmfreeway",
            &sections,
        )?;
    }
    works::set_import_digest(tx, work_id, target.edition_id, "filmfreeway", &digest, now)?;
    // A row that says what the store already holds (an export imported back) changed
    // nothing, whatever its digest.
    match before {
        Some(b) if b == works::snapshot(tx, work_id)? => {
            // Nothing a reader could see changed: take back even the timestamps, and forget
            // what the step looked up, since it is gone with the step.
            caravan_store::undo_to_mark(tx)?;
            target.people.clear();
            target.labels.clear();
            works::set_import_digest(tx, work_id, target.edition_id, "filmfreeway", &digest, now)?;
            outcome = Outcome::Unchanged;
        }
        Some(_) => {
            caravan_store::keep_since_mark(tx)?;
            target.to_index.push(work_id);
        }
        None => target.to_index.push(work_id),
    }
    Ok(Ok(outcome))
}

/// The fields kept beside the columns Caravan understands: FilmFreeway's own columns the
/// store has no place for, custom answers, and the project type, completion date and
/// lyrics under their FilmFreeway headers.
fn fields_of(sub: &Submission) -> Vec<(&str, &str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    // "Music" says no more than the work's kind does.
    if let Some(t) = sub
        .project_type
        .as_ref()
        .filter(|t| !t.eq_ignore_ascii_case("music"))
    {
        out.push(("Project Type", t));
    }
    if let Some(d) = &sub.completion_date {
        out.push(("Completion Date", d));
    }
    if let Some(l) = &sub.lyrics {
        out.push(("Lyrics", l));
    }
    out.extend(sub.fields.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    out
}

/// The titles and synopses of a row: FilmFreeway's project title is in English unless it
/// is the only title, in which case it is the original in its detected language.
fn write_texts(tx: &Tx<'_>, work_id: i64, sub: &Submission, mode: TextMode) -> Result<(), Error> {
    let original_lang = sub.original_lang.clone();
    match (&sub.original_title, &original_lang) {
        (Some(original), Some(lang)) if lang != "en" || original == &sub.title => {
            if original != &sub.title {
                set_imported_text(tx, work_id, TextField::Title, "en", &sub.title, false, mode)?;
            }
            set_imported_text(tx, work_id, TextField::Title, lang, original, true, mode)?;
        }
        (Some(original), _) => {
            // Two different titles that both read as English: the project title stays
            // English and the original is kept with its language undetermined.
            set_imported_text(tx, work_id, TextField::Title, "en", &sub.title, false, mode)?;
            set_imported_text(tx, work_id, TextField::Title, "und", original, true, mode)?;
        }
        (None, _) => {
            let lang = original_lang.clone().unwrap_or_else(|| {
                caravan_intake::filmfreeway::title_language(
                    &sub.title,
                    &sub.languages,
                    &sub.countries,
                )
            });
            set_imported_text(tx, work_id, TextField::Title, &lang, &sub.title, true, mode)?;
        }
    }
    if let Some(s) = &sub.synopsis {
        let is_original = sub.original_synopsis.is_none();
        set_imported_text(tx, work_id, TextField::Synopsis, "en", s, is_original, mode)?;
    }
    if let Some(s) = &sub.original_synopsis {
        let lang = original_lang
            .or_else(|| sub.languages.first().cloned())
            .unwrap_or_else(|| "und".to_owned());
        set_imported_text(tx, work_id, TextField::Synopsis, &lang, s, true, mode)?;
    }
    Ok(())
}
