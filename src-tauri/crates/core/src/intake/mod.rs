//! Imports: FilmFreeway exports and DDEX ERN messages into an edition.
//!
//! A file is applied in one transaction. FilmFreeway rows are streamed: each is checked,
//! and either stored or added to the report's rejected rows; when any row was rejected and
//! `--partial` was not given, the transaction is rolled back and the report comes back as
//! the error's details. Re-importing updates a work found by its Submission ID (else its
//! Tracking Number, for DDEX its ISRC) and reports a row whose content has not changed as
//! unchanged, by a digest of what it said.
//!
//! This module holds the two entry points and what both share; the rest is one concept a
//! file: the report's counts and refused rows (`report`), finding the work a row names
//! (`matching`), whose texts survive an import (`text_policy`), the edition being imported
//! into (`target`) and the slugs of the sections and labels it gains (`slugs`), and how a
//! FilmFreeway row (`filmfreeway_row`) or a DDEX recording (`ddex_recording`) is stored.

mod ddex_recording;
mod filmfreeway_row;
mod matching;
mod report;
mod slugs;
mod target;
mod text_policy;

pub(crate) use matching::own_tracking_number;

use crate::api::{ImportProgress, ImportReport};
use crate::{search, Caravan, Error};
use caravan_domain::{EditionId, SectionId};
use caravan_intake::ddex;
use caravan_intake::filmfreeway;
use caravan_store::Tx;
use ddex_recording::apply_recording;
use filmfreeway_row::apply_row;
use sha2::Digest;
use std::path::Path;
use target::Target;

/// How an import should go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Report what would happen and store nothing.
    pub dry_run: bool,
    /// Store the good rows even when some are rejected.
    pub partial: bool,
}

/// A digest of what a file said about a work in an edition, so a row imported again
/// unchanged is reported unchanged without comparing it field by field.
fn digest(value: &impl serde::Serialize, edition_id: i64) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    let mut h = sha2::Sha256::new();
    h.update(edition_id.to_le_bytes());
    h.update(text.as_bytes());
    hex::encode(h.finalize())
}

impl Caravan {
    /// Imports a FilmFreeway submissions export into an edition. `progress` hears how far
    /// the file has been read every few hundred rows.
    pub fn import_filmfreeway(
        &self,
        path: &Path,
        edition: EditionId,
        options: ImportOptions,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, Error> {
        let mut reader = filmfreeway::Reader::open(path).map_err(Error::ImportFile)?;
        let database_id = self.known_database_id()?;
        let now = self.clock.now_ms();
        let report = self.write_or_rehearse(options.dry_run, |tx| {
            let mut target = Target::load(tx, edition, database_id.clone())?;
            let mut report = ImportReport {
                dry_run: options.dry_run,
                ..ImportReport::default()
            };
            let mut rows = 0u64;
            while let Some(row) = reader.next_row().map_err(Error::ImportFile)? {
                rows += 1;
                let outcome = match row {
                    Ok(sub) => apply_row(tx, &mut target, &sub, now)?,
                    Err(rejections) => Err(rejections),
                };
                match outcome {
                    Ok(o) => report.count(o),
                    Err(rejections) => rejections.into_iter().for_each(|r| report.reject(r)),
                }
                if rows.is_multiple_of(250) {
                    progress(ImportProgress {
                        rows,
                        fraction: reader.progress(),
                    });
                }
            }
            progress(ImportProgress {
                rows,
                fraction: 1.0,
            });
            if !report.rejected.is_empty() && !options.partial {
                return Err(Error::ImportRejected(Box::new(report)));
            }
            for id in std::mem::take(&mut target.to_index) {
                search::index_work(tx, id)?;
            }
            self.audit_import(tx, "filmfreeway", path, edition, &report)?;
            Ok(report)
        })?;
        Ok(report)
    }

    fn audit_import(
        &self,
        tx: &Tx<'_>,
        source: &str,
        path: &Path,
        edition: EditionId,
        report: &ImportReport,
    ) -> Result<(), Error> {
        self.audit(
            tx,
            &format!("import.{source}"),
            "edition",
            Some(edition.get()),
            serde_json::json!({
                "file": path.display().to_string(),
                "imported": report.imported,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": report.rejected_total,
            }),
        )
    }

    /// Imports a DDEX ERN message: each sound recording becomes a piece of music, found
    /// again by its ISRC, entered in `section` (or the edition's first section). The file
    /// is refused whole, naming the element and line, when anything in it is wrong.
    pub fn import_ddex(
        &self,
        path: &Path,
        edition: EditionId,
        section: Option<SectionId>,
        options: ImportOptions,
    ) -> Result<ImportReport, Error> {
        let bytes = std::fs::read(path).map_err(|source| {
            Error::ImportFile(filmfreeway::FileError::Io {
                path: path.to_path_buf(),
                source,
            })
        })?;
        let message = ddex::read(&bytes).map_err(|source| Error::Ddex {
            file: path.to_path_buf(),
            source,
        })?;
        let now = self.clock.now_ms();
        let database_id = self.known_database_id()?;
        self.write_or_rehearse(options.dry_run, |tx| {
            let mut target = Target::load(tx, edition, database_id.clone())?;
            let section_id = match section {
                Some(s) if target.sections.values().any(|id| *id == s.get()) => s.get(),
                Some(s) => {
                    return Err(Error::SectionNotFound {
                        section: s.to_string(),
                        edition: edition.to_string(),
                    })
                }
                None => match target.first_section {
                    Some(id) => id,
                    None => target.section(tx, "music")?,
                },
            };
            let mut report = ImportReport {
                dry_run: options.dry_run,
                ..ImportReport::default()
            };
            for rec in &message.recordings {
                let release = message
                    .releases
                    .iter()
                    .find(|r| r.recordings.contains(&rec.reference));
                let outcome = apply_recording(tx, &target, section_id, rec, release, now)?;
                report.count(outcome);
            }
            self.audit_import(tx, "ddex", path, edition, &report)?;
            Ok(report)
        })
    }
}
