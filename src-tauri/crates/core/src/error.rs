//! The errors the API reports: a stable code for scripts and the window to act on, and a
//! message localised through Fluent (`locales/*/errors.ftl`, ids `error--<code>`).

use caravan_domain::DomainError;
use caravan_i18n::{I18nError, Localizer};
use caravan_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error(transparent)]
    Lang(#[from] I18nError),
    #[error("no work '{0}'")]
    WorkNotFound(String),
    #[error("'{reference}' names {count} works")]
    WorkAmbiguous { reference: String, count: usize },
    #[error("no edition '{0}'")]
    EditionNotFound(String),
    #[error("no section '{section}' in edition '{edition}'")]
    SectionNotFound { section: String, edition: String },
    #[error("the window's request could not be read: {0}")]
    RequestInvalid(String),
    #[error("no status change {0}")]
    StatusChangeNotFound(i64),
    #[error("status change {0} was already undone")]
    StatusChangeUndone(i64),
    #[error("a status change must set a status or a judging status")]
    StatusNothingToSet,
    #[error("no database path: the platform has no data folder; give --db or CARAVAN_DB")]
    NoDataDir,
    #[error("{file}: {source}")]
    Media {
        file: std::path::PathBuf,
        source: caravan_media::MediaError,
    },
    #[error("no image {0}")]
    MediaNotFound(i64),
    #[error(transparent)]
    ImportFile(#[from] caravan_intake::filmfreeway::FileError),
    #[error("{} rows rejected", .0.rejected_total)]
    ImportRejected(Box<crate::api::ImportReport>),
    #[error("{0}")]
    MappingInvalid(caravan_intake::table::MappingError),
    #[error("no column mapping named '{0}', and no such file")]
    MappingNotFound(String),
    #[error("the mapping '{0}' is built in and cannot be replaced")]
    MappingBuiltin(String),
    #[error("'{0}' is not an encoding")]
    EncodingUnknown(String),
    #[error("'{0}' is not a kind of value an alias can be given for")]
    AliasBadVocabulary(String),
    #[error("'{code}' is not a {vocabulary} code")]
    AliasBadCode { vocabulary: String, code: String },
    #[error("no {vocabulary} alias '{name}'")]
    AliasNotFound { vocabulary: String, name: String },
    #[error("{file}: {source}")]
    Ddex {
        file: std::path::PathBuf,
        source: caravan_intake::ddex::DdexError,
    },
    #[error("work '{work}' has no title in '{lang}'")]
    TitleNotFound { work: String, lang: String },
    #[error("the only title of work '{0}' cannot be removed")]
    TitleLast(String),
    #[error("a work cannot be merged with itself")]
    SameWork,
    #[error("no submission {0}")]
    SubmissionNotFound(i64),
    #[error("no judging label '{0}' in the submission's edition")]
    LabelNotFound(String),
    #[error("'{value}' is not a valid identifier ({})", .problem.as_str())]
    IdentifierInvalid {
        value: String,
        kind: caravan_domain::ids::IdKind,
        problem: caravan_domain::ids::IdProblem,
    },
    #[error("{value} already belongs to work {work}")]
    IdentifierTaken { value: String, work: i64 },
    #[error("{path}: {reason}")]
    Export {
        path: std::path::PathBuf,
        reason: String,
    },
    #[error("{path}: {reason}")]
    ReadFile {
        path: std::path::PathBuf,
        reason: String,
    },
    #[error(transparent)]
    Exchange(#[from] caravan_exchange::ExchangeError),
    #[error("this profile has no identity yet (identity init)")]
    IdentityMissing,
    #[error("this profile already has an identity")]
    IdentityExists,
    #[error("the keys are sealed with a passphrase and none was given (CARAVAN_PASSPHRASE)")]
    PassphraseNeeded,
    #[error("the keys are kept in the OS keychain, which does not answer")]
    KeychainUnavailable,
    #[error("the card of '{0}' is this profile's own")]
    CardIsOwn(String),
    #[error("no member '{0}'")]
    MemberNotFound(String),
    #[error("no card is held for member '{0}'")]
    MemberHasNoCard(String),
    #[error("the fingerprint given is not the one on the card of '{0}'")]
    FingerprintMismatch(String),
    #[error("no exchange point {0}")]
    PointNotFound(i64),
    #[error("no member's card is held to send to")]
    NoRecipients,
    #[error("no exchange point is set up (exchange points add)")]
    NoPoints,
    #[error("envelope {0} is missing from the stream")]
    EnvelopeMissing(u64),
    #[error("envelopes of kind '{0}' are not ones this Caravan reads")]
    EnvelopeUnknownKind(String),
    #[error("the key of member '{0}' was revoked")]
    MemberRevoked(String),
    #[error("no recommendation {0}")]
    RecommendationNotFound(i64),
    #[error("recommendation {0} is not one this profile sent to that member")]
    RecommendationUnknown(String),
    #[error("recommendation {0} arrived already")]
    RecommendationDuplicate(String),
    #[error("a recommendation cannot go from {from} to {to}")]
    RecommendationStateInvalid { from: String, to: String },
    #[error("the recommendation is not well formed ({0})")]
    RecommendationMalformed(String),
    #[error("a person needs a name in at least one script")]
    PersonNoName,
    #[error("accepting a work needs the edition it goes into")]
    EditionNeeded,
    #[error("'{0}' is not a date (YYYY-MM-DD)")]
    DateInvalid(String),
    #[error("no catalogue entry {0}")]
    CatalogueEntryNotFound(i64),
    #[error("no alliance '{0}'")]
    AllianceNotFound(String),
    #[error("a tier or joining date needs the alliance it is in")]
    AllianceNeeded,
    #[error("'{tier}' is not a tier of alliance '{alliance}'")]
    TierUnknown { alliance: String, tier: String },
    #[error("{what}: longer than {limit}")]
    TextTooLong { what: String, limit: usize },
    #[error("{what}: more than {limit} languages")]
    TooManyLanguages { what: String, limit: usize },
    #[error("'{value}' is not a {kind} contact")]
    ContactInvalid { kind: String, value: String },
    #[error(
        "member '{member}' is not the secretariat of alliance '{alliance}' ('{secretariat}' is)"
    )]
    RegistryNotSecretariat {
        alliance: String,
        member: String,
        secretariat: String,
    },
    #[error("the registry is not well formed ({0})")]
    RegistryMalformed(String),
    #[error("no application {0}")]
    ApplicationNotFound(i64),
    #[error("application {0} was decided already")]
    ApplicationDecided(i64),
    #[error("'{0}' has an open application already")]
    ApplicationExists(String),
    #[error("'{member}' is a member of alliance '{alliance}' already")]
    ApplicationMemberExists { member: String, alliance: String },
    #[error("'{criterion}' is not an admission criterion of alliance '{alliance}'")]
    CriterionUnknown { alliance: String, criterion: String },
    #[error("'{member}' is not a member of alliance '{alliance}'")]
    SponsorNotMember { member: String, alliance: String },
    #[error("admitting with {votes_for} votes for and {votes_against} against")]
    DecisionVotesContradict { votes_for: u32, votes_against: u32 },
    #[error("section '{0}' is in more than one edition: give --edition")]
    SectionAmbiguous(String),
    #[error("section '{section}' has no round {round}")]
    RoundNotFound { section: String, round: u32 },
    #[error("the first round takes no shortlist")]
    ShortlistFirstRound,
    #[error("no juror '{0}'")]
    JurorNotFound(String),
    #[error("no one named '{0}' is credited on any work")]
    PersonNotFound(String),
    #[error("{value} is not on the scale of '{criterion}' ({min} to {max} by {step})")]
    ScoreOffScale {
        criterion: String,
        value: f64,
        min: f64,
        max: f64,
        step: f64,
    },
    #[error("a scale runs from a minimum to a larger maximum by a positive step, with a positive weight")]
    ScaleInvalid {
        min: f64,
        max: f64,
        step: f64,
        weight: f64,
    },
    #[error("an entry needs at least one review")]
    ReviewsPerEntryZero,
    #[error("'{juror}' is not assigned work {work}")]
    NotAssigned { juror: String, work: i64 },
    #[error("the rubric has no criterion '{0}'")]
    RubricCriterionNotFound(String),
    #[error("the scores file cannot be read: {0}")]
    ScoresFile(String),
    #[error("'{0}' is not a number")]
    ScoreNotANumber(String),
    #[error("'{juror}' scores '{criterion}' of work {work} twice")]
    ScoreDuplicate {
        juror: String,
        work: i64,
        criterion: String,
    },
    #[error("scores refused")]
    ScoresRejected(Box<crate::api::ScoresImported>),
    #[error("round {round} of '{section}' has no rubric yet")]
    RubricEmpty { section: String, round: u32 },
    #[error("work {work} is not an entry of round {round} of '{section}'")]
    EntryNotInRound {
        work: i64,
        section: String,
        round: u32,
    },
    #[error("'{juror}' does not sit on the jury of '{section}'")]
    JurorNotOnJury { juror: String, section: String },
    #[error("'{juror}' has a conflict with work {work}")]
    ConflictedPair { juror: String, work: i64 },
    #[error("juror '{0}' has given no card")]
    JurorHasNoCard(String),
    #[error("juror '{0}' has no entries assigned")]
    JurorHasNoEntries(String),
    #[error("an envelope of kind '{0}' is not what was asked for")]
    PacketWrongKind(String),
    #[error("no jury packet was opened here")]
    NoPacket,
    #[error("the sheet is signed by a key no juror's card names")]
    SheetUnknownJuror,
    #[error("no award '{0}'")]
    AwardNotFound(String),
    #[error("award '{0}' was decided already")]
    AwardDecided(String),
    #[error("work {work} won another award already and cannot win '{award}'")]
    AwardWorkTaken { award: String, work: i64 },
    #[error("'{voter}' voted in round {round} already")]
    VoteDuplicate { voter: String, round: u32 },
    #[error("no one voted for '{award}' in round {round}")]
    BallotEmpty { award: String, round: u32 },
    #[error("'{0}' is not a video file a screener can be")]
    ScreenerNotVideo(String),
}

impl Error {
    /// The stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(e) => e.code(),
            Error::Domain(e) => e.code(),
            Error::Lang(e) => e.code(),
            Error::WorkNotFound(_) => "work-not-found",
            Error::WorkAmbiguous { .. } => "work-ambiguous",
            Error::EditionNotFound(_) => "edition-not-found",
            Error::SectionNotFound { .. } => "section-not-found",
            Error::RequestInvalid(_) => "request-invalid",
            Error::StatusChangeNotFound(_) => "status-change-not-found",
            Error::StatusChangeUndone(_) => "status-change-undone",
            Error::StatusNothingToSet => "status-nothing-to-set",
            Error::NoDataDir => "db-no-data-dir",
            Error::Media { source, .. } => source.code(),
            Error::MediaNotFound(_) => "media-not-found",
            Error::ImportFile(e) => e.code(),
            Error::ImportRejected(_) => "import-rejected",
            Error::MappingInvalid(e) => e.code(),
            Error::MappingNotFound(_) => "mapping-not-found",
            Error::MappingBuiltin(_) => "mapping-builtin",
            Error::EncodingUnknown(_) => "encoding-unknown",
            Error::AliasBadVocabulary(_) => "alias-bad-vocabulary",
            Error::AliasBadCode { .. } => "alias-bad-code",
            Error::AliasNotFound { .. } => "alias-not-found",
            Error::Ddex { source, .. } => source.code,
            Error::TitleNotFound { .. } => "title-not-found",
            Error::TitleLast(_) => "title-last",
            Error::SameWork => "duplicate-same-work",
            Error::SubmissionNotFound(_) => "submission-not-found",
            Error::LabelNotFound(_) => "label-not-found",
            Error::Export { .. } => "export-io",
            Error::IdentifierInvalid { .. } => "id-invalid",
            Error::IdentifierTaken { .. } => "id-taken",
            Error::ReadFile { .. } => "file-unreadable",
            Error::Exchange(e) => e.code(),
            Error::IdentityMissing => "identity-missing",
            Error::IdentityExists => "identity-exists",
            Error::PassphraseNeeded => "identity-passphrase-needed",
            Error::KeychainUnavailable => "identity-keychain-unavailable",
            Error::CardIsOwn(_) => "card-is-own",
            Error::MemberNotFound(_) => "member-not-found",
            Error::MemberHasNoCard(_) => "member-no-card",
            Error::FingerprintMismatch(_) => "fingerprint-mismatch",
            Error::PointNotFound(_) => "exchange-point-not-found",
            Error::NoRecipients => "exchange-no-recipients",
            Error::NoPoints => "exchange-no-points",
            Error::EnvelopeMissing(_) => "envelope-missing",
            Error::EnvelopeUnknownKind(_) => "envelope-unknown-kind",
            Error::MemberRevoked(_) => "member-revoked",
            Error::RecommendationNotFound(_) => "recommendation-not-found",
            Error::RecommendationUnknown(_) => "recommendation-unknown",
            Error::RecommendationDuplicate(_) => "recommendation-duplicate",
            Error::RecommendationStateInvalid { .. } => "recommendation-state-invalid",
            Error::RecommendationMalformed(_) => "recommendation-malformed",
            Error::PersonNoName => "person-no-name",
            Error::EditionNeeded => "recommendation-edition-needed",
            Error::DateInvalid(_) => "date-invalid",
            Error::CatalogueEntryNotFound(_) => "catalogue-entry-not-found",
            Error::AllianceNotFound(_) => "alliance-not-found",
            Error::AllianceNeeded => "alliance-needed",
            Error::TierUnknown { .. } => "tier-unknown",
            Error::TextTooLong { .. } => "text-too-long",
            Error::TooManyLanguages { .. } => "too-many-languages",
            Error::ContactInvalid { .. } => "contact-invalid",
            Error::RegistryNotSecretariat { .. } => "registry-not-secretariat",
            Error::RegistryMalformed(_) => "registry-malformed",
            Error::ApplicationNotFound(_) => "application-not-found",
            Error::ApplicationDecided(_) => "application-decided",
            Error::ApplicationExists(_) => "application-exists",
            Error::ApplicationMemberExists { .. } => "application-member-exists",
            Error::CriterionUnknown { .. } => "criterion-unknown",
            Error::SponsorNotMember { .. } => "sponsor-not-member",
            Error::DecisionVotesContradict { .. } => "decision-votes-contradict",
            Error::SectionAmbiguous(_) => "section-ambiguous",
            Error::RoundNotFound { .. } => "round-not-found",
            Error::ShortlistFirstRound => "shortlist-first-round",
            Error::JurorNotFound(_) => "juror-not-found",
            Error::PersonNotFound(_) => "person-not-found",
            Error::ScoreOffScale { .. } => "score-off-scale",
            Error::ScaleInvalid { .. } => "scale-invalid",
            Error::ReviewsPerEntryZero => "reviews-per-entry-zero",
            Error::NotAssigned { .. } => "not-assigned",
            Error::RubricCriterionNotFound(_) => "criterion-not-found",
            Error::ScoresFile(_) => "scores-file-invalid",
            Error::ScoreNotANumber(_) => "score-not-a-number",
            Error::ScoreDuplicate { .. } => "score-duplicate",
            Error::ScoresRejected(_) => "scores-rejected",
            Error::RubricEmpty { .. } => "rubric-empty",
            Error::EntryNotInRound { .. } => "entry-not-in-round",
            Error::JurorNotOnJury { .. } => "juror-not-on-jury",
            Error::ConflictedPair { .. } => "conflicted-pair",
            Error::JurorHasNoCard(_) => "juror-no-card",
            Error::JurorHasNoEntries(_) => "juror-no-entries",
            Error::PacketWrongKind(_) => "packet-wrong-kind",
            Error::NoPacket => "no-packet",
            Error::SheetUnknownJuror => "sheet-unknown-juror",
            Error::AwardNotFound(_) => "award-not-found",
            Error::AwardDecided(_) => "award-decided",
            Error::AwardWorkTaken { .. } => "award-work-taken",
            Error::VoteDuplicate { .. } => "vote-duplicate",
            Error::BallotEmpty { .. } => "ballot-empty",
            Error::ScreenerNotVideo(_) => "screener-not-video",
        }
    }

    /// The message in the localizer's language, naming what was wrong and where.
    pub fn localize(&self, l10n: &Localizer) -> String {
        let id = format!("error--{}", self.code());
        let path = |p: &std::path::Path| p.display().to_string();
        match self {
            Error::Store(e) => match e {
                StoreError::NewerVersion {
                    path: p,
                    found,
                    supported,
                } => l10n.tr_with(
                    &id,
                    [
                        ("path", path(p).into()),
                        ("found", (*found).into()),
                        ("supported", (*supported).into()),
                    ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
                ),
                StoreError::SlugTaken(slug) => l10n.tr_with(&id, [("slug", slug.as_str())]),
                StoreError::CursorInvalid(v) => l10n.tr_with(&id, [("value", v.as_str())]),
                StoreError::Io { path: p, source } => {
                    l10n.tr_with(&id, [("path", path(p)), ("reason", source.to_string())])
                }
                StoreError::Sqlite(source) => l10n.tr_with(
                    &id,
                    [("path", String::new()), ("reason", source.to_string())],
                ),
                StoreError::SqliteAt { path: p, source } => {
                    l10n.tr_with(&id, [("path", path(p)), ("reason", source.to_string())])
                }
                other => l10n.tr_with(&id, [("path", other.path().map(path).unwrap_or_default())]),
            },
            Error::Domain(e) => match e {
                DomainError::LangTag(v) => l10n.tr_with(
                    &id,
                    [
                        ("value", v.clone()),
                        ("supported", caravan_i18n::LOCALES.join(", ")),
                    ],
                ),
                DomainError::Country(v) | DomainError::Slug(v) => {
                    l10n.tr_with(&id, [("value", v.as_str())])
                }
                DomainError::UnknownValue { what, value } => l10n.tr_with(
                    &id,
                    [
                        ("what", l10n.tr(&format!("what--{what}"), None)),
                        ("value", value.clone()),
                    ],
                ),
                DomainError::Empty(what) => {
                    l10n.tr_with(&id, [("what", l10n.tr(&format!("what--{what}"), None))])
                }
            },
            Error::Lang(e) => match e {
                I18nError::InvalidTag(v) | I18nError::Unsupported(v) => l10n.tr_with(
                    &id,
                    [
                        ("value", v.clone()),
                        ("supported", caravan_i18n::LOCALES.join(", ")),
                    ],
                ),
            },
            Error::WorkNotFound(r) => l10n.tr_with(&id, [("work", r.as_str())]),
            Error::WorkAmbiguous { reference, count } => l10n.tr_with(
                &id,
                [
                    ("work", reference.as_str().into()),
                    ("count", (*count).into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 2],
            ),
            Error::EditionNotFound(slug) => l10n.tr_with(&id, [("edition", slug.as_str())]),
            Error::SectionNotFound { section, edition } => l10n.tr_with(
                &id,
                [("section", section.as_str()), ("edition", edition.as_str())],
            ),
            Error::RequestInvalid(detail) => l10n.tr_with(&id, [("detail", detail.as_str())]),
            Error::StatusChangeNotFound(n) | Error::StatusChangeUndone(n) => {
                l10n.tr_with(&id, [("change", *n)])
            }
            Error::StatusNothingToSet => l10n.tr(&id, None),
            Error::NoDataDir => l10n.tr(&id, None),
            Error::Media { file, source } => {
                let reason = match source {
                    caravan_media::MediaError::Io { source, .. } => source.to_string(),
                    other => other.to_string(),
                };
                l10n.tr_with(
                    &id,
                    [("file", file.display().to_string()), ("reason", reason)],
                )
            }
            Error::MediaNotFound(n) => l10n.tr_with(&id, [("id", *n)]),
            Error::ImportFile(e) => {
                use caravan_intake::filmfreeway::FileError as F;
                match e {
                    F::Io { path: p, source } => {
                        l10n.tr_with(&id, [("file", path(p)), ("reason", source.to_string())])
                    }
                    F::Empty(p) => l10n.tr_with(&id, [("file", path(p))]),
                    F::MissingColumn { path: p, column } | F::MissingMapped { path: p, column } => {
                        l10n.tr_with(&id, [("file", path(p)), ("column", column.clone())])
                    }
                    F::Malformed {
                        path: p,
                        line,
                        detail,
                    } => l10n.tr_with(
                        &id,
                        [
                            ("file", path(p).into()),
                            ("line", (*line).into()),
                            ("reason", detail.as_str().into()),
                        ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
                    ),
                    F::Sheet { path: p, detail } => {
                        l10n.tr_with(&id, [("file", path(p)), ("reason", detail.clone())])
                    }
                }
            }
            Error::ImportRejected(report) => l10n.tr_with(&id, [("count", report.rejected_total)]),
            Error::MappingInvalid(e) => {
                let detail = match e {
                    caravan_intake::table::MappingError::Shape(d)
                    | caravan_intake::table::MappingError::Twice(d) => d.clone(),
                    _ => String::new(),
                };
                l10n.tr_with(&id, [("detail", detail)])
            }
            Error::MappingNotFound(name) | Error::MappingBuiltin(name) => {
                l10n.tr_with(&id, [("mapping", name.as_str())])
            }
            Error::EncodingUnknown(label) => l10n.tr_with(&id, [("encoding", label.as_str())]),
            Error::AliasBadVocabulary(v) => l10n.tr_with(&id, [("vocabulary", v.as_str())]),
            Error::AliasBadCode { vocabulary, code } => l10n.tr_with(
                &id,
                [("vocabulary", vocabulary.as_str()), ("code", code.as_str())],
            ),
            Error::AliasNotFound { vocabulary, name } => l10n.tr_with(
                &id,
                [("vocabulary", vocabulary.as_str()), ("name", name.as_str())],
            ),
            Error::Ddex { file, source } => l10n.tr_with(
                &id,
                [
                    ("file", path(file).into()),
                    ("element", source.element.as_str().into()),
                    ("line", source.line.into()),
                    ("column", source.column.into()),
                    ("value", source.detail.as_str().into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 5],
            ),
            Error::TitleNotFound { work, lang } => {
                l10n.tr_with(&id, [("work", work.as_str()), ("lang", lang.as_str())])
            }
            Error::TitleLast(work) => l10n.tr_with(&id, [("work", work.as_str())]),
            Error::SameWork => l10n.tr(&id, None),
            Error::SubmissionNotFound(n) => l10n.tr_with(&id, [("id", *n)]),
            Error::LabelNotFound(slug) => l10n.tr_with(&id, [("label", slug.as_str())]),
            Error::IdentifierInvalid {
                value,
                kind,
                problem,
            } => {
                let reason = crate::titles::id_problem(l10n, *kind, *problem);
                l10n.tr_with(&id, [("value", value.clone()), ("reason", reason)])
            }
            Error::IdentifierTaken { value, work } => l10n.tr_with(
                &id,
                [("value", value.as_str().into()), ("work", (*work).into())]
                    as [(&str, caravan_i18n::FluentValue<'_>); 2],
            ),
            Error::Export { path: p, reason } => {
                l10n.tr_with(&id, [("file", path(p)), ("reason", reason.clone())])
            }
            Error::ReadFile { path: p, reason } => {
                l10n.tr_with(&id, [("file", path(p)), ("reason", reason.clone())])
            }
            Error::Exchange(e) => exchange_message(l10n, &id, e),
            Error::IdentityMissing
            | Error::IdentityExists
            | Error::PassphraseNeeded
            | Error::KeychainUnavailable
            | Error::NoRecipients
            | Error::NoPoints
            | Error::PersonNoName
            | Error::EditionNeeded => l10n.tr(&id, None),
            Error::CardIsOwn(m)
            | Error::MemberNotFound(m)
            | Error::MemberHasNoCard(m)
            | Error::FingerprintMismatch(m)
            | Error::MemberRevoked(m) => l10n.tr_with(&id, [("member", m.as_str())]),
            Error::RecommendationNotFound(n) | Error::CatalogueEntryNotFound(n) => {
                l10n.tr_with(&id, [("id", *n)])
            }
            Error::RecommendationUnknown(uid) | Error::RecommendationDuplicate(uid) => {
                l10n.tr_with(&id, [("uid", uid.as_str())])
            }
            Error::RecommendationStateInvalid { from, to } => l10n.tr_with(
                &id,
                [
                    (
                        "from",
                        l10n.tr(&format!("recommendation-state--{from}"), None),
                    ),
                    ("to", l10n.tr(&format!("recommendation-state--{to}"), None)),
                ],
            ),
            Error::RecommendationMalformed(detail) => {
                l10n.tr_with(&id, [("detail", detail.as_str())])
            }
            Error::DateInvalid(v) => l10n.tr_with(&id, [("value", v.as_str())]),
            Error::PointNotFound(n) => l10n.tr_with(&id, [("id", *n)]),
            Error::EnvelopeMissing(n) => l10n.tr_with(&id, [("seq", *n)]),
            Error::EnvelopeUnknownKind(k) => l10n.tr_with(&id, [("kind", k.as_str())]),
            Error::AllianceNotFound(a) => l10n.tr_with(&id, [("alliance", a.as_str())]),
            Error::AllianceNeeded => l10n.tr(&id, None),
            Error::TierUnknown { alliance, tier } => l10n.tr_with(
                &id,
                [("alliance", alliance.as_str()), ("tier", tier.as_str())],
            ),
            Error::TextTooLong { what, limit } | Error::TooManyLanguages { what, limit } => l10n
                .tr_with(
                    &id,
                    [
                        ("what", l10n.tr(&format!("what--{what}"), None).into()),
                        ("limit", (*limit).into()),
                    ] as [(&str, caravan_i18n::FluentValue<'_>); 2],
                ),
            Error::ContactInvalid { kind, value } => l10n.tr_with(
                &id,
                [
                    ("kind", l10n.tr(&format!("contact-kind--{kind}"), None)),
                    ("value", value.clone()),
                ],
            ),
            Error::RegistryNotSecretariat {
                alliance,
                member,
                secretariat,
            } => l10n.tr_with(
                &id,
                [
                    ("alliance", alliance.as_str()),
                    ("member", member.as_str()),
                    ("secretariat", secretariat.as_str()),
                ],
            ),
            Error::RegistryMalformed(detail) => l10n.tr_with(&id, [("detail", detail.as_str())]),
            Error::ApplicationNotFound(n) | Error::ApplicationDecided(n) => {
                l10n.tr_with(&id, [("id", *n)])
            }
            Error::ApplicationExists(m) => l10n.tr_with(&id, [("member", m.as_str())]),
            Error::ApplicationMemberExists { member, alliance }
            | Error::SponsorNotMember { member, alliance } => l10n.tr_with(
                &id,
                [("member", member.as_str()), ("alliance", alliance.as_str())],
            ),
            Error::CriterionUnknown {
                alliance,
                criterion,
            } => l10n.tr_with(
                &id,
                [
                    ("alliance", alliance.as_str()),
                    ("criterion", criterion.as_str()),
                ],
            ),
            Error::DecisionVotesContradict {
                votes_for,
                votes_against,
            } => l10n.tr_with(&id, [("for", *votes_for), ("against", *votes_against)]),
            Error::NoPacket | Error::SheetUnknownJuror => l10n.tr(&id, None),
            Error::AwardWorkTaken { award, work } => l10n.tr_with(
                &id,
                [("award", award.as_str().into()), ("work", (*work).into())]
                    as [(&str, caravan_i18n::FluentValue<'_>); 2],
            ),
            Error::VoteDuplicate { voter, round } => l10n.tr_with(
                &id,
                [("voter", voter.as_str().into()), ("round", (*round).into())]
                    as [(&str, caravan_i18n::FluentValue<'_>); 2],
            ),
            Error::BallotEmpty { award, round } => l10n.tr_with(
                &id,
                [("award", award.as_str().into()), ("round", (*round).into())]
                    as [(&str, caravan_i18n::FluentValue<'_>); 2],
            ),
            Error::SectionAmbiguous(v)
            | Error::ScreenerNotVideo(v)
            | Error::AwardNotFound(v)
            | Error::AwardDecided(v)
            | Error::JurorHasNoCard(v)
            | Error::JurorHasNoEntries(v)
            | Error::PacketWrongKind(v)
            | Error::JurorNotFound(v)
            | Error::PersonNotFound(v)
            | Error::RubricCriterionNotFound(v)
            | Error::ScoresFile(v)
            | Error::ScoreNotANumber(v) => l10n.tr_with(&id, [("value", v.as_str())]),
            Error::RoundNotFound { section, round } | Error::RubricEmpty { section, round } => l10n
                .tr_with(
                    &id,
                    [
                        ("section", section.as_str().into()),
                        ("round", (*round).into()),
                    ] as [(&str, caravan_i18n::FluentValue<'_>); 2],
                ),
            Error::ShortlistFirstRound | Error::ReviewsPerEntryZero => l10n.tr(&id, None),
            Error::ScoreOffScale {
                criterion,
                value,
                min,
                max,
                step,
            } => l10n.tr_with(
                &id,
                [
                    ("criterion", criterion.as_str().into()),
                    ("value", (*value).into()),
                    ("min", (*min).into()),
                    ("max", (*max).into()),
                    ("step", (*step).into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 5],
            ),
            Error::ScaleInvalid {
                min,
                max,
                step,
                weight,
            } => l10n.tr_with(
                &id,
                [
                    ("min", *min),
                    ("max", *max),
                    ("step", *step),
                    ("weight", *weight),
                ],
            ),
            Error::NotAssigned { juror, work } | Error::ConflictedPair { juror, work } => l10n
                .tr_with(
                    &id,
                    [("juror", juror.as_str().into()), ("work", (*work).into())]
                        as [(&str, caravan_i18n::FluentValue<'_>); 2],
                ),
            Error::ScoreDuplicate {
                juror,
                work,
                criterion,
            } => l10n.tr_with(
                &id,
                [
                    ("juror", juror.as_str().into()),
                    ("work", (*work).into()),
                    ("criterion", criterion.as_str().into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
            ),
            Error::ScoresRejected(report) => l10n.tr_with(&id, [("count", report.rejected.len())]),
            Error::EntryNotInRound {
                work,
                section,
                round,
            } => l10n.tr_with(
                &id,
                [
                    ("work", (*work).into()),
                    ("section", section.as_str().into()),
                    ("round", (*round).into()),
                ] as [(&str, caravan_i18n::FluentValue<'_>); 3],
            ),
            Error::JurorNotOnJury { juror, section } => l10n.tr_with(
                &id,
                [("juror", juror.as_str()), ("section", section.as_str())],
            ),
        }
    }

    /// The error for a request that could not be read: the domain's own error when a
    /// value broke one of its rules (a status the vocabulary lacks), else a coded
    /// `request-invalid` carrying serde's description of what was wrong.
    pub fn from_request(e: &serde_json::Error) -> Error {
        let text = e.to_string();
        match DomainError::from_serde(&text) {
            Some(domain) => Error::Domain(domain),
            None => Error::RequestInvalid(text),
        }
    }

    /// Names the database file in a store error raised by a query.
    pub(crate) fn at(self, path: &std::path::Path) -> Self {
        match self {
            Error::Store(e) => Error::Store(e.at(path)),
            other => other,
        }
    }

    /// The `{code, message}` pair that crosses to scripts and the window.
    pub fn to_payload(&self, l10n: &Localizer) -> crate::api::ErrorPayload {
        let details = match self {
            Error::ImportRejected(report) => {
                let mut report = (**report).clone();
                report.localize(l10n);
                serde_json::to_value(report).ok()
            }
            Error::ScoresRejected(report) => serde_json::to_value(report).ok(),
            _ => None,
        };
        crate::api::ErrorPayload {
            code: self.code().to_owned(),
            message: self.localize(l10n),
            details,
        }
    }
}

/// The message of an exchange error, with what it names.
fn exchange_message(l10n: &Localizer, id: &str, e: &caravan_exchange::ExchangeError) -> String {
    use caravan_exchange::ExchangeError as X;
    use caravan_i18n::FluentValue;
    let part = |p: caravan_exchange::Part| l10n.tr(&format!("envelope-part--{}", p.as_str()), None);
    let args: Vec<(&str, FluentValue<'_>)> = match e {
        X::Truncated(what) | X::Damaged(what) => vec![("what", part(*what).into())],
        X::Malformed(detail) | X::CardMalformed(detail) => vec![("detail", detail.as_str().into())],
        X::UnsupportedVersion(v) => vec![("version", (*v).into())],
        X::TooLarge { what, size, limit } => vec![
            ("what", part(*what).into()),
            ("size", (*size).into()),
            ("limit", (*limit).into()),
        ],
        X::UnknownSender(sender) => vec![("sender", sender.as_str().into())],
        X::BadSignature | X::NotAddressed | X::CardBadSignature | X::PassphraseWrong => vec![],
        X::Gap {
            sender,
            expected,
            got,
        } => vec![
            ("sender", sender.as_str().into()),
            ("expected", (*expected).into()),
            ("seq", (*got).into()),
        ],
        X::Replay { sender, got } => {
            vec![("sender", sender.as_str().into()), ("seq", (*got).into())]
        }
        X::Fork { sender, seq } => vec![("sender", sender.as_str().into()), ("seq", (*seq).into())],
        X::WrongStream { stream, sender } => {
            vec![
                ("stream", stream.as_str().into()),
                ("sender", sender.as_str().into()),
            ]
        }
        X::BadAttachmentName(name) | X::AttachmentMismatch(name) => {
            vec![("name", name.as_str().into())]
        }
        X::CardNotARotation(member) => vec![("member", member.as_str().into())],
        X::FingerprintInvalid(value) => vec![("value", value.as_str().into())],
        X::Transport { url, reason } => vec![
            ("url", url.as_str().into()),
            ("reason", reason.as_str().into()),
        ],
        X::Http { url, status } => vec![("url", url.as_str().into()), ("status", (*status).into())],
        X::ReadOnly(url) => vec![("url", url.as_str().into())],
        X::StreamConflict { path } => vec![("path", path.as_str().into())],
    };
    l10n.tr_with(id, args)
}
