//! `caravan`: Caravan's command line, for bulk work and scripting.
//!
//! A thin adapter: it parses (`args`), calls caravan-core, and prints (`output`) either
//! exactly one JSON document (`--json`) or text localised through Fluent. Every failure is
//! a coded error and a non-zero exit status.

mod args;
mod output;

use args::{Cli, Commands, EditionCommands, EditionsCommands, MediaCommands, WorksCommands};
use caravan_core::{Caravan, Error, SystemClock};
use caravan_i18n::Localizer;
use clap::FromArgMatches;
use output::{Reply, Report};
use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let (json, sniffed_lang) = args::sniff_reporting(&argv);
    let lang_request = sniffed_lang
        .or_else(|| std::env::var("CARAVAN_LANG").ok())
        .filter(|l| !l.is_empty());
    // The interface language: an explicit request must be valid; the system locale is
    // only a hint.
    let l10n = match &lang_request {
        Some(l) => match Localizer::new(l) {
            Ok(l10n) => l10n,
            Err(e) => {
                let mut fallback = Localizer::for_locale(caravan_i18n::SOURCE_LOCALE);
                fallback.set_isolating(false);
                return Report::new(json, &fallback).error(&Error::from(e));
            }
        },
        None => Localizer::new(&system_locale())
            .unwrap_or_else(|_| Localizer::for_locale(caravan_i18n::SOURCE_LOCALE)),
    };
    let mut l10n = l10n;
    l10n.set_isolating(false);
    let report = Report::new(json, &l10n);
    let matches = match args::localized_command(&l10n).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => return report.usage(e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return report.usage(e),
    };
    // Titles are shown in the requested tag itself (zh-TW, not the interface's zh-CN).
    let title_lang = lang_request.unwrap_or_else(|| l10n.locale().to_owned());
    match run(cli, &title_lang) {
        Ok(reply) => report.success(reply),
        Err(e) => report.error(&e),
    }
}

fn system_locale() -> String {
    sys_locale::get_locale().unwrap_or_default()
}

fn actor() -> String {
    std::env::var("CARAVAN_ACTOR")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "caravan".to_owned())
}

fn run(cli: Cli, lang: &str) -> Result<Reply, Error> {
    let path = match cli.db {
        Some(p) => p,
        None => caravan_core::default_db_path().ok_or(Error::NoDataDir)?,
    };
    let caravan = Caravan::open(&path, Box::new(SystemClock), actor())?;
    Ok(match cli.command {
        Commands::Demo(args) => {
            let mut totals = caravan.seed_demo()?;
            if let Some(n) = args.generate {
                totals = caravan.seed_generated_works(n)?;
            }
            Reply::Demo(totals)
        }
        Commands::Edition(EditionCommands::Add {
            slug,
            name,
            year,
            sections,
        }) => Reply::Edition(caravan.add_edition(&slug, &name, year, &sections)?),
        Commands::Editions(EditionsCommands::List) => Reply::Editions(caravan.editions()?),
        Commands::Works(WorksCommands::List {
            edition,
            limit,
            offset,
        }) => Reply::Works(caravan.works_page(lang, edition.as_deref(), offset, limit)?),
        Commands::Media(MediaCommands::Add { work, file, kind }) => {
            let kind = caravan_domain::MediaKind::parse(&kind)?;
            Reply::Media(caravan.add_media(&work, &file, kind)?)
        }
        Commands::Media(MediaCommands::List { work }) => Reply::MediaList(caravan.media_of(&work)?),
        Commands::Media(MediaCommands::Remove { id }) => Reply::Removed(caravan.remove_media(id)?),
        Commands::Media(MediaCommands::Similar) => Reply::Similar(caravan.similar_images()?),
        Commands::Works(WorksCommands::Show { work }) => {
            Reply::Work(caravan.work_detail(&work, lang)?)
        }
    })
}
