//! Storing one sound recording or video of a DDEX ERN message as a piece of music (a
//! music video is music with its ISRC): found again by its ISRC, or by its proprietary id
//! when it has none, titled in the language the message gives (or the one its title reads as),
//! credited to its display artists, with the release's genres and P and C lines filling in
//! what the recording leaves out and the release's title and ICPN kept as fields. It is
//! apart from FilmFreeway's rows because DDEX says different things in a different shape.

use super::digest;
use super::report::Outcome;
use super::target::Target;
use super::text_policy::{set_imported_text, TextMode};
use crate::Error;
use caravan_domain::ids::{IdKind, IdentifierKind};
use caravan_domain::{CreditRole, JudgingStatus, SubmissionStatus, TextField, WorkKind};
use caravan_intake::ddex;
use caravan_store::{submissions, works, Tx};

/// The kind proprietary ids are kept under, as `NAMESPACE:ID`.
const PROPRIETARY: &str = IdentifierKind::DdexProprietary.as_str();

/// The identifiers a resource is known by, those it is found again by first.
fn identifiers(rec: &ddex::Resource) -> Vec<(&'static str, String)> {
    let mut ids = Vec::new();
    if let Some(isrc) = &rec.isrc {
        ids.push((IdKind::Isrc.as_str(), isrc.clone()));
    }
    if let Some(p) = &rec.proprietary_id {
        ids.push((PROPRIETARY, format!("{}:{}", p.namespace, p.value)));
    }
    if let Some(isan) = &rec.isan {
        ids.push((IdKind::Isan.as_str(), isan.clone()));
    }
    if let Some(eidr) = &rec.eidr {
        ids.push((IdKind::Eidr.as_str(), eidr.clone()));
    }
    ids
}

/// Stores one sound recording or video of a DDEX message.
pub(super) fn apply_recording(
    tx: &Tx<'_>,
    target: &mut Target,
    section_id: i64,
    rec: &ddex::Resource,
    release: Option<&ddex::Release>,
    now: i64,
) -> Result<Outcome, Error> {
    // What the release says of this resource, not its whole track list: a catalogue's
    // release lists 20,000 resources, and each one's digest would spell them all out.
    let of_release = release.map(|r| {
        (
            &r.reference,
            &r.title,
            &r.icpn,
            &r.kind,
            &r.genres,
            &r.p_line,
            &r.c_line,
            r.year,
        )
    });
    let digest = digest(
        &(format!("{rec:?}"), format!("{of_release:?}")),
        target.edition_id,
    );
    let ids = identifiers(rec);
    let mut existing = None;
    for (kind, value) in &ids {
        existing = works::find_by_identifier(tx, kind, value)?;
        if existing.is_some() {
            break;
        }
    }
    let year = rec.year.or(release.and_then(|r| r.year));
    let (work_id, outcome) = match existing {
        Some(id) => {
            if works::import_digest(tx, id, target.edition_id, "ddex")?.as_deref()
                == Some(digest.as_str())
            {
                return Ok(Outcome::Unchanged);
            }
            works::update(tx, id, WorkKind::Music, year, rec.duration_seconds, now)?;
            works::clear_submitted(tx, id)?;
            (id, Outcome::Updated)
        }
        None => {
            let id = works::insert(tx, WorkKind::Music, year, rec.duration_seconds, now)?;
            (id, Outcome::Imported)
        }
    };
    for (kind, value) in &ids {
        // An identifier another work already holds stays with it: the reader has made
        // sure no two resources of the file share one.
        if works::find_by_identifier(tx, kind, value)?.is_none() {
            works::add_identifier(tx, work_id, kind, value)?;
        }
    }
    for (i, t) in rec.titles.iter().enumerate() {
        let lang = match &t.lang {
            Some(l) => caravan_domain::LangTag::parse(l)
                .map(|t| t.to_string())
                .unwrap_or_else(|_| "und".to_owned()),
            None => caravan_intake::filmfreeway::title_language(&t.text, &[], &[]),
        };
        set_imported_text(
            tx,
            work_id,
            TextField::Title,
            &lang,
            &t.text,
            i == 0,
            TextMode::Update,
        )?;
    }
    for (i, artist) in rec.display_artists.iter().enumerate() {
        works::add_credit(tx, work_id, CreditRole::Artist.as_str(), artist, i)?;
    }
    let genres = if rec.genres.is_empty() {
        release.map(|r| r.genres.clone()).unwrap_or_default()
    } else {
        rec.genres.clone()
    };
    for (i, g) in genres.iter().enumerate() {
        works::add_genre(tx, work_id, i, g)?;
    }
    let mut fields: Vec<(&str, String)> = Vec::new();
    if rec.kind == ddex::ResourceKind::Video {
        fields.push(("Resource", "Video".to_owned()));
    }
    if let Some(t) = &rec.resource_type {
        fields.push(("Resource Type", t.clone()));
    }
    if let Some(p) = rec
        .p_line
        .as_ref()
        .or(release.and_then(|r| r.p_line.as_ref()))
    {
        fields.push(("P Line", p.clone()));
    }
    if let Some(c) = rec
        .c_line
        .as_ref()
        .or(release.and_then(|r| r.c_line.as_ref()))
    {
        fields.push(("C Line", c.clone()));
    }
    if let Some(r) = release {
        if let Some(t) = &r.title {
            fields.push(("Release", t.clone()));
        }
        if let Some(icpn) = &r.icpn {
            fields.push(("Release ICPN", icpn.clone()));
        }
    }
    for (i, (name, value)) in fields.iter().enumerate() {
        works::add_field(tx, work_id, i, name, value)?;
    }
    submissions::upsert(
        tx,
        &submissions::NewSubmission {
            work_id,
            section_id,
            source: "ddex",
            status: SubmissionStatus::InConsideration,
            judging: JudgingStatus::Undecided,
            submitted_at: Some(now),
        },
        now,
    )?;
    works::set_import_digest(tx, work_id, target.edition_id, "ddex", &digest, now)?;
    target.to_index.push(work_id);
    Ok(outcome)
}
