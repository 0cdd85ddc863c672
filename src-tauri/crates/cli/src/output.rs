//! How results and failures reach the person or script that ran `caravan`: one JSON
//! document on stdout with `--json`, else text in the interface language; errors are
//! `{"error":{"code","message"}}` or a localised line on stderr, with a non-zero exit.

use caravan_core::api::{
    CardImported, CardWritten, Composed, DemoTotals, DuplicatePairs, Edition, EditionStats,
    ErrorPayload, ExchangePoints, ExportResult, IdCheckResult, IdentityInfo, ImportReport,
    MediaInfo, MemberInfo, MembersList, Notes, Published, PullReport, SearchResults, SimilarImages,
    StatusChange, SubmissionsPage, SyncReport, WorkDetail, WorksPage,
};
use caravan_core::Error;
use caravan_domain::{MediaId, WorkId};
use caravan_i18n::{FluentValue, Localizer};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

/// What a command produced.
#[derive(Debug)]
pub enum Reply {
    Demo(DemoTotals),
    Edition(Edition),
    Editions(Vec<Edition>),
    Works(WorksPage),
    Work(WorkDetail),
    Media(MediaInfo),
    MediaList(Vec<MediaInfo>),
    Removed(MediaId),
    Similar(Vec<SimilarImages>),
    Import(ImportReport),
    IdCheck(IdCheckResult),
    Search(SearchResults),
    Duplicates(DuplicatePairs),
    Dismissed(WorkId, WorkId),
    Exported(ExportResult),
    Submissions(SubmissionsPage),
    Stats(EditionStats),
    StatusChange(StatusChange),
    Identity(IdentityInfo),
    CardWritten(CardWritten),
    CardImported(CardImported),
    Members(MembersList),
    Member(MemberInfo),
    Points(ExchangePoints),
    Composed(Composed),
    Notes(Notes),
    Published(Published),
    Pulled(PullReport),
    Synced(SyncReport),
    Recommended(Box<caravan_core::api::Recommendation>),
    Recommendations(caravan_core::api::Recommendations),
    Rights(caravan_core::api::ScreeningRights),
    Catalogue(caravan_core::api::Catalogue),
    CataloguePublished(caravan_core::api::CataloguePublished),
    Alliance(caravan_core::api::AllianceInfo),
    Alliances(caravan_core::api::Alliances),
    RegistryPublished(caravan_core::api::RegistryPublished),
    Application(Box<caravan_core::api::Application>),
    Applications(caravan_core::api::Applications),
    Rubric(Box<caravan_core::api::Rubric>),
    Juror(caravan_core::api::JurorInfo),
    ConflictAdded(
        Box<caravan_core::api::ConflictRequest>,
        caravan_core::api::Conflicts,
    ),
    Conflicts(caravan_core::api::Conflicts),
    Assigned(caravan_core::api::AssignReport),
    Assignment(caravan_core::api::AssignmentInfo),
    Scored(Box<caravan_core::api::ScoreRequest>),
    ScoresImported(caravan_core::api::ScoresImported),
    JuryResults(caravan_core::api::JuryResults),
    PacketWritten(caravan_core::api::PacketWritten),
    PacketOpened(caravan_core::api::PacketOpened),
    SheetWritten(caravan_core::api::SheetWritten),
    SheetMerged(caravan_core::api::SheetMerged),
    Award(Box<caravan_core::api::AwardInfo>),
    Awards(caravan_core::api::Awards),
    Voted(Box<caravan_core::api::VoteRequest>),
    Tally(caravan_core::api::TallyInfo),
    Screener(caravan_domain::WorkId, String),
    Preview(caravan_core::api::TablePreview),
    Mappings(caravan_core::api::MappingList),
    Mapping(caravan_core::api::MappingInfo),
    Aliases(caravan_core::api::AliasList),
    AliasSet(caravan_core::api::AliasSet),
    Unresolved(caravan_core::api::UnresolvedList),
}

impl Reply {
    /// Whether the command did its work only in part: a pull that refused an envelope,
    /// a sync that could not reach a point. The exit status then says so.
    fn partial(&self) -> bool {
        match self {
            Reply::Pulled(r) => !r.refused.is_empty(),
            Reply::Synced(s) => s
                .points
                .iter()
                .any(|p| p.error.is_some() || !p.pull.refused.is_empty()),
            _ => false,
        }
    }
}

/// An identity as scripts read it: the QR code is the window's.
fn identity_json(i: &IdentityInfo) -> serde_json::Value {
    serde_json::json!({
        "fingerprint": i.fingerprint, "name": i.name, "member": i.member, "country": i.country,
        "languages": i.languages, "sealed_in": i.sealed_in,
    })
}

fn sync_json(s: &SyncReport) -> serde_json::Value {
    let refused: Vec<_> = s
        .points
        .iter()
        .flat_map(|p| p.pull.refused.iter())
        .collect();
    serde_json::json!({
        "published": s.points.iter().map(|p| p.published).sum::<u64>(),
        "applied": s.points.iter().map(|p| p.pull.applied).sum::<u64>(),
        "skipped": s.points.iter().map(|p| p.pull.skipped).sum::<u64>(),
        "refused": refused,
        "points": s.points,
    })
}

/// The interface language, its messages read only when something is to be said in it:
/// a command that answers in JSON and succeeds never parses a Fluent file.
#[derive(Debug)]
pub struct Messages {
    locale: &'static str,
    loaded: std::cell::OnceCell<Localizer>,
}

impl Messages {
    pub fn new(locale: &'static str) -> Self {
        Messages {
            locale,
            loaded: std::cell::OnceCell::new(),
        }
    }

    pub fn get(&self) -> &Localizer {
        self.loaded.get_or_init(|| {
            let mut l10n = Localizer::for_locale(self.locale);
            // A terminal shows Unicode isolation marks as stray glyphs.
            l10n.set_isolating(false);
            l10n
        })
    }
}

/// Prints results and errors in the chosen form and language.
pub struct Report<'a> {
    json: bool,
    messages: &'a Messages,
}

#[derive(Serialize)]
struct ErrorDocument<'a> {
    error: &'a ErrorPayload,
}

fn print_stdout(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`caravan works list | head`) is not a failure of the command.
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    ExitCode::SUCCESS
}

/// A unit variant's serde name (`kebab-case`), for message ids.
fn serde_plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn json_text<T: Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}

impl<'a> Report<'a> {
    pub fn new(json: bool, messages: &'a Messages) -> Self {
        Report { json, messages }
    }

    fn tr(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.messages.get().tr_with(id, args.iter().cloned())
    }

    fn fail(&self, payload: ErrorPayload, status: u8) -> ExitCode {
        if self.json {
            print_stdout(&json_text(&ErrorDocument { error: &payload }));
        } else {
            let prefix = self.tr("cli--error-prefix", &[]);
            eprintln!("{prefix} {} [{}]", payload.message, payload.code);
            if let Some(rows) = payload
                .details
                .as_ref()
                .and_then(|d| d.get("rejected"))
                .and_then(|r| r.as_array())
            {
                for row in rows {
                    let text = |k: &str| row.get(k).and_then(|v| v.as_str()).unwrap_or("");
                    eprintln!("  {} [{}]", text("message"), text("code"));
                }
            }
        }
        ExitCode::from(status)
    }

    pub fn error(&self, e: &Error) -> ExitCode {
        self.fail(e.to_payload(self.messages.get()), 1)
    }

    /// A command line that does not parse; `--help` and `--version` are answered here too.
    pub fn usage(&self, e: clap::Error) -> ExitCode {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        match e.kind() {
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            _ => {}
        }
        let context = |kind| match e.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Strings(v)) => v.first().cloned(),
            _ => None,
        };
        let arg = || context(ContextKind::InvalidArg).unwrap_or_default();
        let (code, args): (&str, Vec<(&str, String)>) = match e.kind() {
            ErrorKind::InvalidSubcommand => (
                "cli-unknown-command",
                vec![(
                    "command",
                    context(ContextKind::InvalidSubcommand).unwrap_or_default(),
                )],
            ),
            ErrorKind::UnknownArgument => ("cli-unknown-argument", vec![("argument", arg())]),
            ErrorKind::MissingRequiredArgument => {
                ("cli-missing-argument", vec![("argument", arg())])
            }
            ErrorKind::ValueValidation | ErrorKind::InvalidValue => (
                "cli-invalid-value",
                vec![
                    ("argument", arg()),
                    (
                        "value",
                        context(ContextKind::InvalidValue).unwrap_or_default(),
                    ),
                ],
            ),
            _ => {
                // clap's own explanation, in English, inside a localised sentence.
                let rendered = e.render().to_string();
                let detail = rendered
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("error: ");
                ("cli-usage", vec![("detail", detail.to_owned())])
            }
        };
        let payload = ErrorPayload {
            code: code.to_owned(),
            message: self.messages.get().tr_with(&format!("error--{code}"), args),
            details: None,
        };
        self.fail(payload, 2)
    }

    pub fn success(&self, reply: Reply) -> ExitCode {
        let status = if reply.partial() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
        if self.json {
            print_stdout(&match &reply {
                Reply::Demo(t) => json_text(t),
                Reply::Edition(e) => json_text(&serde_json::json!({ "edition": e })),
                Reply::Editions(list) => json_text(&serde_json::json!({ "editions": list })),
                Reply::Works(page) => json_text(page),
                Reply::Work(w) => json_text(w),
                Reply::Media(m) => json_text(&serde_json::json!({ "media": m })),
                Reply::MediaList(list) => json_text(&serde_json::json!({ "media": list })),
                Reply::Removed(id) => json_text(&serde_json::json!({ "removed": id })),
                Reply::Similar(pairs) => json_text(&serde_json::json!({ "pairs": pairs })),
                Reply::Import(r) => json_text(r),
                Reply::Preview(p) => json_text(p),
                Reply::Mappings(m) => json_text(m),
                Reply::Mapping(m) => json_text(&serde_json::json!({ "mapping": m })),
                Reply::Aliases(a) => json_text(a),
                Reply::AliasSet(a) => json_text(a),
                Reply::Unresolved(u) => json_text(u),
                Reply::IdCheck(c) => json_text(c),
                Reply::Search(r) => json_text(r),
                Reply::Duplicates(d) => json_text(d),
                Reply::Dismissed(a, b) => {
                    json_text(&serde_json::json!({ "dismissed": { "a": a, "b": b } }))
                }
                Reply::Exported(e) => json_text(e),
                Reply::Submissions(page) => json_text(page),
                Reply::Stats(s) => json_text(s),
                Reply::StatusChange(c) => json_text(c),
                Reply::Identity(i) => json_text(&identity_json(i)),
                Reply::CardWritten(c) => json_text(c),
                Reply::CardImported(c) => json_text(&serde_json::json!({
                    "member": c.member, "rotated": c.rotated,
                })),
                Reply::Members(m) => json_text(m),
                Reply::Member(m) => json_text(&serde_json::json!({ "member": m })),
                Reply::Points(p) => json_text(p),
                Reply::Composed(c) => json_text(&serde_json::json!({ "envelope": c })),
                Reply::Notes(n) => json_text(n),
                Reply::Published(p) => json_text(p),
                Reply::Pulled(r) => json_text(r),
                Reply::Synced(s) => json_text(&sync_json(s)),
                Reply::Recommended(r) => json_text(&serde_json::json!({
                    "recommendation": r, "warnings": r.warnings,
                })),
                Reply::Recommendations(r) => json_text(r),
                Reply::Rights(r) => json_text(r),
                Reply::Catalogue(c) => json_text(c),
                Reply::CataloguePublished(c) => json_text(&serde_json::json!({ "catalogue": c })),
                Reply::Alliance(a) => json_text(&serde_json::json!({ "alliance": a })),
                Reply::Alliances(a) => json_text(a),
                Reply::RegistryPublished(r) => json_text(&serde_json::json!({ "registry": r })),
                Reply::Application(a) => json_text(&serde_json::json!({ "application": a })),
                Reply::Applications(a) => json_text(a),
                Reply::Rubric(r) => json_text(&serde_json::json!({ "rubric": r })),
                Reply::Juror(j) => json_text(&serde_json::json!({ "juror": j })),
                Reply::ConflictAdded(c, all) => json_text(&serde_json::json!({
                    "conflict": c, "conflicts": all.conflicts,
                })),
                Reply::Conflicts(c) => json_text(c),
                Reply::Assigned(a) => json_text(a),
                Reply::Assignment(a) => json_text(&serde_json::json!({ "assignment": a })),
                Reply::Scored(s) => json_text(&serde_json::json!({ "score": s })),
                Reply::ScoresImported(s) => json_text(s),
                Reply::JuryResults(r) => json_text(r),
                Reply::PacketWritten(p) => json_text(&serde_json::json!({ "packet": p })),
                Reply::PacketOpened(p) => json_text(&serde_json::json!({ "packet": p })),
                Reply::SheetWritten(s) => json_text(&serde_json::json!({ "sheet": s })),
                Reply::SheetMerged(s) => json_text(&serde_json::json!({ "sheet": s })),
                Reply::Award(a) => json_text(&serde_json::json!({ "award": a })),
                Reply::Awards(a) => json_text(a),
                Reply::Voted(v) => json_text(&serde_json::json!({ "vote": v })),
                Reply::Tally(t) => json_text(&serde_json::json!({ "tally": t })),
                Reply::Screener(w, p) => {
                    json_text(&serde_json::json!({ "screener": { "work_id": w, "file": p } }))
                }
            });
        } else {
            print_stdout(&self.text(&reply));
        }
        status
    }

    fn text(&self, reply: &Reply) -> String {
        let mut out = String::new();
        match reply {
            Reply::Demo(t) => {
                out += &self.tr(
                    "cli--demo-done",
                    &[
                        ("alliances", t.alliances.into()),
                        ("members", t.members.into()),
                        ("editions", t.editions.into()),
                        ("works", t.works.into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Edition(e) => {
                out += &self.tr("cli--edition-added", &[("slug", e.slug.as_str().into())]);
                out.push('\n');
                out += &self.edition_line(e);
            }
            Reply::Editions(list) => {
                if list.is_empty() {
                    out += &self.tr("cli--editions-none", &[]);
                    out.push('\n');
                }
                for e in list {
                    out += &self.edition_line(e);
                }
            }
            Reply::Works(page) => {
                let shown = page.works.len() as u64;
                out += &self.tr(
                    "cli--works-page",
                    &[
                        (
                            "from",
                            (if shown == 0 { 0 } else { page.offset + 1 }).into(),
                        ),
                        ("to", (page.offset + shown).into()),
                        ("total", page.total.into()),
                    ],
                );
                out.push('\n');
                for w in &page.works {
                    let kind = self.tr(&format!("kind--{}", w.kind.as_str()), &[]);
                    let year = w.year.map(|y| y.to_string()).unwrap_or_default();
                    out += &format!("{:>7}  {kind:<6} {year:>4}  {}", w.id, w.title);
                    if w.title != w.original_title {
                        out += &format!("  ({})", w.original_title);
                    }
                    out.push('\n');
                }
            }
            Reply::Work(w) => out += &self.work_text(w),
            Reply::Media(m) => out += &self.media_text(m),
            Reply::MediaList(list) => {
                if list.is_empty() {
                    out += &self.tr("cli--media-none", &[]);
                    out.push('\n');
                }
                for m in list {
                    out += &self.media_text(m);
                }
            }
            Reply::Removed(id) => {
                out += &self.tr("cli--media-removed", &[("id", id.get().into())]);
                out.push('\n');
            }
            Reply::Import(r) => out += &self.import_text(r),
            Reply::Preview(p) => {
                if let Some(e) = &p.encoding {
                    out += &self.tr("cli--preview-encoding", &[("encoding", e.as_str().into())]);
                    out.push('\n');
                }
                let target = |h: &str| {
                    p.guess
                        .columns
                        .iter()
                        .find(|c| c.header == h)
                        .map_or("-", |c| c.target.as_str())
                        .to_owned()
                };
                for (i, h) in p.headers.iter().enumerate() {
                    let first = p
                        .rows
                        .first()
                        .and_then(|r| r.get(i))
                        .map_or("", |v| v.as_str());
                    out += &format!("{:<28} {:<18} {first}\n", h, target(h));
                }
            }
            Reply::Mappings(m) => {
                for mapping in &m.mappings {
                    out += &format!("{}  ({})\n", mapping.name, mapping.columns.len());
                }
            }
            Reply::Mapping(m) => {
                out += &format!("{}\n", m.name);
                for c in &m.columns {
                    out += &format!("  {:<28} {}\n", c.header, c.target);
                }
            }
            Reply::Aliases(a) => {
                for alias in &a.aliases {
                    out += &format!(
                        "{:<9} {:<28} {}\n",
                        alias.vocabulary, alias.name, alias.code
                    );
                }
            }
            Reply::AliasSet(a) => {
                out += &self.tr(
                    "cli--alias-set",
                    &[
                        ("name", a.alias.name.as_str().into()),
                        ("code", a.alias.code.as_str().into()),
                        ("works", a.resolved.into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Unresolved(u) => {
                for v in &u.values {
                    out += &format!(
                        "{:<9} {:<28} {:>6}  {}\n",
                        v.vocabulary,
                        v.value,
                        v.works,
                        v.suggestion.as_deref().unwrap_or("")
                    );
                }
            }
            Reply::IdCheck(c) => {
                let kind = c.kind.as_str().to_uppercase();
                let verdict = if c.valid {
                    self.tr("cli--id-valid", &[("kind", kind.as_str().into())])
                } else {
                    c.reason.clone().unwrap_or_default()
                };
                out += &format!("{}\n", c.canonical.as_deref().unwrap_or("-"));
                out += &format!("{verdict}\n");
            }
            Reply::Search(r) => {
                if r.hits.is_empty() {
                    out += &self.tr("cli--search-none", &[]);
                    out.push('\n');
                }
                for h in &r.hits {
                    out += &format!("{:>7}  {:>8.2}  {}\n", h.work_id, h.score, h.title);
                }
            }
            Reply::Duplicates(d) => {
                if d.pairs.is_empty() {
                    out += &self.tr("cli--duplicates-none", &[]);
                    out.push('\n');
                }
                for p in &d.pairs {
                    let reasons: Vec<String> = p
                        .reasons
                        .iter()
                        .map(|r| self.tr(&format!("duplicate-reason--{}", r.as_str()), &[]))
                        .collect();
                    out += &format!(
                        "{:>7} {:>7}  {:.2}  {} | {}  ({})\n",
                        p.a,
                        p.b,
                        p.score,
                        p.a_title,
                        p.b_title,
                        reasons.join(", ")
                    );
                }
            }
            Reply::Dismissed(a, b) => {
                out += &self.tr(
                    "cli--duplicates-dismissed",
                    &[("a", a.get().into()), ("b", b.get().into())],
                );
                out.push('\n');
            }
            Reply::Exported(e) => {
                out += &self.tr(
                    "cli--exported",
                    &[
                        ("count", e.written.into()),
                        ("path", e.path.as_str().into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Submissions(page) => {
                out += &self.tr(
                    "cli--submissions-page",
                    &[
                        ("shown", (page.submissions.len() as u64).into()),
                        ("total", page.total.into()),
                    ],
                );
                out.push('\n');
                for s in &page.submissions {
                    let status = self.tr(&format!("status--{}", s.status.as_str()), &[]);
                    out += &format!(
                        "{:>7} {:>7}  {:<24} {:<18} {}\n",
                        s.id, s.work_id, s.section, status, s.title
                    );
                }
            }
            Reply::Stats(st) => {
                out += &self.tr("cli--stats-total", &[("count", st.total.into())]);
                out.push('\n');
                for (heading, list) in [
                    ("cli--stats-by-country", &st.by_country),
                    ("cli--stats-by-language", &st.by_language),
                    ("cli--stats-by-genre", &st.by_genre),
                    ("cli--stats-by-status", &st.by_status),
                ] {
                    out += &format!("{}\n", self.tr(heading, &[]));
                    for t in list {
                        out += &format!("  {:<24} {:>6}\n", t.key, t.count);
                    }
                }
            }
            Reply::StatusChange(c) => {
                out += &self.tr(
                    "cli--status-changed",
                    &[
                        ("count", c.changed.into()),
                        ("change", c.change.get().into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Identity(i) => out += &self.identity_text(i),
            Reply::CardWritten(c) => {
                out += &self.tr(
                    "cli--card-written",
                    &[
                        ("path", c.path.as_str().into()),
                        ("fingerprint", c.fingerprint.as_str().into()),
                    ],
                );
                out.push('\n');
            }
            Reply::CardImported(c) => {
                out += &self.tr(
                    if c.rotated {
                        "cli--card-rotated"
                    } else {
                        "cli--card-imported"
                    },
                    &[("member", c.member.slug.as_str().into())],
                );
                out.push('\n');
                out += &self.member_text(&c.member);
                out += &format!("{}\n", self.tr("cli--card-compare", &[]));
            }
            Reply::Members(list) => {
                if list.members.is_empty() {
                    out += &self.tr("cli--members-none", &[]);
                    out.push('\n');
                }
                for m in &list.members {
                    out += &self.member_text(m);
                }
            }
            Reply::Member(m) => out += &self.member_text(m),
            Reply::Points(p) => {
                if p.points.is_empty() {
                    out += &self.tr("cli--points-none", &[]);
                    out.push('\n');
                }
                for point in &p.points {
                    out += &format!(
                        "{:>4}  {}  {}\n",
                        point.id,
                        point.location,
                        point.name.as_deref().unwrap_or("")
                    );
                }
            }
            Reply::Composed(c) => {
                out += &self.tr(
                    "cli--note-queued",
                    &[("seq", c.seq.into()), ("to", c.to.join(", ").into())],
                );
                out.push('\n');
            }
            Reply::Notes(n) => {
                if n.notes.is_empty() {
                    out += &self.tr("cli--notes-none", &[]);
                    out.push('\n');
                }
                for note in &n.notes {
                    let from = note
                        .sender_name
                        .clone()
                        .or_else(|| note.sender_member.clone())
                        .unwrap_or_else(|| note.sender.clone());
                    out += &format!("[{from}] {}\n", note.text);
                    for a in &note.attachments {
                        out += &format!("    {}  ({} B)\n", a.name, a.bytes);
                    }
                }
            }
            Reply::Published(p) => {
                out += &self.tr(
                    "cli--published",
                    &[
                        ("count", p.published.into()),
                        ("location", p.location.as_str().into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Pulled(r) => out += &self.pull_text(r),
            Reply::Synced(s) => {
                for p in &s.points {
                    out += &format!("{}\n", p.location);
                    if p.published > 0 {
                        out += &format!(
                            "  {}\n",
                            self.tr(
                                "cli--published",
                                &[
                                    ("count", p.published.into()),
                                    ("location", p.location.as_str().into())
                                ],
                            )
                        );
                    }
                    for line in self.pull_text(&p.pull).lines() {
                        out += &format!("  {line}\n");
                    }
                    if let Some(e) = &p.error {
                        out += &format!(
                            "  {} {} [{}]\n",
                            self.tr("cli--error-prefix", &[]),
                            e.message,
                            e.code
                        );
                    }
                }
            }
            Reply::Recommended(r) => out += &self.recommendation_text(r),
            Reply::Recommendations(list) => {
                if list.recommendations.is_empty() {
                    out += &self.tr("cli--recommendations-none", &[]);
                    out.push('\n');
                }
                for r in &list.recommendations {
                    out += &self.recommendation_line(r);
                }
            }
            Reply::Rights(r) => {
                if r.rights.is_empty() {
                    out += &self.tr("cli--rights-none", &[]);
                    out.push('\n');
                }
                for right in &r.rights {
                    let window = match (&right.starts, &right.ends) {
                        (None, None) => String::new(),
                        (s, e) => format!(
                            "  {}–{}",
                            s.as_deref().unwrap_or(""),
                            e.as_deref().unwrap_or("")
                        ),
                    };
                    let mark = if right.excluded { "−" } else { "+" };
                    out += &format!("  {mark} {}{window}\n", right.territory);
                }
            }
            Reply::Catalogue(c) => {
                if c.entries.is_empty() {
                    out += &self.tr("cli--catalogue-none", &[]);
                    out.push('\n');
                }
                for e in &c.entries {
                    let year = e.year.map(|y| y.to_string()).unwrap_or_default();
                    out += &format!("{:>7}  {:<16} {year:>4}  {}\n", e.id, e.member, e.title);
                }
            }
            Reply::CataloguePublished(c) => {
                out += &self.tr(
                    "cli--catalogue-published",
                    &[("count", c.entries.into()), ("seq", c.seq.into())],
                );
                out.push('\n');
            }
            Reply::Alliance(a) => out += &self.alliance_text(a),
            Reply::Alliances(list) => {
                for a in &list.alliances {
                    out += &self.alliance_text(a);
                }
            }
            Reply::RegistryPublished(r) => {
                out += &self.tr(
                    "cli--registry-published",
                    &[
                        ("alliance", r.alliance.as_str().into()),
                        ("count", r.members.into()),
                        ("seq", r.seq.into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Application(a) => out += &self.application_text(a),
            Reply::Rubric(r) => {
                out += &self.tr(
                    "cli--rubric",
                    &[
                        ("section", r.section.as_str().into()),
                        ("round", r.round.into()),
                        ("entries", r.entries.into()),
                    ],
                );
                out.push('\n');
                for c in &r.criteria {
                    out += &format!(
                        "  {:<16} {}  [{}–{} / {}]  ×{}\n",
                        c.key,
                        self.in_locale(&c.labels),
                        c.min,
                        c.max,
                        c.step,
                        c.weight
                    );
                }
            }
            Reply::Juror(j) => {
                out += &format!("{}  {}  {}\n", j.email, j.name, j.languages.join(", "))
            }
            Reply::ConflictAdded(_, all) | Reply::Conflicts(all) => {
                if all.conflicts.is_empty() {
                    out += &self.tr("cli--conflicts-none", &[]);
                    out.push('\n');
                }
                for c in &all.conflicts {
                    out += &format!("  {:<28} {:>6}  {}\n", c.juror, c.work_id.get(), c.message);
                }
            }
            Reply::Assigned(a) => {
                out += &self.tr(
                    "cli--assigned",
                    &[
                        ("added", a.added.into()),
                        ("total", (a.assignments.len() as u64).into()),
                        ("uncovered", (a.uncovered.len() as u64).into()),
                    ],
                );
                out.push('\n');
                for u in &a.uncovered {
                    out += &format!("  {:>6}  {}\n", u.work_id.get(), u.message);
                }
            }
            Reply::Assignment(a) => {
                out += &format!("{}  {}  {}\n", a.juror, a.work_id.get(), a.source)
            }
            Reply::Scored(s) => {
                out += &format!(
                    "{}  {}  {} = {}\n",
                    s.juror,
                    s.work.get(),
                    s.criterion,
                    s.value
                )
            }
            Reply::ScoresImported(s) => {
                out += &self.tr(
                    "cli--scores-imported",
                    &[
                        ("imported", s.imported.into()),
                        ("updated", s.updated.into()),
                        ("unchanged", s.unchanged.into()),
                    ],
                );
                out.push('\n');
            }
            Reply::PacketWritten(p) => {
                out += &self.tr(
                    "cli--packet-written",
                    &[
                        ("juror", p.juror.as_str().into()),
                        ("entries", p.entries.into()),
                        ("path", p.path.as_str().into()),
                    ],
                );
                out.push('\n');
            }
            Reply::PacketOpened(p) => {
                out += &self.tr(
                    "cli--packet-opened",
                    &[
                        ("chair", p.chair.as_str().into()),
                        ("entries", p.entries.into()),
                    ],
                );
                out.push('\n');
            }
            Reply::SheetWritten(s) => {
                out += &self.tr(
                    "cli--sheet-written",
                    &[
                        ("scores", s.scores.into()),
                        ("path", s.path.as_str().into()),
                    ],
                );
                out.push('\n');
            }
            Reply::SheetMerged(s) => {
                out += &self.tr(
                    if s.already {
                        "cli--sheet-already"
                    } else {
                        "cli--sheet-merged"
                    },
                    &[
                        ("juror", s.juror.as_str().into()),
                        ("scores", s.scores.into()),
                        ("applied", s.applied.into()),
                    ],
                );
                out.push('\n');
            }
            Reply::Award(a) => out += &self.award_text(a),
            Reply::Awards(list) => {
                for a in &list.awards {
                    out += &self.award_text(a);
                }
            }
            Reply::Screener(w, p) => out += &format!("{}  {p}\n", w.get()),
            Reply::Voted(v) => out += &format!("{}  {}  {}\n", v.award, v.voter, v.work.get()),
            Reply::Tally(t) => {
                for c in &t.counts {
                    out += &format!("{:>4}  {:>6}  {}\n", c.votes, c.work_id.get(), c.title);
                }
                out += &match t.winner {
                    Some(w) => self.tr(
                        "cli--tally-winner",
                        &[("work", w.get().into()), ("cast", t.cast.into())],
                    ),
                    None => self.tr("cli--tally-undecided", &[("cast", t.cast.into())]),
                };
                out.push('\n');
            }
            Reply::JuryResults(r) => {
                let f = |x: Option<f64>| x.map_or("—".to_owned(), |v| format!("{v:.2}"));
                for e in &r.entries {
                    out += &format!(
                        "{:>3}  {:>6}  {:<40}  n={}  {}  {}{}\n",
                        e.schulze_rank,
                        e.work_id.get(),
                        e.title,
                        e.count,
                        f(e.normalized_mean),
                        f(e.mean),
                        if e.disagreement { "  ⚠" } else { "" }
                    );
                }
                out += &self.tr(
                    "cli--alpha",
                    &[("alpha", f(r.krippendorff_alpha.total).into())],
                );
                out.push('\n');
            }
            Reply::Applications(list) => {
                if list.applications.is_empty() {
                    out += &self.tr("cli--applications-none", &[]);
                    out.push('\n');
                }
                for a in &list.applications {
                    out += &self.application_text(a);
                }
            }
            Reply::Similar(pairs) => {
                if pairs.is_empty() {
                    out += &self.tr("cli--media-no-similar", &[]);
                    out.push('\n');
                }
                for p in pairs {
                    out += &self.tr(
                        "cli--media-similar-pair",
                        &[
                            ("a", p.a_work.get().into()),
                            ("b", p.b_work.get().into()),
                            ("distance", p.distance.into()),
                        ],
                    );
                    out.push('\n');
                }
            }
        }
        out
    }

    fn recommendation_line(&self, r: &caravan_core::api::Recommendation) -> String {
        let state = self.tr(&format!("recommendation-state--{}", r.state.as_str()), &[]);
        let kind = self.tr(&format!("recommendation-kind--{}", r.kind.as_str()), &[]);
        let arrow = match r.direction {
            caravan_core::api::RecommendationDirection::Outgoing => {
                format!("→ {}", r.to.join(", "))
            }
            caravan_core::api::RecommendationDirection::Incoming => format!("← {}", r.from),
        };
        format!("{:>5}  {kind:<8} {state:<12} {arrow}  {}\n", r.id, r.title)
    }

    fn recommendation_text(&self, r: &caravan_core::api::Recommendation) -> String {
        let mut out = self.recommendation_line(r);
        if let Some(n) = &r.note {
            out += &format!("      {n}\n");
        }
        for s in &r.recipients {
            let state = self.tr(&format!("recommendation-state--{}", s.state.as_str()), &[]);
            out += &format!("      {}: {state}", s.member);
            if let Some(reason) = &s.reason {
                out += &format!(" ({reason})");
            }
            if let (Some(e), Some(sec)) = (&s.edition, &s.section) {
                out += &format!(" [{e} / {sec}]");
            }
            out.push('\n');
        }
        for w in &r.warnings {
            out += &format!("  {} [{}]\n", w.message, w.code);
        }
        out
    }

    fn identity_text(&self, i: &IdentityInfo) -> String {
        let mut out = format!("{}  ({})\n", i.name, i.member);
        out += &format!(
            "  {}: {}\n",
            self.tr("cli--fingerprint", &[]),
            i.fingerprint
        );
        if let Some(c) = &i.country {
            out += &format!("  {}: {c}\n", self.tr("work--countries", &[]));
        }
        if !i.languages.is_empty() {
            out += &format!(
                "  {}: {}\n",
                self.tr("work--languages", &[]),
                i.languages.join(", ")
            );
        }
        out += &format!(
            "  {}\n",
            self.tr(
                &format!("cli--sealed-in-{}", serde_plain(&i.sealed_in)),
                &[]
            )
        );
        out
    }

    /// A text in the interface language, else the first there is.
    fn in_locale<'t>(&self, texts: &'t [caravan_core::api::LangText]) -> &'t str {
        caravan_domain::pick_text(self.messages.locale, texts, |t| t.lang.as_str(), |_| false)
            .or(texts.first())
            .map(|t| t.text.as_str())
            .unwrap_or("")
    }

    fn award_text(&self, a: &caravan_core::api::AwardInfo) -> String {
        let mut out = format!("{:<20} {}\n", a.key, self.in_locale(&a.labels));
        for w in &a.winners {
            out += &format!(
                "    {}\n",
                self.tr(
                    "cli--award-winner",
                    &[
                        ("title", w.title.as_str().into()),
                        ("round", w.round.into()),
                        ("votes", w.votes.into()),
                        ("cast", w.cast.into()),
                    ],
                )
            );
        }
        out
    }

    fn alliance_text(&self, a: &caravan_core::api::AllianceInfo) -> String {
        let mut out = format!("{:<20} {}\n", a.slug, a.name);
        out += &format!(
            "    {}\n",
            self.tr(
                "cli--alliance-members",
                &[
                    ("count", a.members.into()),
                    (
                        "secretariat",
                        a.secretariat.as_deref().unwrap_or("-").into()
                    ),
                ],
            )
        );
        for t in &a.tiers {
            out += &format!(
                "    {} {:<14} {}\n",
                self.tr("cli--alliance-tier", &[]),
                t.key,
                self.in_locale(&t.labels)
            );
        }
        for c in &a.criteria {
            out += &format!(
                "    {} {:<14} {}\n",
                self.tr("cli--alliance-criterion", &[]),
                c.key,
                self.in_locale(&c.texts)
            );
        }
        out
    }

    fn application_text(&self, a: &caravan_core::api::Application) -> String {
        let state = self.tr(&format!("application-state--{}", a.state.as_str()), &[]);
        let mut out = format!(
            "{:>4}  {:<16} {:<3} {}  [{state}]  {}\n",
            a.id, a.slug, a.country, a.name, a.alliance
        );
        for e in &a.evidence {
            out += &format!("      {}: {}\n", e.criterion, e.text);
        }
        for k in &a.missing {
            out += &format!(
                "      {}\n",
                self.tr(
                    "cli--application-missing",
                    &[("criterion", k.as_str().into())]
                )
            );
        }
        for s in &a.sponsors {
            out += &format!(
                "      {}\n",
                self.tr(
                    "cli--application-sponsor",
                    &[("member", s.member.as_str().into())]
                )
            );
        }
        if let Some(d) = &a.decision {
            out += &format!(
                "      {}\n",
                self.tr(
                    "cli--application-decision",
                    &[
                        ("on", d.on.as_str().into()),
                        ("for", d.votes_for.into()),
                        ("against", d.votes_against.into()),
                        ("abstain", d.votes_abstain.into()),
                    ],
                )
            );
        }
        out
    }

    fn member_text(&self, m: &MemberInfo) -> String {
        let trust = match m.trust {
            Some(t) => self.tr(&format!("trust--{}", serde_plain(&t)), &[]),
            None => self.tr("trust--no-card", &[]),
        };
        let mut out = format!(
            "  {:<16} {:<3} {}  [{trust}]\n",
            m.slug,
            m.country.as_deref().unwrap_or(""),
            m.name
        );
        for ms in &m.memberships {
            let tier = ms
                .tier
                .as_deref()
                .map(|t| match caravan_domain::Tier::parse(t) {
                    Ok(_) => self.tr(&format!("tier--{t}"), &[]),
                    Err(_) => t.to_owned(),
                })
                .unwrap_or_default();
            out += &format!(
                "      {}  {tier}  {}\n",
                ms.alliance,
                ms.joined.as_deref().unwrap_or("")
            );
        }
        if let Some(f) = &m.fingerprint {
            out += &format!("      {f}\n");
        }
        out
    }

    fn pull_text(&self, r: &PullReport) -> String {
        let mut out = self.tr(
            "cli--pulled",
            &[
                ("applied", r.applied.into()),
                ("skipped", r.skipped.into()),
                ("refused", (r.refused.len() as u64).into()),
            ],
        );
        out.push('\n');
        for refusal in &r.refused {
            out += &format!(
                "  {} #{}: {} [{}]\n",
                refusal.sender, refusal.seq, refusal.message, refusal.code
            );
        }
        out
    }

    fn import_text(&self, r: &ImportReport) -> String {
        let mut out = self.tr(
            if r.dry_run {
                "cli--import-dry-run"
            } else {
                "cli--import-done"
            },
            &[
                ("imported", r.imported.into()),
                ("updated", r.updated.into()),
                ("unchanged", r.unchanged.into()),
                ("rejected", r.rejected_total.into()),
            ],
        );
        out.push('\n');
        if let Some(e) = &r.encoding {
            if e != "UTF-8" {
                out += &self.tr("cli--preview-encoding", &[("encoding", e.as_str().into())]);
                out.push('\n');
            }
        }
        for row in &r.rejected {
            out += &format!("  {} [{}]\n", row.message, row.code);
        }
        for w in &r.warnings {
            out += &format!("  {} [{}]\n", w.message, w.code);
        }
        for s in &r.skipped {
            out += &self.tr(
                "cli--import-skipped",
                &[("kind", s.kind.as_str().into()), ("count", s.count.into())],
            );
            out.push('\n');
        }
        out
    }

    fn media_text(&self, m: &MediaInfo) -> String {
        let kind = self.tr(&format!("media-kind--{}", m.kind.as_str()), &[]);
        let mut out = format!(
            "{:>6}  {kind:<8} {}×{} {}  {}\n",
            m.id,
            m.width,
            m.height,
            m.format,
            m.file_name.as_deref().unwrap_or(&m.sha256)
        );
        out += &format!("        {}\n", m.path);
        for t in &m.thumbnails {
            out += &format!(
                "        {:>4}  {}×{} {}  {}\n",
                t.size, t.width, t.height, t.format, t.path
            );
        }
        out
    }

    fn edition_line(&self, e: &Edition) -> String {
        let sections: Vec<&str> = e.sections.iter().map(|s| s.slug.as_str()).collect();
        let year = e.year.map(|y| y.to_string()).unwrap_or_default();
        format!(
            "  {}  {year:>4}  {}  [{}]\n",
            e.slug,
            e.name,
            sections.join(", ")
        )
    }

    fn work_text(&self, w: &WorkDetail) -> String {
        let mut out = format!("{}  (#{})\n", w.title, w.id);
        let kind = self.tr(&format!("kind--{}", w.kind.as_str()), &[]);
        out += &format!("  {}: {kind}\n", self.tr("work--kind", &[]));
        if let Some(y) = w.year {
            out += &format!("  {}: {y}\n", self.tr("work--year", &[]));
        }
        if let Some(s) = w.runtime_seconds {
            let runtime = format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
            out += &format!("  {}: {runtime}\n", self.tr("work--runtime", &[]));
        }
        if !w.countries.is_empty() {
            out += &format!(
                "  {}: {}\n",
                self.tr("work--countries", &[]),
                w.countries.join(", ")
            );
        }
        if !w.languages.is_empty() {
            out += &format!(
                "  {}: {}\n",
                self.tr("work--languages", &[]),
                w.languages.join(", ")
            );
        }
        for (heading, texts) in [("work--titles", &w.titles), ("work--synopses", &w.synopses)] {
            if texts.is_empty() {
                continue;
            }
            out += &format!("  {}:\n", self.tr(heading, &[]));
            for t in texts {
                let mark = if t.original {
                    format!("  ({})", self.tr("work--original", &[]))
                } else {
                    String::new()
                };
                out += &format!("    [{}] {}{mark}\n", t.lang, t.text);
            }
        }
        if !w.credits.is_empty() {
            out += &format!("  {}:\n", self.tr("work--credits", &[]));
            for c in &w.credits {
                out += &format!(
                    "    {}: {}\n",
                    self.tr(&format!("role--{}", c.role.as_str()), &[]),
                    c.name
                );
            }
        }
        if !w.identifiers.is_empty() {
            out += &format!("  {}:\n", self.tr("work--identifiers", &[]));
            for i in &w.identifiers {
                let kind = self.tr(&format!("identifier-kind--{}", i.kind.as_str()), &[]);
                out += &format!("    {kind}: {}\n", i.value);
            }
        }
        out
    }
}
