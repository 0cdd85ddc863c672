//! The command line's grammar (CLI.md is its contract) and the Fluent text of its help.
//!
//! The grammar is declared with clap's derive; the help text is not, because it must be
//! in the user's language: [`localized_command`] walks the command tree and takes every
//! `about` and `help` from `cli.ftl`, by ids built from the command path
//! (`cli--works-list--about`, `cli--works-list--limit`).

use caravan_i18n::Localizer;
use clap::{Arg, ArgAction, Args, Command, CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "caravan",
    version,
    disable_help_flag = true,
    disable_help_subcommand = true,
    disable_version_flag = true
)]
pub struct Cli {
    /// The database file (default: `CARAVAN_DB`, else the platform's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Interface and title language, a BCP 47 tag.
    #[arg(
        long,
        global = true,
        env = "CARAVAN_LANG",
        hide_env = true,
        value_name = "LOCALE"
    )]
    pub lang: Option<String>,
    /// Print exactly one JSON document on stdout.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Commands,
}

#[derive(Debug, Subcommand)]
pub enum Commands {
    Demo(DemoArgs),
    #[command(subcommand)]
    Edition(EditionCommands),
    #[command(subcommand)]
    Editions(EditionsCommands),
    #[command(subcommand)]
    Works(WorksCommands),
    #[command(subcommand)]
    Media(MediaCommands),
    #[command(subcommand)]
    Import(ImportCommands),
    #[command(subcommand)]
    Mappings(MappingsCommands),
    #[command(subcommand)]
    Aliases(AliasesCommands),
    Unresolved {
        #[arg(long = "edition", id = "unresolved-edition", value_name = "SLUG")]
        edition: Option<String>,
    },
    #[command(subcommand)]
    Ids(IdsCommands),
    #[command(subcommand)]
    Titles(TextCommands),
    #[command(subcommand)]
    Synopses(TextCommands),
    Search {
        #[arg(value_name = "QUERY")]
        query: String,
        #[arg(
            long,
            value_name = "N",
            default_value_t = 10,
            hide_default_value = true
        )]
        limit: u32,
    },
    Duplicates(DuplicatesArgs),
    Export(ExportArgs),
    #[command(subcommand)]
    Submissions(SubmissionsCommands),
    #[command(subcommand)]
    Identity(IdentityCommands),
    #[command(subcommand)]
    Members(MembersCommands),
    #[command(subcommand)]
    Alliance(AllianceCommands),
    #[command(subcommand)]
    Alliances(AlliancesCommands),
    #[command(subcommand)]
    Registry(RegistryCommands),
    #[command(subcommand)]
    Admissions(AdmissionsCommands),
    #[command(subcommand)]
    Jury(JuryCommands),
    #[command(subcommand)]
    Award(AwardCommands),
    #[command(subcommand)]
    Awards(AwardsCommands),
    #[command(subcommand)]
    Exchange(ExchangeCommands),
    #[command(subcommand)]
    Recommend(RecommendCommands),
    #[command(subcommand)]
    Recommendations(RecommendationsCommands),
    #[command(subcommand)]
    Rights(RightsCommands),
    #[command(subcommand)]
    Catalogue(CatalogueCommands),
}

/// The members a recommendation goes to: repeated, comma-separated, or `all`.
#[derive(Debug, Args)]
pub struct ToArgs {
    #[arg(
        long = "to",
        id = "recommend-to",
        value_name = "MEMBER",
        value_delimiter = ',',
        num_args = 1..,
        required = true
    )]
    pub to: Vec<String>,
    #[arg(long = "note", id = "recommend-note", value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long = "note-lang", id = "recommend-note-lang", value_name = "LANG")]
    pub note_lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RecommendCommands {
    Work {
        #[arg(value_name = "WORK")]
        work: String,
        #[command(flatten)]
        to: ToArgs,
        #[arg(long = "section", id = "recommend-section", value_name = "SLUG")]
        section: Option<String>,
    },
    Person {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(long = "as", id = "person-as", value_name = "judge|guest")]
        role: String,
        #[command(flatten)]
        to: ToArgs,
        #[arg(long = "name-lang", id = "person-name-lang", value_name = "LANG")]
        name_lang: Option<String>,
        #[arg(long = "name-in", id = "person-name-in", value_name = "LANG=TEXT")]
        names: Vec<String>,
        #[arg(long = "role", id = "person-role", value_name = "TEXT")]
        roles: Vec<String>,
        #[arg(long = "language", id = "person-language", value_name = "LANG")]
        languages: Vec<String>,
        #[arg(long = "country", id = "person-country", value_name = "CC")]
        country: Option<String>,
        #[arg(long = "contact", id = "person-contact", value_name = "TEXT")]
        contact: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecommendationsCommands {
    List {
        #[arg(long = "work", id = "recommendations-work", value_name = "WORK")]
        work: Option<String>,
        #[arg(
            long = "direction",
            id = "recommendations-direction",
            value_name = "incoming|outgoing"
        )]
        direction: Option<String>,
    },
    Show {
        #[arg(value_name = "ID", id = "recommendation-id")]
        id: i64,
    },
    Accept {
        #[arg(value_name = "ID", id = "recommendation-id")]
        id: i64,
        #[arg(long, value_name = "SLUG")]
        edition: Option<String>,
        #[arg(long, value_name = "SLUG")]
        section: Option<String>,
    },
    Decline {
        #[arg(value_name = "ID", id = "recommendation-id")]
        id: i64,
        #[arg(long = "reason", id = "decline-reason", value_name = "TEXT")]
        reason: String,
    },
    Program {
        #[arg(value_name = "ID", id = "recommendation-id")]
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum RightsCommands {
    Set {
        #[arg(value_name = "WORK")]
        work: String,
        #[arg(
            long = "territory",
            id = "rights-territory",
            value_name = "CC|world[:FROM[:UNTIL]]",
            required = true
        )]
        territories: Vec<String>,
        #[arg(
            long = "except",
            id = "rights-except",
            value_name = "CC",
            value_delimiter = ','
        )]
        except: Vec<String>,
    },
    Show {
        #[arg(value_name = "WORK")]
        work: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommands {
    Publish {
        #[arg(long = "work", id = "catalogue-work", value_name = "WORK")]
        works: Vec<String>,
    },
    Search {
        #[arg(value_name = "QUERY", id = "catalogue-query")]
        query: Option<String>,
        #[arg(long = "member", id = "catalogue-member", value_name = "MEMBER")]
        member: Option<String>,
        #[arg(
            long,
            value_name = "N",
            default_value_t = 50,
            hide_default_value = true
        )]
        limit: u64,
    },
    Take {
        #[arg(value_name = "ENTRY", id = "catalogue-entry")]
        entry: i64,
        #[arg(long, value_name = "SLUG")]
        edition: String,
        #[arg(long, value_name = "SLUG")]
        section: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum IdentityCommands {
    Init {
        #[arg(long, value_name = "TEXT")]
        name: String,
        #[arg(long, value_name = "SLUG")]
        member: String,
        #[arg(long = "country", id = "member-country", value_name = "CC")]
        country: Option<String>,
        #[arg(long = "language", id = "working-language", value_name = "LANG")]
        languages: Vec<String>,
    },
    Show,
    Card {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    Rotate,
}

#[derive(Debug, Subcommand)]
pub enum MembersCommands {
    ImportCard {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Add(MemberAddArgs),
    List(MembersFilterArgs),
    Show {
        #[arg(value_name = "MEMBER")]
        member: String,
    },
    Leave {
        #[arg(value_name = "MEMBER")]
        member: String,
        #[arg(long = "alliance", id = "leave-alliance", value_name = "SLUG")]
        alliance: String,
    },
    Revoke {
        #[arg(value_name = "MEMBER")]
        member: String,
    },
    Verify {
        #[arg(value_name = "MEMBER")]
        member: String,
        #[arg(value_name = "FINGERPRINT", num_args = 1.., required = true)]
        fingerprint: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExchangeCommands {
    #[command(subcommand)]
    Points(PointsCommands),
    Note {
        #[arg(value_name = "TEXT")]
        text: String,
        #[arg(
            long = "to",
            id = "recipients",
            value_name = "MEMBER",
            value_delimiter = ',',
            required_unless_present = "everyone"
        )]
        to: Vec<String>,
        #[arg(long = "all", id = "everyone", conflicts_with = "recipients")]
        all: bool,
        #[arg(long = "note-lang", id = "note-lang", value_name = "LANG")]
        lang: Option<String>,
        #[arg(long, value_name = "FILE")]
        attach: Vec<PathBuf>,
        #[arg(long, value_name = "MEDIA_ID")]
        image: Vec<i64>,
    },
    Notes {
        #[arg(
            long,
            value_name = "N",
            default_value_t = 50,
            hide_default_value = true
        )]
        limit: u64,
    },
    Publish {
        #[arg(long = "to", id = "point", value_name = "DIR|URL")]
        to: Option<String>,
    },
    Pull {
        #[arg(long = "from", id = "point-from", value_name = "DIR|URL")]
        from: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PointsCommands {
    Add {
        #[arg(value_name = "DIR|URL")]
        location: String,
        #[arg(long = "name", id = "point-name", value_name = "TEXT")]
        name: Option<String>,
    },
    List,
    Remove {
        #[arg(value_name = "ID", id = "point-id")]
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommands {
    Filmfreeway {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "SLUG")]
        edition: String,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        partial: bool,
        #[arg(long, value_name = "ENCODING")]
        encoding: Option<String>,
    },
    Table {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "SLUG")]
        edition: String,
        #[arg(long, value_name = "NAME|FILE")]
        mapping: String,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        partial: bool,
        #[arg(long, value_name = "ENCODING")]
        encoding: Option<String>,
    },
    Preview {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "ENCODING")]
        encoding: Option<String>,
    },
    Ddex {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "SLUG")]
        edition: String,
        #[arg(long, value_name = "SLUG")]
        section: Option<String>,
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum MappingsCommands {
    List,
    Show {
        #[arg(value_name = "NAME", id = "mapping-name")]
        name: String,
    },
    Save {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum AliasesCommands {
    List,
    Add {
        #[arg(value_name = "country|language|status", id = "alias-vocabulary")]
        vocabulary: String,
        #[arg(value_name = "NAME", id = "alias-name")]
        name: String,
        #[arg(value_name = "CODE", id = "alias-code")]
        code: String,
    },
    Remove {
        #[arg(value_name = "country|language|status", id = "alias-vocabulary")]
        vocabulary: String,
        #[arg(value_name = "NAME", id = "alias-name")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum IdsCommands {
    Check {
        #[arg(value_name = "VALUE")]
        value: String,
    },
    Add {
        #[arg(value_name = "WORK")]
        work: String,
        #[arg(value_name = "VALUE")]
        value: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TextCommands {
    Set {
        #[arg(value_name = "WORK")]
        work: String,
        #[arg(value_name = "LANG")]
        lang_tag: String,
        #[arg(value_name = "TEXT")]
        text: String,
        #[arg(long)]
        original: bool,
        #[arg(
            long,
            value_name = "PROVENANCE",
            default_value = "curator",
            hide_default_value = true
        )]
        provenance: String,
    },
    Remove {
        #[arg(value_name = "WORK")]
        work: String,
        #[arg(value_name = "LANG")]
        lang_tag: String,
    },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DuplicatesArgs {
    #[arg(long, value_name = "SLUG")]
    pub edition: Option<String>,
    #[arg(
        long,
        value_name = "N",
        default_value_t = 100,
        hide_default_value = true
    )]
    pub limit: u64,
    #[arg(long, value_name = "CURSOR")]
    pub after: Option<String>,
    #[command(subcommand)]
    pub action: Option<DuplicatesCommands>,
}

#[derive(Debug, Subcommand)]
pub enum DuplicatesCommands {
    Merge {
        #[arg(value_name = "KEEP")]
        keep: String,
        #[arg(value_name = "OTHER")]
        other: String,
    },
    Dismiss {
        #[arg(value_name = "A")]
        a: String,
        #[arg(value_name = "B")]
        b: String,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_name = "FORMAT")]
    pub format: Format,
    #[arg(long, value_name = "SLUG")]
    pub edition: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// The filters of an edition's submissions, as typed.
#[derive(Debug, Args)]
pub struct FilterArgs {
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    #[arg(long, value_name = "JUDGING")]
    pub judging: Option<String>,
    #[arg(long, value_name = "SLUG")]
    pub section: Option<String>,
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    #[arg(long = "language", value_name = "LANG")]
    pub language: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SubmissionsCommands {
    List {
        #[arg(long, value_name = "SLUG")]
        edition: String,
        #[arg(
            long,
            value_name = "N",
            default_value_t = 100,
            hide_default_value = true
        )]
        limit: u64,
        #[arg(long, value_name = "CURSOR")]
        after: Option<String>,
        #[arg(long, value_name = "COLUMN[:desc]")]
        sort: Option<String>,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, value_name = "TEXT")]
        q: Option<String>,
    },
    Stats {
        #[arg(long, value_name = "SLUG")]
        edition: String,
    },
    Status {
        #[arg(value_name = "ID", required = true)]
        ids: Vec<i64>,
        #[arg(long = "set", id = "set", value_name = "STATUS")]
        status: Option<String>,
        #[arg(long = "judging", id = "to_judging", value_name = "JUDGING")]
        judging: Option<String>,
    },
    Undo {
        #[arg(value_name = "CHANGE")]
        change: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum MediaCommands {
    Add {
        #[arg(value_name = "WORK")]
        work: String,
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(
            long,
            value_name = "KIND",
            default_value = "poster",
            hide_default_value = true
        )]
        kind: String,
    },
    List {
        #[arg(value_name = "WORK")]
        work: String,
    },
    Remove {
        #[arg(value_name = "ID")]
        id: i64,
    },
    Similar,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, value_name = "N")]
    pub generate: Option<u64>,
    #[arg(long, value_name = "SLUG", requires = "generate")]
    pub into: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum EditionCommands {
    Add {
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_name = "N")]
        year: Option<i32>,
        #[arg(long = "section", value_name = "SLUG")]
        sections: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum EditionsCommands {
    List,
}

#[derive(Debug, Subcommand)]
pub enum WorksCommands {
    List {
        #[arg(long, value_name = "SLUG")]
        edition: Option<String>,
        #[arg(
            long,
            value_name = "N",
            default_value_t = 50,
            hide_default_value = true
        )]
        limit: u64,
        #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
        offset: u64,
        #[arg(long, value_name = "COLUMN[:desc]")]
        sort: Option<String>,
        #[arg(long, value_name = "CURSOR")]
        after: Option<String>,
    },
    Show {
        #[arg(value_name = "WORK")]
        work: String,
    },
}

/// The command tree with every heading, `about` and `help` in the user's language.
pub fn localized_command(l10n: &Localizer) -> Command {
    localize(Cli::command(), l10n, "cli", true)
}

fn localize(cmd: Command, l10n: &Localizer, path: &str, root: bool) -> Command {
    let tr = |suffix: &str| l10n.tr(&format!("{path}--{suffix}"), None);
    let mut cmd = cmd
        .about(tr("about"))
        .help_template(format!(
            "{{about}}\n\n{} {{usage}}\n\n{{all-args}}",
            l10n.tr("cli--usage-heading", None)
        ))
        .subcommand_help_heading(l10n.tr("cli--commands-heading", None))
        .subcommand_value_name(l10n.tr("cli--command-value", None))
        .next_help_heading(l10n.tr("cli--options-heading", None));
    let arg_ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set() || root)
        .map(|a| a.get_id().to_string())
        .collect();
    for id in arg_ids {
        let text = l10n.tr(&format!("cli--arg-{id}"), None);
        let heading = if cmd
            .get_arguments()
            .any(|a| a.get_id() == id.as_str() && a.is_positional())
        {
            l10n.tr("cli--arguments-heading", None)
        } else {
            l10n.tr("cli--options-heading", None)
        };
        cmd = cmd.mut_arg(&id, |a| a.help(text).help_heading(heading));
    }
    if root {
        cmd = cmd.arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(l10n.tr("cli--arg-help", None))
                .help_heading(l10n.tr("cli--options-heading", None)),
        );
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(l10n.tr("cli--arg-version", None))
                .help_heading(l10n.tr("cli--options-heading", None)),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if root {
            format!("cli--{name}")
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(&name, |sc| localize(sc, l10n, &sub_path, false));
    }
    cmd
}

/// Finds the global flags that decide how to report, even when the rest of the command
/// line does not parse: `--json` and `--lang`.
pub fn sniff_reporting(args: &[String]) -> (bool, Option<String>) {
    let mut json = false;
    let mut lang = None;
    let mut iter = args.iter().skip(1);
    while let Some(a) = iter.next() {
        if a == "--" {
            break;
        } else if a == "--json" {
            json = true;
        } else if a == "--lang" {
            lang = iter.next().cloned();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            lang = Some(v.to_owned());
        }
    }
    (json, lang)
}

#[derive(Debug, Args)]
pub struct MemberAddArgs {
    #[arg(value_name = "SLUG")]
    pub slug: String,
    #[arg(long = "name", id = "member-name", value_name = "TEXT")]
    pub name: String,
    #[arg(long = "kind", id = "member-kind", value_name = "KIND")]
    pub kind: String,
    #[arg(long = "country", id = "member-country", value_name = "CC")]
    pub country: String,
    #[arg(long = "city", id = "member-city", value_name = "TEXT")]
    pub city: Option<String>,
    #[arg(
        long = "language",
        id = "member-lang",
        value_name = "LANG",
        value_delimiter = ','
    )]
    pub languages: Vec<String>,
    #[arg(long = "contact", id = "member-contact", value_name = "KIND=VALUE")]
    pub contacts: Vec<String>,
    #[arg(long = "alliance", id = "member-alliance", value_name = "SLUG")]
    pub alliance: Option<String>,
    #[arg(long = "tier", id = "member-tier", value_name = "TIER")]
    pub tier: Option<String>,
    #[arg(long = "joined", id = "member-joined", value_name = "DATE")]
    pub joined: Option<String>,
}

#[derive(Debug, Args)]
pub struct MembersFilterArgs {
    #[arg(long = "alliance", id = "filter-alliance", value_name = "SLUG")]
    pub alliance: Option<String>,
    #[arg(long = "country", id = "filter-country", value_name = "CC")]
    pub country: Option<String>,
    #[arg(long = "tier", id = "filter-tier", value_name = "TIER")]
    pub tier: Option<String>,
    #[arg(long = "kind", id = "filter-kind", value_name = "KIND")]
    pub kind: Option<String>,
    #[arg(long = "language", id = "filter-lang", value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AllianceCommands {
    Add {
        #[arg(value_name = "SLUG")]
        slug: String,
        #[arg(long = "name", id = "alliance-name", value_name = "TEXT")]
        name: String,
        #[arg(long = "founded", id = "alliance-founded", value_name = "YEAR")]
        founded: Option<i32>,
        #[arg(
            long = "secretariat",
            id = "alliance-secretariat",
            value_name = "MEMBER"
        )]
        secretariat: Option<String>,
    },
    Show {
        #[arg(value_name = "SLUG")]
        slug: String,
    },
    Tier {
        #[arg(value_name = "ALLIANCE")]
        alliance: String,
        #[arg(value_name = "KEY", id = "tier-key")]
        key: String,
        #[arg(
            long = "label",
            id = "tier-label",
            value_name = "LANG=TEXT",
            required = true
        )]
        labels: Vec<String>,
    },
    Criterion {
        #[arg(value_name = "ALLIANCE")]
        alliance: String,
        #[arg(value_name = "KEY", id = "criterion-key")]
        key: String,
        #[arg(
            long = "text",
            id = "criterion-text",
            value_name = "LANG=TEXT",
            required = true
        )]
        texts: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AlliancesCommands {
    List,
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommands {
    Publish {
        #[arg(long = "alliance", id = "registry-alliance", value_name = "SLUG")]
        alliance: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdmissionsCommands {
    Apply {
        #[arg(value_name = "SLUG", id = "applicant")]
        slug: String,
        #[arg(long = "alliance", id = "apply-alliance", value_name = "SLUG")]
        alliance: String,
        #[arg(long = "name", id = "apply-name", value_name = "TEXT")]
        name: String,
        #[arg(long = "kind", id = "apply-kind", value_name = "KIND")]
        kind: String,
        #[arg(long = "country", id = "apply-country", value_name = "CC")]
        country: String,
        #[arg(
            long = "language",
            id = "apply-lang",
            value_name = "LANG",
            value_delimiter = ','
        )]
        languages: Vec<String>,
        #[arg(long = "contact", id = "apply-contact", value_name = "TEXT")]
        contact: Option<String>,
        #[arg(long = "tier", id = "apply-tier", value_name = "TIER")]
        tier: Option<String>,
        #[arg(long = "evidence", id = "apply-evidence", value_name = "KEY=TEXT")]
        evidence: Vec<String>,
    },
    List {
        #[arg(long = "alliance", id = "applications-alliance", value_name = "SLUG")]
        alliance: Option<String>,
        #[arg(long = "state", id = "applications-state", value_name = "STATE")]
        state: Option<String>,
    },
    Show {
        #[arg(value_name = "ID", id = "application")]
        id: i64,
    },
    Sponsor {
        #[arg(value_name = "ID", id = "application")]
        id: i64,
        #[arg(value_name = "MEMBER")]
        member: String,
        #[arg(long = "note", id = "sponsor-note", value_name = "TEXT")]
        note: Option<String>,
    },
    Decide {
        #[arg(value_name = "ID", id = "application")]
        id: i64,
        #[arg(value_name = "admit|refuse|withdraw")]
        outcome: String,
        #[arg(long = "on", id = "decide-on", value_name = "DATE")]
        on: String,
        #[arg(
            long = "for",
            id = "decide-for",
            value_name = "N",
            default_value_t = 0,
            hide_default_value = true
        )]
        votes_for: u32,
        #[arg(
            long = "against",
            id = "decide-against",
            value_name = "N",
            default_value_t = 0,
            hide_default_value = true
        )]
        votes_against: u32,
        #[arg(
            long = "abstain",
            id = "decide-abstain",
            value_name = "N",
            default_value_t = 0,
            hide_default_value = true
        )]
        votes_abstain: u32,
        #[arg(long = "note", id = "decide-note", value_name = "TEXT")]
        note: Option<String>,
        #[arg(long = "tier", id = "decide-tier", value_name = "TIER")]
        tier: Option<String>,
    },
}

/// Which round of which section a jury command is about.
#[derive(Debug, Args)]
pub struct RoundArgs {
    #[arg(long = "section", id = "jury-section", value_name = "SLUG")]
    pub section: String,
    #[arg(long = "edition", id = "jury-edition", value_name = "SLUG")]
    pub edition: Option<String>,
    #[arg(
        long = "round",
        id = "jury-round",
        value_name = "N",
        default_value_t = 1,
        hide_default_value = true
    )]
    pub round: u32,
}

#[derive(Debug, Subcommand)]
pub enum JuryCommands {
    #[command(subcommand)]
    Criterion(JuryCriterionCommands),
    #[command(subcommand)]
    Juror(JuryJurorCommands),
    #[command(subcommand)]
    Conflict(JuryConflictCommands),
    Conflicts {
        #[command(flatten)]
        round: RoundArgs,
    },
    Round {
        #[command(flatten)]
        round: RoundArgs,
        #[arg(long = "deadline", id = "round-deadline", value_name = "DATE")]
        deadline: Option<String>,
        #[arg(long = "blind", id = "round-blind")]
        blind: bool,
        #[arg(long = "shortlist", id = "round-shortlist", value_name = "N")]
        shortlist: Option<u32>,
    },
    Rubric {
        #[command(flatten)]
        round: RoundArgs,
    },
    Assign(AssignArgs),
    Score {
        #[arg(value_name = "EMAIL", id = "score-juror")]
        juror: String,
        #[arg(value_name = "WORK", id = "score-work")]
        work: String,
        #[arg(value_name = "CRITERION", id = "score-criterion")]
        criterion: String,
        #[arg(value_name = "VALUE", id = "score-value")]
        value: f64,
        #[command(flatten)]
        round: RoundArgs,
    },
    #[command(subcommand)]
    Scores(JuryScoresCommands),
    Screener {
        #[arg(value_name = "WORK", id = "screener-work")]
        work: String,
        #[arg(value_name = "FILE", id = "screener-file")]
        file: PathBuf,
    },
    #[command(subcommand)]
    Packet(JuryPacketCommands),
    #[command(subcommand)]
    Sheet(JurySheetCommands),
    Results {
        #[command(flatten)]
        round: RoundArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum JuryCriterionCommands {
    Add {
        #[arg(value_name = "KEY", id = "rubric-key")]
        key: String,
        #[command(flatten)]
        round: RoundArgs,
        #[arg(long = "label", id = "rubric-label", value_name = "TEXT")]
        label: String,
        #[arg(long = "label-in", id = "rubric-label-in", value_name = "LANG=TEXT")]
        labels: Vec<String>,
        #[arg(
            long = "min",
            id = "rubric-min",
            value_name = "N",
            allow_negative_numbers = true
        )]
        min: f64,
        #[arg(
            long = "max",
            id = "rubric-max",
            value_name = "N",
            allow_negative_numbers = true
        )]
        max: f64,
        #[arg(long = "step", id = "rubric-step", value_name = "N")]
        step: Option<f64>,
        #[arg(long = "weight", id = "rubric-weight", value_name = "W")]
        weight: Option<f64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum JuryJurorCommands {
    Add {
        #[arg(value_name = "EMAIL", id = "juror-email")]
        email: String,
        #[arg(long = "name", id = "juror-name", value_name = "TEXT")]
        name: String,
        #[arg(long = "name-in", id = "juror-name-in", value_name = "LANG=TEXT")]
        names: Vec<String>,
        /// Written `--lang` on the command line (CLI.md); read here under another name,
        /// since `--lang` before the command is the interface language.
        #[arg(
            long = "juror-lang",
            id = "juror-lang",
            value_name = "LANG",
            value_delimiter = ','
        )]
        languages: Vec<String>,
        #[arg(long = "country", id = "juror-country", value_name = "CC")]
        country: Option<String>,
        #[arg(long = "member", id = "juror-member", value_name = "SLUG")]
        member: Option<String>,
        #[arg(long = "company", id = "juror-company", value_name = "TEXT")]
        company: Option<String>,
        #[arg(long = "section", id = "juror-section", value_name = "SLUG")]
        sections: Vec<String>,
        #[arg(long = "card", id = "juror-card", value_name = "FILE")]
        card: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum JuryPacketCommands {
    Export {
        #[arg(long = "juror", id = "packet-juror", value_name = "EMAIL")]
        juror: String,
        #[arg(long = "out", id = "packet-out", value_name = "FILE")]
        out: PathBuf,
    },
    Open {
        #[arg(value_name = "FILE", id = "packet-file")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum JurySheetCommands {
    Export {
        #[arg(long = "out", id = "sheet-out", value_name = "FILE")]
        out: PathBuf,
    },
    Merge {
        #[arg(value_name = "FILE", id = "sheet-file")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum JuryConflictCommands {
    Add {
        #[arg(value_name = "EMAIL", id = "conflict-juror")]
        juror: String,
        #[arg(value_name = "WORK", id = "conflict-work", required_unless_present_any = ["conflict-person", "conflict-member"])]
        work: Option<String>,
        #[arg(
            long = "person",
            id = "conflict-person",
            value_name = "NAME",
            conflicts_with = "conflict-work"
        )]
        person: Option<String>,
        #[arg(long = "member", id = "conflict-member", value_name = "SLUG", conflicts_with_all = ["conflict-work", "conflict-person"])]
        member: Option<String>,
        #[arg(long = "reason", id = "conflict-reason", value_name = "TEXT")]
        reason: Option<String>,
    },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct AssignArgs {
    #[command(subcommand)]
    pub pair: Option<AssignPairCommands>,
    #[arg(
        long = "section",
        id = "assign-section",
        value_name = "SLUG",
        required = true
    )]
    pub section: Option<String>,
    #[arg(long = "edition", id = "assign-edition", value_name = "SLUG")]
    pub edition: Option<String>,
    #[arg(
        long = "round",
        id = "assign-round",
        value_name = "N",
        default_value_t = 1,
        hide_default_value = true
    )]
    pub round: u32,
    #[arg(
        long = "reviews-per-entry",
        id = "assign-reviews",
        value_name = "K",
        required = true
    )]
    pub reviews: Option<u32>,
    #[arg(long = "max-load", id = "assign-max-load", value_name = "N")]
    pub max_load: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum AssignPairCommands {
    Add {
        #[arg(value_name = "EMAIL", id = "pair-juror")]
        juror: String,
        #[arg(value_name = "WORK", id = "pair-work")]
        work: String,
        #[command(flatten)]
        round: RoundArgs,
    },
    Remove {
        #[arg(value_name = "EMAIL", id = "pair-juror")]
        juror: String,
        #[arg(value_name = "WORK", id = "pair-work")]
        work: String,
        #[command(flatten)]
        round: RoundArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum JuryScoresCommands {
    Import {
        #[arg(value_name = "FILE", id = "scores-file")]
        file: PathBuf,
        #[command(flatten)]
        round: RoundArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum AwardCommands {
    Add {
        #[arg(value_name = "KEY", id = "award-key")]
        key: String,
        #[arg(long = "edition", id = "award-edition", value_name = "SLUG")]
        edition: String,
        #[arg(long = "label", id = "award-label", value_name = "TEXT")]
        label: String,
        #[arg(long = "label-in", id = "award-label-in", value_name = "LANG=TEXT")]
        labels: Vec<String>,
        #[arg(long = "shared", id = "award-shared")]
        shared: bool,
        #[arg(
            long = "absolute-rounds",
            id = "award-absolute-rounds",
            value_name = "N",
            default_value_t = 2,
            hide_default_value = true
        )]
        absolute_rounds: u32,
    },
    Vote {
        #[arg(value_name = "KEY", id = "vote-award")]
        award: String,
        #[arg(value_name = "WORK", id = "vote-work")]
        work: String,
        #[arg(long = "edition", id = "vote-edition", value_name = "SLUG")]
        edition: String,
        #[arg(
            long = "round",
            id = "vote-round",
            value_name = "N",
            default_value_t = 1,
            hide_default_value = true
        )]
        round: u32,
        #[arg(long = "voter", id = "vote-voter", value_name = "EMAIL")]
        voter: String,
    },
    Tally {
        #[arg(value_name = "KEY", id = "tally-award")]
        award: String,
        #[arg(long = "edition", id = "tally-edition", value_name = "SLUG")]
        edition: String,
        #[arg(
            long = "round",
            id = "tally-round",
            value_name = "N",
            default_value_t = 1,
            hide_default_value = true
        )]
        round: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum AwardsCommands {
    List {
        #[arg(long = "edition", id = "awards-edition", value_name = "SLUG")]
        edition: String,
    },
}

/// `jury juror add` takes the juror's languages as `--lang` (CLI.md), the name the
/// interface language has before the command: after `jury juror add` it is read as the
/// juror's, and the interface language is given before the command or by `CARAVAN_LANG`.
pub fn juror_languages(argv: Vec<String>) -> Vec<String> {
    let at = argv
        .windows(3)
        .position(|w| w[0] == "jury" && w[1] == "juror" && w[2] == "add");
    let Some(at) = at else { return argv };
    argv.into_iter()
        .enumerate()
        .map(|(i, a)| {
            if i <= at + 2 {
                a
            } else if a == "--lang" {
                "--juror-lang".to_owned()
            } else if let Some(v) = a.strip_prefix("--lang=") {
                format!("--juror-lang={v}")
            } else {
                a
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// Every command's flags are well formed: none reuses a global flag's name.
    #[test]
    fn the_grammar_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
