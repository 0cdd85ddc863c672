//! What imports read with and remember: the column mappings tables are read through (the
//! built-in FilmFreeway preset and those saved by name), a table's first rows with the
//! mapping its headers suggest, and the values no vocabulary knew. A value kept as
//! written on works is resolved by an alias ("treat Quatar as Qatar"): every work that
//! carries it gets the code at once, and every later import reads the name as that code.

use crate::api::{
    AliasInfo, AliasList, AliasSet, MappingColumn, MappingInfo, MappingList, TablePreview,
    UnresolvedList, UnresolvedValue,
};
use crate::{Caravan, Error};
use caravan_domain::{CountryCode, EditionId, LangTag, SubmissionStatus};
use caravan_intake::table::{self, Mapping, Target};
use caravan_intake::{vocabulary, Aliases, Vocabulary};
use caravan_store::{intake as stored, submissions, works, Db};
use std::path::Path;

/// The aliases every import reads names with.
pub(super) fn aliases(db: &Db<'_>) -> Result<Aliases, Error> {
    let mut out = Aliases::default();
    for a in stored::aliases(db)? {
        if let Some(kind) = Vocabulary::parse(&a.vocabulary) {
            out.insert(kind, &a.name, &a.code);
        }
    }
    Ok(out)
}

fn info(mapping: &Mapping) -> MappingInfo {
    MappingInfo {
        name: mapping.name.clone(),
        columns: mapping
            .columns
            .iter()
            .map(|(header, target)| MappingColumn {
                header: header.clone(),
                target: target.as_str().to_owned(),
            })
            .collect(),
        builtin: mapping.is_filmfreeway(),
    }
}

fn vocabulary_of(name: &str) -> Result<Vocabulary, Error> {
    Vocabulary::parse(name).ok_or_else(|| Error::AliasBadVocabulary(name.to_owned()))
}

/// A code as it is stored, if it is one of the vocabulary's: `qa` is `QA`, `in
/// consideration` is `in-consideration`.
fn normalised_code(kind: Vocabulary, code: &str) -> Option<String> {
    let code = code.trim();
    match kind {
        Vocabulary::Country => CountryCode::parse(code).ok().map(|c| c.as_str().to_owned()),
        Vocabulary::Language => LangTag::parse(code).ok().map(|t| t.to_string()),
        Vocabulary::Status => SubmissionStatus::parse(&code.to_lowercase().replace(' ', "-"))
            .ok()
            .map(|s| s.as_str().to_owned()),
    }
}

impl Caravan {
    /// The mapping a name or a file gives: `filmfreeway`, a saved mapping's name, or a
    /// JSON file of one.
    pub fn mapping(&self, name_or_file: &str) -> Result<Mapping, Error> {
        let given = name_or_file.trim();
        if given == table::FILMFREEWAY {
            return Ok(Mapping::filmfreeway());
        }
        if let Some(json) = self.read(|db| Ok(stored::mapping(db, given)?))? {
            return Mapping::from_json(&json).map_err(Error::MappingInvalid);
        }
        let path = Path::new(given);
        if path.is_file() {
            let text = std::fs::read_to_string(path).map_err(|source| {
                Error::ImportFile(caravan_intake::filmfreeway::FileError::Io {
                    path: path.to_path_buf(),
                    source,
                })
            })?;
            return Mapping::from_json(&text).map_err(Error::MappingInvalid);
        }
        Err(Error::MappingNotFound(given.to_owned()))
    }

    /// The built-in mapping and every saved one.
    pub fn mappings(&self) -> Result<MappingList, Error> {
        let mut mappings = vec![info(&Mapping::filmfreeway())];
        for (_, json) in self.read(|db| Ok(stored::mappings(db)?))? {
            if let Ok(m) = Mapping::from_json(&json) {
                mappings.push(info(&m));
            }
        }
        Ok(MappingList {
            mappings,
            targets: Target::ALL.iter().map(|t| t.as_str().to_owned()).collect(),
        })
    }

    /// Saves a mapping by name, replacing one of that name; FilmFreeway's is built in.
    pub fn save_mapping(
        &self,
        name: &str,
        columns: &[MappingColumn],
    ) -> Result<MappingInfo, Error> {
        let mut pairs = Vec::new();
        for c in columns {
            let target = Target::parse(&c.target).ok_or_else(|| {
                Error::MappingInvalid(table::MappingError::Shape(format!(
                    "{}: {}",
                    c.header, c.target
                )))
            })?;
            pairs.push((c.header.clone(), target));
        }
        self.keep_mapping(Mapping {
            name: name.trim().to_owned(),
            columns: pairs,
        })
    }

    /// Saves a mapping under its name, replacing one of that name; FilmFreeway's is built
    /// in and cannot be replaced.
    pub fn keep_mapping(&self, mapping: Mapping) -> Result<MappingInfo, Error> {
        if mapping.name.trim() == table::FILMFREEWAY {
            return Err(Error::MappingBuiltin(mapping.name));
        }
        let mapping = mapping.checked().map_err(Error::MappingInvalid)?;
        let now = self.clock.now_ms();
        self.write(|tx| {
            stored::save_mapping(tx, &mapping.name, &mapping.to_json(), now)?;
            self.audit(
                tx,
                "mapping.save",
                "mapping",
                None,
                serde_json::json!({"name": mapping.name}),
            )
        })?;
        Ok(info(&mapping))
    }

    /// A table's header and first rows, and the mapping its headers suggest.
    pub fn preview_table(
        &self,
        path: &Path,
        encoding: Option<&'static encoding_rs::Encoding>,
    ) -> Result<TablePreview, Error> {
        let preview = table::preview(path, encoding, 5).map_err(Error::ImportFile)?;
        // Read from the header the preview has, not by opening the file again.
        let filmfreeway = caravan_intake::filmfreeway::is_export(&preview.headers);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(TablePreview {
            guess: info(&table::guess(&stem, &preview.headers)),
            headers: preview.headers,
            rows: preview.rows,
            encoding: preview.encoding.map(str::to_owned),
            filmfreeway,
        })
    }

    /// Says what a name means for every work that carries it and every import after:
    /// the works flagged with it get the code, and the flag goes.
    pub fn set_alias(&self, vocabulary: &str, name: &str, code: &str) -> Result<AliasSet, Error> {
        let kind = vocabulary_of(vocabulary)?;
        let name = name.trim();
        let code = normalised_code(kind, code).ok_or_else(|| Error::AliasBadCode {
            vocabulary: kind.as_str().to_owned(),
            code: code.to_owned(),
        })?;
        if name.is_empty() {
            return Err(Error::AliasBadCode {
                vocabulary: kind.as_str().to_owned(),
                code: String::new(),
            });
        }
        let now = self.clock.now_ms();
        let resolved = self.write(|tx| {
            stored::set_alias(tx, kind.as_str(), name, &code, now)?;
            let flagged = stored::works_with_unresolved(tx, kind.as_str(), name)?;
            for (work_id, value) in &flagged {
                match kind {
                    Vocabulary::Country => {
                        let at = works::countries(tx, *work_id)?.len();
                        works::add_country(tx, *work_id, at, &code)?;
                    }
                    Vocabulary::Language => {
                        let at = works::languages(tx, *work_id)?.len();
                        works::add_language(tx, *work_id, at, &code)?;
                    }
                    Vocabulary::Status => {
                        submissions::set_status_of_work(tx, *work_id, &code, now)?;
                    }
                }
                stored::remove_unresolved(tx, *work_id, kind.as_str(), value)?;
            }
            self.audit(
                tx,
                "alias.set",
                "alias",
                None,
                serde_json::json!({"vocabulary": kind.as_str(), "name": name, "code": code,
                                   "works": flagged.len()}),
            )?;
            Ok(flagged.len() as u64)
        })?;
        Ok(AliasSet {
            alias: AliasInfo {
                vocabulary: kind.as_str().to_owned(),
                name: name.to_owned(),
                code,
            },
            resolved,
        })
    }

    /// Forgets what a name was said to mean; works already resolved keep their code.
    pub fn remove_alias(&self, vocabulary: &str, name: &str) -> Result<AliasList, Error> {
        let kind = vocabulary_of(vocabulary)?;
        let removed = self.write(|tx| Ok(stored::remove_alias(tx, kind.as_str(), name.trim())?))?;
        if !removed {
            return Err(Error::AliasNotFound {
                vocabulary: kind.as_str().to_owned(),
                name: name.trim().to_owned(),
            });
        }
        self.aliases()
    }

    /// Every alias.
    pub fn aliases(&self) -> Result<AliasList, Error> {
        let aliases = self.read(|db| Ok(stored::aliases(db)?))?;
        Ok(AliasList {
            aliases: aliases
                .into_iter()
                .map(|a| AliasInfo {
                    vocabulary: a.vocabulary,
                    name: a.name,
                    code: a.code,
                })
                .collect(),
        })
    }

    /// Every value kept as written, with how many works carry it and the closest known
    /// value; within an edition when one is given.
    pub fn unresolved(&self, edition: Option<EditionId>) -> Result<UnresolvedList, Error> {
        let rows = self.read(|db| Ok(stored::unresolved_values(db, edition.map(|e| e.get()))?))?;
        let values = rows
            .into_iter()
            .map(|r| {
                let suggestion = Vocabulary::parse(&r.vocabulary)
                    .and_then(|kind| vocabulary::suggest(kind, &r.value));
                let (suggestion_code, suggestion) = suggestion.unzip();
                UnresolvedValue {
                    vocabulary: r.vocabulary,
                    value: r.value,
                    works: r.works,
                    suggestion,
                    suggestion_code,
                }
            })
            .collect();
        Ok(UnresolvedList { values })
    }
}
