//! Whose texts survive an import. A title or synopsis a curator wrote, or a machine
//! translated, is theirs: a file imported again does not overwrite it, and the same words
//! already stored under another language tag keep that tag. A work merged from several
//! submissions gathers what each row says and loses nothing to another row. The policy
//! is the same for every format, so it is apart from any one of them.

use crate::Error;
use caravan_domain::{Provenance, TextField};
use caravan_store::{works, Tx};

/// How a row's texts meet the work's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TextMode {
    /// The row made the work: nothing to respect.
    Fresh,
    /// The row updates its own work.
    Update,
    /// The work was merged from several rows: each adds what it says and takes nothing
    /// away, not even the original mark.
    Gather,
}

/// Sets an imported text unless a curator or a machine translation already wrote that
/// language: their work wins.
pub(super) fn set_imported_text(
    tx: &Tx<'_>,
    work_id: i64,
    field: TextField,
    lang: &str,
    text: &str,
    original: bool,
    mode: TextMode,
) -> Result<(), Error> {
    let submitted = |original: bool| {
        works::set_text(
            tx,
            work_id,
            field,
            lang,
            text,
            original,
            Provenance::Submitted,
        )
    };
    if mode == TextMode::Fresh {
        // A work made by this row has no texts of anyone else's to respect.
        submitted(original)?;
        return Ok(());
    }
    // The same words already stored under another tag keep that tag: a language guessed
    // from the text does not override one a curator or an earlier file gave.
    let texts = works::texts(tx, work_id)?;
    let exact = texts
        .iter()
        .any(|t| t.field == field && t.text == text && t.lang == lang);
    let has_original = texts.iter().any(|t| t.field == field && t.original);
    let taken = texts.iter().any(|t| t.field == field && t.lang == lang);
    let same_text = texts
        .into_iter()
        .find(|t| !exact && t.field == field && t.text == text && t.lang != lang);
    if mode == TextMode::Gather {
        if !exact && same_text.is_none() && !taken {
            submitted(original && !has_original)?;
        }
        return Ok(());
    }
    if let Some(existing) = same_text {
        if original && !existing.original {
            works::mark_original(tx, work_id, field, &existing.lang)?;
        }
        return Ok(());
    }
    match works::text_provenance(tx, work_id, field, lang)? {
        // A curator's or a translator's text, and whether it is the original, win.
        Some(Provenance::Curator) | Some(Provenance::Machine) => {}
        _ => submitted(original)?,
    }
    Ok(())
}
