//! Imports: FilmFreeway exports, any other table through a column mapping, and DDEX ERN
//! messages into an edition.
//!
//! A file is applied in one transaction. FilmFreeway rows are streamed: each is checked,
//! and either stored or added to the report's rejected rows; when any row was rejected and
//! `--partial` was not given, the transaction is rolled back and the report comes back as
//! the error's details. Re-importing updates a work found by its Submission ID (else its
//! Tracking Number, for DDEX its ISRC) and reports a row whose content has not changed as
//! unchanged, by a digest of what it said.
//!
//! A value no vocabulary knows (a country "Quatar") does not refuse its row: it is kept
//! as written, flagged on the work, and reported as a warning with the closest known
//! value; what the curator then says it means is remembered as an alias for every later
//! import (`vocabulary`).
//!
//! This module holds the entry points and what they share; the rest is one concept a
//! file: the report's counts, refused rows and warnings (`report`), finding the work a
//! row names (`matching`), whose texts survive an import (`text_policy`), the edition
//! being imported into (`target`) and the slugs of the sections and labels it gains
//! (`slugs`), how a table row (`filmfreeway_row`) or a DDEX recording (`ddex_recording`)
//! is stored, and the mappings and aliases imports read with (`vocabulary`).

mod ddex_recording;
mod filmfreeway_row;
mod matching;
mod report;
mod slugs;
mod target;
mod text_policy;
mod vocabulary;

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
    /// A text file's encoding, whatever it looks like; found by detection when `None`.
    pub encoding: Option<&'static encoding_rs::Encoding>,
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

/// An encoding by its WHATWG label (`windows-1251`, `latin1`, `sjis`), as a person names it.
pub fn encoding_named(
    label: Option<&str>,
) -> Result<Option<&'static encoding_rs::Encoding>, Error> {
    label
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            caravan_intake::filmfreeway::encoding_for_label(l)
                .ok_or_else(|| Error::EncodingUnknown(l.to_owned()))
        })
        .transpose()
}

impl Caravan {
    /// Imports the file a request names, of the kind it says: the window's one entry.
    pub fn import(
        &self,
        r: &crate::api::ImportRequest,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, Error> {
        let options = ImportOptions {
            dry_run: r.dry_run,
            partial: r.partial,
            encoding: encoding_named(r.encoding.as_deref())?,
        };
        let path = std::path::PathBuf::from(r.path.trim());
        match r.kind {
            crate::api::ImportKind::Ddex => self.import_ddex(&path, r.edition, r.section, options),
            crate::api::ImportKind::Filmfreeway => {
                self.import_filmfreeway(&path, r.edition, options, progress)
            }
            crate::api::ImportKind::Table => {
                let mapping = self.mapping(
                    r.mapping
                        .as_deref()
                        .unwrap_or(caravan_intake::table::FILMFREEWAY),
                )?;
                self.import_table(&path, r.edition, mapping, options, progress)
            }
        }
    }

    /// Imports a FilmFreeway submissions export into an edition. `progress` hears how far
    /// the file has been read every few hundred rows.
    pub fn import_filmfreeway(
        &self,
        path: &Path,
        edition: EditionId,
        options: ImportOptions,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, Error> {
        let mapping = caravan_intake::table::Mapping::filmfreeway();
        self.import_table(path, edition, mapping, options, progress)
    }

    /// Imports any table (CSV or XLSX) through a column mapping: rows checked and stored
    /// as a FilmFreeway export's are, found again on re-import by the mapped id column.
    pub fn import_table(
        &self,
        path: &Path,
        edition: EditionId,
        mapping: caravan_intake::table::Mapping,
        options: ImportOptions,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, Error> {
        let source = if mapping.is_filmfreeway() {
            "filmfreeway"
        } else {
            "table"
        };
        let aliases = self.read(vocabulary::aliases)?;
        let read_options = filmfreeway::ReadOptions {
            mapping,
            encoding: options.encoding,
            aliases,
        };
        let mut reader =
            filmfreeway::Reader::open_with(path, read_options).map_err(Error::ImportFile)?;
        let database_id = self.known_database_id()?;
        let now = self.clock.now_ms();
        let report = self.write_or_rehearse(options.dry_run, |tx| {
            let mut target = Target::load(tx, edition, database_id.clone())?;
            let mut report = ImportReport {
                dry_run: options.dry_run,
                encoding: reader.encoding().map(str::to_owned),
                ..ImportReport::default()
            };
            let mut rows = 0u64;
            while let Some(row) = reader.next_row().map_err(Error::ImportFile)? {
                rows += 1;
                let outcome = match row {
                    Ok(mut sub) => {
                        let warnings = std::mem::take(&mut sub.warnings);
                        let outcome = apply_row(tx, &mut target, &sub, now)?;
                        if outcome.is_ok() {
                            warnings.into_iter().for_each(|w| report.warn(w));
                        }
                        outcome
                    }
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
            self.audit_import(tx, source, path, edition, &report)?;
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
        // The size is checked before a byte is read, so a 2 GB file costs nothing.
        let message = ddex::read_file(path).map_err(|e| match e {
            ddex::FileError::Io { path, source } => {
                Error::ImportFile(filmfreeway::FileError::Io { path, source })
            }
            ddex::FileError::Ddex { path, source } => Error::Ddex { file: path, source },
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
            // Each resource's release, looked up once: a catalogue puts 20,000 on one.
            let mut releases: std::collections::HashMap<&str, &ddex::Release> =
                std::collections::HashMap::new();
            for release in &message.releases {
                for reference in &release.resources {
                    releases.entry(reference.as_str()).or_insert(release);
                }
            }
            for rec in &message.resources {
                let release = releases.get(rec.reference.as_str()).copied();
                let outcome = apply_recording(tx, &mut target, section_id, rec, release, now)?;
                report.count(outcome);
            }
            // Indexed after the rows, as a table's are: FTS5 writes a segment at every
            // statement savepoint, and the rows' upserts open one each.
            for id in std::mem::take(&mut target.to_index) {
                search::index_work(tx, id)?;
            }
            for w in &message.warnings {
                report.warn(caravan_intake::Warning {
                    line: u64::from(w.line),
                    column: w.element.clone(),
                    code: w.code,
                    value: w.value.clone(),
                    vocabulary: None,
                    suggestion: None,
                });
            }
            report.skipped = message
                .skipped
                .iter()
                .map(|s| crate::api::SkippedResources {
                    kind: s.element.clone(),
                    count: s.count as u64,
                })
                .collect();
            self.audit_import(tx, "ddex", path, edition, &report)?;
            Ok(report)
        })
    }
}
