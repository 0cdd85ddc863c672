//! Imports on the command line: FilmFreeway exports, any other table through a column
//! mapping, DDEX messages, a table's first rows with the mapping its headers suggest, the
//! saved mappings, the aliases a curator gave unknown values, and the values still kept
//! as written.

use crate::args::{AliasesCommands, ImportCommands, MappingsCommands};
use crate::output::Reply;
use caravan_core::{encoding_named as encoding, Caravan, Error, ImportOptions};
use caravan_i18n::Localizer;

pub(crate) fn import_command(
    caravan: &Caravan,
    cmd: ImportCommands,
    l10n: &Localizer,
    progress: &mut dyn FnMut(caravan_core::api::ImportProgress),
) -> Result<Reply, Error> {
    let mut report = match cmd {
        ImportCommands::Filmfreeway {
            file,
            edition,
            dry_run,
            partial,
            encoding: label,
        } => {
            let options = ImportOptions {
                dry_run,
                partial,
                encoding: encoding(label.as_deref())?,
            };
            let edition = caravan.edition_by_slug(&edition)?.id;
            caravan.import_filmfreeway(&file, edition, options, progress)?
        }
        ImportCommands::Table {
            file,
            edition,
            mapping,
            dry_run,
            partial,
            encoding: label,
        } => {
            let options = ImportOptions {
                dry_run,
                partial,
                encoding: encoding(label.as_deref())?,
            };
            let mapping = caravan.mapping(&mapping)?;
            let edition = caravan.edition_by_slug(&edition)?.id;
            caravan.import_table(&file, edition, mapping, options, progress)?
        }
        ImportCommands::Ddex {
            file,
            edition,
            section,
            dry_run,
        } => {
            let options = ImportOptions {
                dry_run,
                ..ImportOptions::default()
            };
            let edition = caravan.edition_by_slug(&edition)?;
            let section = section
                .as_deref()
                .map(|s| edition.section_by_slug(s))
                .transpose()?;
            caravan.import_ddex(&file, edition.id, section, options)?
        }
        ImportCommands::Preview {
            file,
            encoding: label,
        } => {
            return Ok(Reply::Preview(
                caravan.preview_table(&file, encoding(label.as_deref())?)?,
            ))
        }
    };
    report.localize(l10n);
    Ok(Reply::Import(report))
}

pub(crate) fn mappings_command(caravan: &Caravan, cmd: MappingsCommands) -> Result<Reply, Error> {
    Ok(match cmd {
        MappingsCommands::List => Reply::Mappings(caravan.mappings()?),
        MappingsCommands::Show { name } => {
            let list = caravan.mappings()?;
            let found = list.mappings.into_iter().find(|m| m.name == name);
            Reply::Mapping(found.ok_or(Error::MappingNotFound(name))?)
        }
        MappingsCommands::Save { file } => {
            let mapping = caravan.mapping(&file.display().to_string())?;
            Reply::Mapping(caravan.keep_mapping(mapping)?)
        }
    })
}

pub(crate) fn aliases_command(caravan: &Caravan, cmd: AliasesCommands) -> Result<Reply, Error> {
    Ok(match cmd {
        AliasesCommands::List => Reply::Aliases(caravan.aliases()?),
        AliasesCommands::Add {
            vocabulary,
            name,
            code,
        } => Reply::AliasSet(caravan.set_alias(&vocabulary, &name, &code)?),
        AliasesCommands::Remove { vocabulary, name } => {
            Reply::Aliases(caravan.remove_alias(&vocabulary, &name)?)
        }
    })
}
