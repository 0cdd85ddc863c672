//! `caravan`: Caravan's command line, for bulk work and scripting.
//!
//! A thin adapter: it parses (`args`), calls caravan-core, and prints (`output`) either
//! exactly one JSON document (`--json`) or text localised through Fluent. Every failure is
//! a coded error and a non-zero exit status.

mod args;
mod intake;
mod jury;
mod output;
mod refs;
mod registry;

use args::{
    CatalogueCommands, Cli, Commands, DuplicatesCommands, EditionCommands, EditionsCommands,
    ExchangeCommands, IdentityCommands, IdsCommands, MediaCommands, MembersCommands,
    PointsCommands, RecommendCommands, RecommendationsCommands, RightsCommands,
    SubmissionsCommands, TextCommands, WorksCommands,
};
use caravan_core::api::SyncDirection;
use caravan_core::api::{
    DismissRequest, DuplicatesQuery, Selection, SetStatusesRequest, StatsRequest, SubmissionsQuery,
    WorksQuery,
};
use caravan_core::{Caravan, Error};
use caravan_domain::{
    JudgingStatus, MediaId, Provenance, StatusChangeId, SubmissionColumn, SubmissionId,
    SubmissionStatus, TextField, WorkColumn,
};
use clap::FromArgMatches;
use clap::Parser;
use output::{Messages, Reply, Report};
use std::process::ExitCode;

fn main() -> ExitCode {
    let argv = args::juror_languages(std::env::args().collect());
    let (json, sniffed_lang) = args::sniff_reporting(&argv);
    let lang_request = sniffed_lang
        .or_else(|| std::env::var("CARAVAN_LANG").ok())
        .filter(|l| !l.is_empty());
    // The interface language: an explicit request must be valid; the system locale is
    // only a hint.
    let locale = match &lang_request {
        Some(l) => match caravan_i18n::negotiate(l) {
            Ok(locale) => locale,
            Err(e) => {
                let fallback = Messages::new(caravan_i18n::SOURCE_LOCALE);
                return Report::new(json, &fallback).error(&Error::from(e));
            }
        },
        None => caravan_i18n::negotiate(&system_locale()).unwrap_or(caravan_i18n::SOURCE_LOCALE),
    };
    let messages = Messages::new(locale);
    let report = Report::new(json, &messages);
    // The plain grammar reads a command line that is right; only one that is not (or
    // asks for help) is read again by the grammar with its help in the user's language.
    let cli = match args::Cli::try_parse_from(&argv) {
        Ok(c) => c,
        Err(_) => {
            let matches = match args::localized_command(messages.get()).try_get_matches_from(&argv)
            {
                Ok(m) => m,
                Err(e) => return report.usage(e),
            };
            match Cli::from_arg_matches(&matches) {
                Ok(c) => c,
                Err(e) => return report.usage(e),
            }
        }
    };
    // Titles are shown in the requested tag itself (zh-TW, not the interface's zh-CN).
    let title_lang = lang_request.unwrap_or_else(|| locale.to_owned());
    match run(cli, &title_lang, &messages) {
        Ok(reply) => report.success(reply),
        Err(e) => report.error(&e),
    }
}

fn system_locale() -> String {
    sys_locale::get_locale().unwrap_or_default()
}

/// A sort as typed: `COLUMN` or `COLUMN:desc`.
fn sort_words(text: &str) -> (&str, bool) {
    match text.rsplit_once(':') {
        Some((column, "desc")) => (column, true),
        Some((column, "asc")) => (column, false),
        _ => (text, false),
    }
}

fn run(cli: Cli, lang: &str, messages: &Messages) -> Result<Reply, Error> {
    if let Commands::Ids(IdsCommands::Check { value }) = &cli.command {
        return Ok(Reply::IdCheck(Caravan::check_identifier(
            value,
            messages.get(),
        )));
    }
    let caravan = caravan_host::open(cli.db)?;
    Ok(match cli.command {
        Commands::Demo(args) => {
            let mut totals = caravan.seed_demo()?;
            if let Some(n) = args.generate {
                let into = args
                    .into
                    .as_deref()
                    .map(|e| caravan.edition_by_slug(e).map(|e| e.id))
                    .transpose()?;
                totals = caravan.seed_generated_works(n, into)?;
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
            sort,
            after,
        }) => {
            let (column, descending) = sort_words(sort.as_deref().unwrap_or("id"));
            Reply::Works(
                caravan.works_page(&WorksQuery {
                    lang: lang.to_owned(),
                    edition: edition
                        .as_deref()
                        .map(|e| caravan.edition_by_slug(e).map(|e| e.id))
                        .transpose()?,
                    sort: WorkColumn::parse(column)?,
                    descending,
                    after,
                    offset,
                    limit,
                })?,
            )
        }
        Commands::Media(MediaCommands::Add { work, file, kind }) => {
            let kind = caravan_domain::MediaKind::parse(&kind)?;
            Reply::Media(caravan.add_media(refs::work(&caravan, &work)?, &file, kind)?)
        }
        Commands::Media(MediaCommands::List { work }) => {
            Reply::MediaList(caravan.media_of(refs::work(&caravan, &work)?)?)
        }
        Commands::Media(MediaCommands::Remove { id }) => {
            Reply::Removed(caravan.remove_media(MediaId(id))?)
        }
        Commands::Media(MediaCommands::Similar) => Reply::Similar(caravan.similar_images()?),
        Commands::Works(WorksCommands::Show { work }) => {
            Reply::Work(caravan.work_detail(refs::work(&caravan, &work)?, lang)?)
        }
        Commands::Import(cmd) => {
            let mut progress = progress_printer(messages);
            intake::import_command(&caravan, cmd, messages.get(), &mut progress)?
        }
        Commands::Mappings(cmd) => intake::mappings_command(&caravan, cmd)?,
        Commands::Aliases(cmd) => intake::aliases_command(&caravan, cmd)?,
        Commands::Unresolved { edition } => {
            let edition = edition
                .as_deref()
                .map(|e| caravan.edition_by_slug(e).map(|e| e.id))
                .transpose()?;
            Reply::Unresolved(caravan.unresolved(edition)?)
        }
        Commands::Ids(IdsCommands::Check { value }) => {
            Reply::IdCheck(Caravan::check_identifier(&value, messages.get()))
        }
        Commands::Ids(IdsCommands::Add { work, value }) => {
            Reply::Work(caravan.add_identifier(refs::work(&caravan, &work)?, &value, lang)?)
        }
        Commands::Titles(cmd) => text_command(&caravan, TextField::Title, cmd, lang)?,
        Commands::Synopses(cmd) => text_command(&caravan, TextField::Synopsis, cmd, lang)?,
        Commands::Search { query, limit } => Reply::Search(caravan.search(&query, lang, limit)?),
        Commands::Duplicates(args) => match args.action {
            None => Reply::Duplicates(
                caravan.duplicates(&DuplicatesQuery {
                    edition: args
                        .edition
                        .as_deref()
                        .map(|e| caravan.edition_by_slug(e).map(|e| e.id))
                        .transpose()?,
                    lang: lang.to_owned(),
                    after: args.after,
                    limit: args.limit,
                })?,
            ),
            Some(DuplicatesCommands::Merge { keep, other }) => {
                Reply::Work(caravan.merge_works(&caravan_core::api::MergeRequest {
                    keep: refs::work(&caravan, &keep)?,
                    other: refs::work(&caravan, &other)?,
                    lang: lang.to_owned(),
                })?)
            }
            Some(DuplicatesCommands::Dismiss { a, b }) => {
                let request = DismissRequest {
                    a: refs::work(&caravan, &a)?,
                    b: refs::work(&caravan, &b)?,
                };
                caravan.dismiss_duplicate(&request)?;
                Reply::Dismissed(request.a, request.b)
            }
        },
        Commands::Export(args) => {
            let format = match args.format {
                args::Format::Csv => caravan_core::api::ExportFormat::Csv,
                args::Format::Xlsx => caravan_core::api::ExportFormat::Xlsx,
                args::Format::Json => caravan_core::api::ExportFormat::Json,
            };
            let edition = caravan.edition_by_slug(&args.edition)?;
            let filter = refs::filter(&edition, filter_words(args.filter, None))?;
            Reply::Exported(caravan.export(edition.id, format, &args.out, &filter, lang)?)
        }
        Commands::Submissions(SubmissionsCommands::List {
            edition,
            limit,
            after,
            sort,
            filter,
            q,
        }) => {
            let edition = caravan.edition_by_slug(&edition)?;
            let (column, descending) = sort_words(sort.as_deref().unwrap_or("id"));
            Reply::Submissions(caravan.submissions_page(&SubmissionsQuery {
                edition: edition.id,
                lang: lang.to_owned(),
                filter: refs::filter(&edition, filter_words(filter, q))?,
                sort: SubmissionColumn::parse(column)?,
                descending,
                after,
                offset: 0,
                limit,
            })?)
        }
        Commands::Submissions(SubmissionsCommands::Stats { edition }) => {
            let edition = caravan.edition_by_slug(&edition)?.id;
            Reply::Stats(caravan.edition_stats(&StatsRequest {
                edition,
                filter: Default::default(),
            })?)
        }
        Commands::Submissions(SubmissionsCommands::Status {
            ids,
            status,
            judging,
        }) => Reply::StatusChange(caravan.set_statuses(&SetStatusesRequest {
            selection: Selection::Ids(ids.into_iter().map(SubmissionId).collect()),
            status: status.as_deref().map(SubmissionStatus::parse).transpose()?,
            judging: judging.as_deref().map(JudgingStatus::from_word),
        })?),
        Commands::Submissions(SubmissionsCommands::Undo { change }) => {
            Reply::StatusChange(caravan.undo_statuses(StatusChangeId(change))?)
        }
        Commands::Identity(cmd) => identity_command(&caravan, cmd)?,
        Commands::Members(cmd) => members_command(&caravan, cmd)?,
        Commands::Alliance(cmd) => registry::alliance_command(&caravan, cmd)?,
        Commands::Alliances(cmd) => registry::alliances_command(&caravan, cmd)?,
        Commands::Registry(cmd) => registry::registry_command(&caravan, cmd)?,
        Commands::Admissions(cmd) => registry::admissions_command(&caravan, cmd)?,
        Commands::Jury(cmd) => jury::command(&caravan, cmd, lang, messages.get())?,
        Commands::Award(cmd) => jury::award_command(&caravan, cmd, lang)?,
        Commands::Awards(args::AwardsCommands::List { edition }) => {
            Reply::Awards(caravan.awards(&edition, lang)?)
        }
        Commands::Exchange(cmd) => exchange_command(&caravan, cmd, messages)?,
        Commands::Recommend(cmd) => recommend_command(&caravan, cmd, lang, messages)?,
        Commands::Recommendations(cmd) => recommendations_command(&caravan, cmd, lang, messages)?,
        Commands::Rights(cmd) => rights_command(&caravan, cmd)?,
        Commands::Catalogue(cmd) => catalogue_command(&caravan, cmd, lang)?,
    })
}

fn recommend_command(
    caravan: &Caravan,
    cmd: RecommendCommands,
    lang: &str,
    messages: &Messages,
) -> Result<Reply, Error> {
    use caravan_core::api::{LocalizedText, PersonCard, RecommendationKind};
    Ok(Reply::Recommended(Box::new(match cmd {
        RecommendCommands::Work { work, to, section } => caravan.recommend_work(
            &caravan_core::api::RecommendWorkRequest {
                work: refs::work(caravan, &work)?,
                to: to.to,
                note: to.note,
                note_lang: to.note_lang,
                section,
                lang: lang.to_owned(),
            },
            messages.get(),
        )?,
        RecommendCommands::Person {
            name,
            role,
            to,
            name_lang,
            names,
            roles,
            languages,
            country,
            contact,
        } => {
            let kind = match role.as_str() {
                "judge" => RecommendationKind::Judge,
                "guest" => RecommendationKind::Guest,
                other => {
                    return Err(caravan_domain::DomainError::UnknownValue {
                        what: "recommendation-kind".into(),
                        value: other.to_owned(),
                    }
                    .into())
                }
            };
            let text = |lang: &str, text: &str, original: bool| LocalizedText {
                lang: lang.to_owned(),
                text: text.to_owned(),
                original,
                provenance: caravan_domain::Provenance::Curator,
            };
            let mut all = vec![text(name_lang.as_deref().unwrap_or("und"), &name, true)];
            for n in &names {
                let (l, t) = n.split_once('=').ok_or_else(|| {
                    Error::RecommendationMalformed(format!("--name-in {n}: LANG=TEXT"))
                })?;
                all.push(text(l.trim(), t, false));
            }
            caravan.recommend_person(&caravan_core::api::RecommendPersonRequest {
                person: PersonCard {
                    names: all,
                    roles,
                    languages,
                    country,
                    contact,
                },
                kind,
                to: to.to,
                note: to.note,
                note_lang: to.note_lang,
            })?
        }
    })))
}

fn recommendations_command(
    caravan: &Caravan,
    cmd: RecommendationsCommands,
    lang: &str,
    messages: &Messages,
) -> Result<Reply, Error> {
    use caravan_core::api::{Answer, AnswerRequest, RecommendationDirection};
    let answer = |id: i64, answer: Answer| {
        caravan.answer_recommendation(
            &AnswerRequest {
                id,
                answer,
                lang: lang.to_owned(),
            },
            messages.get(),
        )
    };
    Ok(match cmd {
        RecommendationsCommands::List { work, direction } => {
            let direction = match direction.as_deref() {
                None => None,
                Some("incoming") => Some(RecommendationDirection::Incoming),
                Some("outgoing") => Some(RecommendationDirection::Outgoing),
                Some(other) => {
                    return Err(caravan_domain::DomainError::UnknownValue {
                        what: "recommendation-direction".into(),
                        value: other.to_owned(),
                    }
                    .into())
                }
            };
            Reply::Recommendations(
                caravan.recommendations(&caravan_core::api::RecommendationsQuery {
                    work: work
                        .as_deref()
                        .map(|w| refs::work(caravan, w))
                        .transpose()?,
                    direction,
                })?,
            )
        }
        RecommendationsCommands::Show { id } => {
            Reply::Recommended(Box::new(caravan.recommendation(id)?))
        }
        RecommendationsCommands::Accept {
            id,
            edition,
            section,
        } => Reply::Recommended(Box::new(answer(id, Answer::Accepted { edition, section })?)),
        RecommendationsCommands::Decline { id, reason } => {
            Reply::Recommended(Box::new(answer(id, Answer::Declined { reason })?))
        }
        RecommendationsCommands::Program { id } => {
            Reply::Recommended(Box::new(answer(id, Answer::Programmed)?))
        }
    })
}

fn rights_command(caravan: &Caravan, cmd: RightsCommands) -> Result<Reply, Error> {
    use caravan_core::api::ScreeningRight;
    Ok(Reply::Rights(match cmd {
        RightsCommands::Set {
            work,
            territories,
            except,
        } => {
            let mut rights = Vec::new();
            for t in &territories {
                let mut parts = t.splitn(3, ':');
                let territory = parts.next().unwrap_or_default().to_owned();
                let starts = parts.next().filter(|p| !p.is_empty()).map(str::to_owned);
                let ends = parts.next().filter(|p| !p.is_empty()).map(str::to_owned);
                rights.push(ScreeningRight {
                    territory,
                    excluded: false,
                    starts,
                    ends,
                });
            }
            for e in except {
                rights.push(ScreeningRight {
                    territory: e,
                    excluded: true,
                    starts: None,
                    ends: None,
                });
            }
            caravan.set_screening_rights(&caravan_core::api::SetRightsRequest {
                work: refs::work(caravan, &work)?,
                rights,
            })?
        }
        RightsCommands::Show { work } => caravan.screening_rights(refs::work(caravan, &work)?)?,
    }))
}

fn catalogue_command(
    caravan: &Caravan,
    cmd: CatalogueCommands,
    lang: &str,
) -> Result<Reply, Error> {
    Ok(match cmd {
        CatalogueCommands::Publish { works } => {
            let ids = works
                .iter()
                .map(|w| refs::work(caravan, w))
                .collect::<Result<Vec<_>, _>>()?;
            Reply::CataloguePublished(
                caravan.publish_catalogue((!ids.is_empty()).then_some(&ids[..]))?,
            )
        }
        CatalogueCommands::Search {
            query,
            member,
            limit,
        } => Reply::Catalogue(caravan.catalogue(&caravan_core::api::CatalogueQuery {
            query,
            member,
            limit,
        })?),
        CatalogueCommands::Take {
            entry,
            edition,
            section,
        } => Reply::Work(
            caravan.take_from_catalogue(&caravan_core::api::TakeEntryRequest {
                entry,
                edition,
                section,
                lang: lang.to_owned(),
            })?,
        ),
    })
}

fn identity_command(caravan: &Caravan, cmd: IdentityCommands) -> Result<Reply, Error> {
    Ok(match cmd {
        IdentityCommands::Init {
            name,
            member,
            country,
            languages,
        } => {
            let country = country
                .as_deref()
                .map(caravan_domain::CountryCode::parse)
                .transpose()?;
            let languages = languages
                .iter()
                .map(|l| caravan_domain::LangTag::parse(l))
                .collect::<Result<Vec<_>, _>>()?;
            Reply::Identity(caravan.identity_init(&name, &member, country.as_ref(), &languages)?)
        }
        IdentityCommands::Show => Reply::Identity(caravan.identity_info()?),
        IdentityCommands::Card { out } => Reply::CardWritten(caravan.write_card(&out)?),
        IdentityCommands::Rotate => Reply::Identity(caravan.identity_rotate()?),
    })
}

fn members_command(caravan: &Caravan, cmd: MembersCommands) -> Result<Reply, Error> {
    Ok(match cmd {
        MembersCommands::ImportCard { file } => {
            Reply::CardImported(caravan.import_card_file(&file)?)
        }
        MembersCommands::Add(a) => registry::member_add(caravan, a)?,
        MembersCommands::List(f) => {
            Reply::Members(caravan.members_list(&registry::members_query(f)?)?)
        }
        MembersCommands::Show { member } => Reply::Member(caravan.member(&member)?),
        MembersCommands::Leave { member, alliance } => {
            Reply::Member(caravan.leave_alliance(&member, &alliance)?)
        }
        MembersCommands::Revoke { member } => Reply::Member(caravan.revoke_member(&member)?),
        MembersCommands::Verify {
            member,
            fingerprint,
        } => Reply::Member(caravan.verify_member(&member, &fingerprint.join(" "))?),
    })
}

fn exchange_command(
    caravan: &Caravan,
    cmd: ExchangeCommands,
    messages: &Messages,
) -> Result<Reply, Error> {
    let l10n = messages.get();
    Ok(match cmd {
        ExchangeCommands::Points(PointsCommands::Add { location, name }) => {
            Reply::Points(caravan.add_exchange_point(&location, name.as_deref())?)
        }
        ExchangeCommands::Points(PointsCommands::List) => Reply::Points(caravan.exchange_points()?),
        ExchangeCommands::Points(PointsCommands::Remove { id }) => {
            Reply::Points(caravan.remove_exchange_point(id)?)
        }
        ExchangeCommands::Note {
            text,
            to,
            all,
            lang,
            attach,
            image,
        } => {
            let to = if all {
                caravan_core::Recipients::All
            } else {
                caravan_core::Recipients::Members(to)
            };
            let images: Vec<MediaId> = image.into_iter().map(MediaId).collect();
            Reply::Composed(caravan.send_note(&to, &text, lang.as_deref(), &attach, &images)?)
        }
        ExchangeCommands::Notes { limit } => Reply::Notes(caravan.notes(limit)?),
        ExchangeCommands::Publish { to } => {
            let mut progress = exchange_progress(messages);
            match to {
                Some(to) => Reply::Published(caravan.publish(&to, &mut progress)?),
                None => Reply::Synced(caravan.sync(SyncDirection::Publish, l10n, &mut progress)?),
            }
        }
        ExchangeCommands::Pull { from } => {
            let mut progress = exchange_progress(messages);
            match from {
                Some(from) => Reply::Pulled(caravan.pull(&from, l10n, &mut progress)?),
                None => Reply::Synced(caravan.sync(SyncDirection::Pull, l10n, &mut progress)?),
            }
        }
    })
}

/// Reports a publish's or a pull's progress on stderr when a person is watching it.
fn exchange_progress(messages: &Messages) -> impl FnMut(caravan_core::api::ExchangeProgress) + '_ {
    use std::io::IsTerminal;
    let watching = std::io::stderr().is_terminal();
    move |p| {
        if watching {
            let line = messages.get().tr_with(
                "cli--exchange-progress",
                [
                    ("done", p.done.into()),
                    ("total", p.total.into()),
                    ("location", p.location.as_str().into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
            );
            eprint!("\r{line}");
            if p.done >= p.total {
                eprintln!();
            }
        }
    }
}

fn filter_words(f: args::FilterArgs, text: Option<String>) -> refs::FilterWords {
    refs::FilterWords {
        status: f.status,
        judging: f.judging,
        section: f.section,
        country: f.country,
        language: f.language,
        text,
    }
}

fn text_command(
    caravan: &Caravan,
    field: TextField,
    cmd: TextCommands,
    lang: &str,
) -> Result<Reply, Error> {
    Ok(Reply::Work(match cmd {
        TextCommands::Set {
            work,
            lang_tag,
            text,
            original,
            provenance,
        } => caravan.set_text(
            refs::work(caravan, &work)?,
            field,
            &lang_tag,
            &text,
            original,
            Provenance::parse(&provenance)?,
            lang,
        )?,
        TextCommands::Remove { work, lang_tag } => {
            caravan.remove_text(refs::work(caravan, &work)?, field, &lang_tag, lang)?
        }
    }))
}

/// Reports an import's progress on stderr when a person is watching it.
fn progress_printer(messages: &Messages) -> impl FnMut(caravan_core::api::ImportProgress) + '_ {
    use std::io::IsTerminal;
    let watching = std::io::stderr().is_terminal();
    move |p| {
        if watching {
            let line = messages.get().tr_with(
                "cli--import-progress",
                [
                    ("rows", p.rows.into()),
                    ("percent", ((p.fraction * 100.0).round() as u64).into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 2],
            );
            eprint!("\r{line}");
            if p.fraction >= 1.0 {
                eprintln!();
            }
        }
    }
}
