//! Juries on the store: a section's rounds with their rubrics, jurors and their
//! conflicts (declared, and those the data shows: the juror's member recommended the
//! work, the juror is credited on it, the juror's production company made it), the
//! assignment (caravan-jury's min-cost flow over the pairs no conflict forbids), scores
//! checked against the rubric, and results (caravan-jury's formulas). A conflicted pair
//! is never assigned, scored or counted.

use crate::api::{
    AssignReport, AssignRequest, AssignmentInfo, ConflictInfo, ConflictRequest, ConflictTarget,
    Conflicts, CriterionAddRequest, EntryResult, JurorInfo, JurorRequest, JuryResults, LangText,
    PairRequest, RejectedRow, RoundRef, RoundRequest, Rubric, RubricCriterion, ScoreRequest,
    ScoresImported, Uncovered,
};
use crate::{Caravan, Error};
use caravan_domain::{CountryCode, DomainError, LangTag, WorkId};
use caravan_i18n::Localizer;
use caravan_jury::assign::{self, Juror, Problem};
use caravan_jury::results::{self, Criterion, Score};
use caravan_store::juries::{self, CriterionRow, EntryRow, JurorRow, RoundRow};
use caravan_store::{editions, works, Db, Tx};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a review by a juror who understands none of the work's languages adds to the
/// cost: as much as three more reviews, so such a juror is chosen only when those who
/// understand are three reviews busier.
const LANGUAGE_COST: i64 = 3 * assign::LOAD_STEP;

/// A round as found: its row, its section's and edition's slugs.
pub(crate) struct Found {
    pub(crate) round: RoundRow,
    pub(crate) edition: String,
    pub(crate) section: String,
}

/// The section a reference names: by edition and slug, or by a slug only one edition uses.
fn section(db: &Db<'_>, r: &RoundRef) -> Result<(i64, String, String), Error> {
    let mut found = Vec::new();
    for e in editions::list(db)? {
        if r.edition.as_deref().is_some_and(|slug| slug != e.slug) {
            continue;
        }
        if let Some(s) = e.sections.iter().find(|s| s.slug == r.section) {
            found.push((s.id, e.slug.clone(), s.slug.clone()));
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => {
            if let Some(e) = &r.edition {
                if editions::by_slug(db, e)?.is_none() {
                    return Err(Error::EditionNotFound(e.clone()));
                }
            }
            Err(Error::SectionNotFound {
                section: r.section.clone(),
                edition: r.edition.clone().unwrap_or_default(),
            })
        }
        _ => Err(Error::SectionAmbiguous(r.section.clone())),
    }
}

pub(crate) fn find(db: &Db<'_>, r: &RoundRef) -> Result<Found, Error> {
    let (section_id, edition, section) = section(db, r)?;
    let round = juries::round(db, section_id, r.round)?.ok_or_else(|| Error::RoundNotFound {
        section: section.clone(),
        round: r.round,
    })?;
    Ok(Found {
        round,
        edition,
        section,
    })
}

/// The round, made when it does not exist yet (a rubric's first criterion makes it).
pub(crate) fn find_or_make(tx: &Tx<'_>, r: &RoundRef) -> Result<Found, Error> {
    let (section_id, edition, section) = section(tx, r)?;
    let round = match juries::round(tx, section_id, r.round)? {
        Some(round) => round,
        None => {
            if r.round == 0 {
                return Err(Error::RoundNotFound {
                    section,
                    round: r.round,
                });
            }
            let mut row = RoundRow {
                id: 0,
                section_id,
                number: r.round,
                deadline: None,
                blind: false,
                shortlisted: false,
            };
            row.id = juries::put_round(tx, &row)?;
            row
        }
    };
    Ok(Found {
        round,
        edition,
        section,
    })
}

fn texts_json(texts: &[LangText]) -> Result<String, Error> {
    crate::alliance::checked_texts("criterion-label", texts)
}

pub(crate) fn juror_info(j: &JurorRow) -> JurorInfo {
    JurorInfo {
        id: j.id,
        email: j.email.clone(),
        name: j.name.clone(),
        names: serde_json::from_str(&j.names).unwrap_or_default(),
        languages: serde_json::from_str(&j.languages).unwrap_or_default(),
        country: j.country.clone(),
        member: j.member.clone(),
        company: j.company.clone(),
        fingerprint: j
            .fingerprint
            .as_deref()
            .and_then(|f| caravan_exchange::Fingerprint::parse(f).ok())
            .map(|f| f.grouped()),
    }
}

pub(crate) fn juror_by_email(db: &Db<'_>, email: &str) -> Result<JurorRow, Error> {
    juries::juror(db, email.trim())?.ok_or_else(|| Error::JurorNotFound(email.trim().to_owned()))
}

/// A name compared as people write it: case and surrounding spaces aside.
fn same_name(a: &str, b: &str) -> bool {
    let a = a.trim();
    !a.is_empty() && a.to_lowercase() == b.trim().to_lowercase()
}

/// Why `juror` may not review `entry`, if anything forbids it: (why, detail).
/// What a juror is compared with, read once: the names in every script, lower-cased.
pub(crate) struct JurorKeys<'a> {
    row: &'a JurorRow,
    names: Vec<String>,
}

impl<'a> JurorKeys<'a> {
    pub(crate) fn of(row: &'a JurorRow) -> Self {
        let others: Vec<LangText> = serde_json::from_str(&row.names).unwrap_or_default();
        let names = std::iter::once(row.name.as_str())
            .chain(others.iter().map(|n| n.text.as_str()))
            .map(|n| n.trim().to_lowercase())
            .filter(|n| !n.is_empty())
            .collect();
        JurorKeys { row, names }
    }
}

pub(crate) fn conflict_of(
    juror: &JurorRow,
    entry: &EntryRow,
    declared: &[&juries::ConflictRow],
) -> Option<(&'static str, Option<String>)> {
    conflict_with(&JurorKeys::of(juror), entry, declared)
}

fn conflict_with(
    keys: &JurorKeys<'_>,
    entry: &EntryRow,
    declared: &[&juries::ConflictRow],
) -> Option<(&'static str, Option<String>)> {
    let juror = keys.row;
    for c in declared {
        if c.work_id == Some(entry.work_id) {
            return Some(("declared", c.reason.clone()));
        }
        if let Some(p) = &c.person {
            if entry.credits.iter().any(|(_, name)| same_name(name, p)) {
                return Some((
                    "declared",
                    Some(c.reason.clone().unwrap_or_else(|| p.clone())),
                ));
            }
        }
        if let Some(m) = &c.member {
            if entry.recommended_by.contains(m) {
                return Some((
                    "declared",
                    Some(c.reason.clone().unwrap_or_else(|| m.clone())),
                ));
            }
        }
    }
    if let Some(m) = juror
        .member
        .as_ref()
        .filter(|m| entry.recommended_by.contains(m))
    {
        return Some(("recommended-by-member", Some(m.clone())));
    }
    for (role, credited) in &entry.credits {
        let credited = credited.trim().to_lowercase();
        if keys.names.contains(&credited) {
            return Some(("credited", Some(role.clone())));
        }
    }
    if let Some(company) = &juror.company {
        let made = entry
            .credits
            .iter()
            .filter(|(role, _)| role == "producer")
            .map(|(_, n)| n.as_str())
            .chain(
                entry
                    .fields
                    .iter()
                    .filter(|(k, _)| k.to_lowercase().contains("compan"))
                    .flat_map(|(_, v)| v.split([',', ';'])),
            )
            .any(|n| same_name(n, company));
        if made {
            return Some(("same-company", Some(company.clone())));
        }
    }
    None
}

fn conflict_message(l10n: &Localizer, why: &str, detail: Option<&str>) -> String {
    l10n.tr_with(
        &format!("conflict--{why}"),
        [("detail", detail.unwrap_or("—"))],
    )
}

/// Whether a juror understands one of the work's languages (by primary language).
fn understands(juror_languages: &[String], entry: &EntryRow) -> bool {
    let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    entry.languages.is_empty()
        || entry
            .languages
            .iter()
            .any(|l| juror_languages.iter().any(|j| primary(j) == primary(l)))
}

/// The work field that holds a screener file's path on this computer.
pub const SCREENER_FILE: &str = "Screener file";

/// The kinds of file a screener may be (the window plays them through GStreamer).
const SCREENER_EXTENSIONS: [&str; 6] = ["webm", "mp4", "m4v", "mkv", "mov", "ogv"];

/// The round and the juror of one pair that may be scored: the work an entry of the
/// round, the juror on its jury, no conflict between them, and the pair assigned. Only
/// that pair is read.
fn one_pair(
    tx: &Tx<'_>,
    round: &RoundRef,
    juror: &str,
    work: WorkId,
) -> Result<(Found, JurorRow), Error> {
    let f = find(tx, round)?;
    let j = juror_by_email(tx, juror)?;
    let work = work.get();
    let entry = juries::entry(tx, &f.round, work)?.ok_or_else(|| Error::EntryNotInRound {
        work,
        section: f.section.clone(),
        round: f.round.number,
    })?;
    if !juries::on_jury(tx, f.round.section_id, j.id)? {
        return Err(Error::JurorNotOnJury {
            juror: j.email.clone(),
            section: f.section.clone(),
        });
    }
    let declared = juries::conflicts_of(tx, j.id)?;
    let mine: Vec<&juries::ConflictRow> = declared.iter().collect();
    if conflict_of(&j, &entry, &mine).is_some() {
        return Err(Error::ConflictedPair {
            juror: j.email,
            work,
        });
    }
    if !juries::is_assigned(tx, f.round.id, j.id, work)? {
        return Err(Error::NotAssigned {
            juror: j.email,
            work,
        });
    }
    Ok((f, j))
}

/// The most a comment may say, in bytes.
const COMMENT_BYTES: usize = 16 * 1024;

/// Each item's place in `items`, by its id.
fn index_of<T>(items: &[T], id: impl Fn(&T) -> i64) -> HashMap<i64, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x), i)).collect()
}

/// A value on the criterion's scale and step.
pub(crate) fn check_value(c: &CriterionRow, value: f64) -> Result<(), Error> {
    let steps = (value - c.min) / c.step;
    if !value.is_finite() || value < c.min || value > c.max || (steps - steps.round()).abs() > 1e-9
    {
        return Err(Error::ScoreOffScale {
            criterion: c.key.clone(),
            value,
            min: c.min,
            max: c.max,
            step: c.step,
        });
    }
    Ok(())
}

/// Everything the round's arithmetic reads, at once.
struct RoundData {
    found: Found,
    entries: Vec<EntryRow>,
    jurors: Vec<JurorRow>,
    criteria: Vec<CriterionRow>,
    /// (juror id, work id) → why, for every conflicted pair of this round.
    conflicted: HashMap<(i64, i64), (&'static str, Option<String>)>,
}

fn round_data(db: &Db<'_>, r: &RoundRef) -> Result<RoundData, Error> {
    let found = find(db, r)?;
    let entries = juries::entries(db, &found.round)?;
    let jurors = juries::jurors_of(db, found.round.section_id)?;
    let criteria = juries::criteria(db, found.round.id)?;
    let declared = juries::conflicts(db)?;
    let mut conflicted = HashMap::new();
    for j in &jurors {
        let keys = JurorKeys::of(j);
        let mine: Vec<&juries::ConflictRow> =
            declared.iter().filter(|c| c.juror_id == j.id).collect();
        for e in &entries {
            if let Some(why) = conflict_with(&keys, e, &mine) {
                conflicted.insert((j.id, e.work_id), why);
            }
        }
    }
    Ok(RoundData {
        found,
        entries,
        jurors,
        criteria,
        conflicted,
    })
}

impl Caravan {
    fn rubric(&self, r: &RoundRef) -> Result<Rubric, Error> {
        self.read(|db| {
            let f = find(db, r)?;
            let entries = juries::entry_count(db, &f.round)?;
            let criteria = juries::criteria(db, f.round.id)?
                .into_iter()
                .map(|c| RubricCriterion {
                    labels: crate::alliance::texts_of(&c.labels),
                    key: c.key,
                    min: c.min,
                    max: c.max,
                    step: c.step,
                    weight: c.weight,
                })
                .collect();
            Ok(Rubric {
                edition: f.edition,
                section: f.section,
                round: f.round.number,
                deadline: f.round.deadline,
                blind: f.round.blind,
                shortlisted: f.round.shortlisted,
                entries,
                criteria,
            })
        })
    }

    /// A round's rubric, with how many entries it has.
    pub fn jury_rubric(&self, r: &RoundRef) -> Result<Rubric, Error> {
        self.rubric(r)
    }

    /// Adds a criterion to a round's rubric (making the round), or changes it.
    pub fn jury_criterion_add(&self, request: &CriterionAddRequest) -> Result<Rubric, Error> {
        caravan_domain::check_slug(&request.key)?;
        let step = request.step.unwrap_or(1.0);
        let weight = request.weight.unwrap_or(1.0);
        let scale = request.min.is_finite()
            && request.max.is_finite()
            && request.max > request.min
            && step.is_finite()
            && step > 0.0
            && step <= request.max - request.min
            && weight.is_finite()
            && weight > 0.0;
        if !scale {
            return Err(Error::ScaleInvalid {
                min: request.min,
                max: request.max,
                step,
                weight,
            });
        }
        let labels = texts_json(&request.labels)?;
        self.write(|tx| {
            let f = find_or_make(tx, &request.round)?;
            let id = juries::put_criterion(
                tx,
                f.round.id,
                &CriterionRow {
                    id: 0,
                    key: request.key.clone(),
                    labels: labels.clone(),
                    min: request.min,
                    max: request.max,
                    step,
                    weight,
                },
            )?;
            self.audit(
                tx,
                "jury.criterion",
                "criterion",
                Some(id),
                serde_json::json!({ "section": f.section, "round": f.round.number, "key": request.key }),
            )
        })?;
        self.rubric(&request.round)
    }

    /// Sets a round up: deadline, blindness, and for a later round the shortlist it takes
    /// from the one before (its best entries by normalised mean).
    pub fn jury_round(&self, request: &RoundRequest) -> Result<Rubric, Error> {
        let deadline = request
            .deadline
            .as_deref()
            .map(|d| {
                chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .map_err(|_| Error::DateInvalid(d.to_owned()))
            })
            .transpose()?;
        let shortlist = match request.shortlist {
            Some(top) if request.round.round > 1 => {
                let previous = RoundRef {
                    round: request.round.round - 1,
                    ..request.round.clone()
                };
                let results = self.jury_results(&previous, "en")?;
                Some(
                    results
                        .entries
                        .iter()
                        .filter(|e| e.count > 0)
                        .take(top as usize)
                        .map(|e| e.work_id.get())
                        .collect::<Vec<_>>(),
                )
            }
            Some(_) => return Err(Error::ShortlistFirstRound),
            None => None,
        };
        self.write(|tx| {
            let f = find_or_make(tx, &request.round)?;
            let row = RoundRow {
                deadline: deadline.clone(),
                blind: request.blind,
                shortlisted: shortlist.is_some() || f.round.shortlisted,
                ..f.round.clone()
            };
            juries::put_round(tx, &row)?;
            if let Some(works) = &shortlist {
                juries::set_shortlist(tx, f.round.id, works)?;
            }
            self.audit(
                tx,
                "jury.round",
                "round",
                Some(f.round.id),
                serde_json::json!({ "deadline": deadline, "blind": request.blind, "shortlist": shortlist.as_ref().map(Vec::len) }),
            )
        })?;
        self.rubric(&request.round)
    }

    /// Adds a juror, or changes the one with this email.
    pub fn jury_juror_add(&self, request: &JurorRequest) -> Result<JurorInfo, Error> {
        let email = request.email.trim();
        if !email
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
            || email.contains(char::is_whitespace)
        {
            return Err(Error::ContactInvalid {
                kind: "email".into(),
                value: email.to_owned(),
            });
        }
        if request.name.trim().is_empty() {
            return Err(DomainError::Empty("member-name".into()).into());
        }
        let languages = request
            .languages
            .iter()
            .map(|l| LangTag::parse(l).map(|t| t.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        let country = request
            .country
            .as_deref()
            .map(|c| CountryCode::parse(c).map(|c| c.as_str().to_owned()))
            .transpose()?;
        for n in &request.names {
            LangTag::parse(&n.lang)?;
        }
        // The juror's card, read whole and checked before anything is written.
        let card = request
            .card
            .as_deref()
            .map(|path| {
                let bytes = crate::read_file(std::path::Path::new(path), 64 * 1024)?;
                Ok::<_, Error>(caravan_exchange::Card::read(&bytes)?)
            })
            .transpose()?;
        self.write(|tx| {
            if let Some(m) = &request.member {
                caravan_store::members::member_id(tx, m)?
                    .ok_or_else(|| Error::MemberNotFound(m.clone()))?;
            }
            let id = juries::put_juror(
                tx,
                &JurorRow {
                    id: 0,
                    email: email.to_owned(),
                    name: request.name.trim().to_owned(),
                    names: serde_json::to_string(&request.names).unwrap_or_default(),
                    languages: serde_json::to_string(&languages).unwrap_or_default(),
                    country: country.clone(),
                    member: request.member.clone(),
                    company: request
                        .company
                        .as_deref()
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(str::to_owned),
                    fingerprint: card.as_ref().map(|c| c.fingerprint().as_str().to_owned()),
                    card: card.as_ref().map(|c| c.bytes.clone()),
                },
            )?;
            for s in &request.sections {
                let (section_id, _, _) = section(tx, s)?;
                juries::seat(tx, section_id, id)?;
            }
            self.audit(
                tx,
                "jury.juror",
                "juror",
                Some(id),
                serde_json::json!({ "email": email }),
            )
        })?;
        self.read(|db| Ok(juror_info(&juror_by_email(db, email)?)))
    }

    /// Declares a conflict between a juror and a work, a person or a member.
    pub fn jury_conflict_add(
        &self,
        request: &ConflictRequest,
        l10n: &Localizer,
    ) -> Result<Conflicts, Error> {
        let now = self.clock.now_ms();
        self.write(|tx| {
            let j = juror_by_email(tx, &request.juror)?;
            let reason = request
                .reason
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty());
            let id = match &request.target {
                ConflictTarget::Work(w) => {
                    works::get(tx, w.get())?
                        .ok_or_else(|| Error::WorkNotFound(w.get().to_string()))?;
                    juries::add_conflict(tx, j.id, Some(w.get()), None, None, reason, now)?
                }
                ConflictTarget::Person(name) => {
                    let p = juries::person_id(tx, name.trim())?
                        .ok_or_else(|| Error::PersonNotFound(name.clone()))?;
                    juries::add_conflict(tx, j.id, None, Some(p), None, reason, now)?
                }
                ConflictTarget::Member(m) => {
                    caravan_store::members::member_id(tx, m)?
                        .ok_or_else(|| Error::MemberNotFound(m.clone()))?;
                    juries::add_conflict(tx, j.id, None, None, Some(m), reason, now)?
                }
            };
            self.audit(
                tx,
                "jury.conflict",
                "conflict",
                Some(id),
                serde_json::json!({ "juror": j.email }),
            )
        })?;
        self.jury_conflicts_of(&request.juror, l10n)
    }

    /// A juror's conflicts over every round's entries, declared and found, with why.
    fn jury_conflicts_of(&self, juror: &str, l10n: &Localizer) -> Result<Conflicts, Error> {
        self.read(|db| {
            let j = juror_by_email(db, juror)?;
            let declared = juries::conflicts(db)?;
            let mine: Vec<&juries::ConflictRow> =
                declared.iter().filter(|c| c.juror_id == j.id).collect();
            let mut out = Vec::new();
            let mut seen = BTreeSet::new();
            for e in editions::list(db)? {
                for s in &e.sections {
                    for round in juries::rounds(db, s.id)? {
                        for entry in juries::entries(db, &round)? {
                            if !seen.insert(entry.work_id) {
                                continue;
                            }
                            if let Some((why, detail)) = conflict_of(&j, &entry, &mine) {
                                out.push(ConflictInfo {
                                    juror: j.email.clone(),
                                    work_id: WorkId(entry.work_id),
                                    why: why.to_owned(),
                                    message: conflict_message(l10n, why, detail.as_deref()),
                                    detail,
                                });
                            }
                        }
                    }
                }
            }
            // Declared against a work no round holds yet: still a conflict.
            for c in &mine {
                if let Some(w) = c.work_id.filter(|w| !seen.contains(w)) {
                    out.push(ConflictInfo {
                        juror: j.email.clone(),
                        work_id: WorkId(w),
                        why: "declared".into(),
                        message: conflict_message(l10n, "declared", c.reason.as_deref()),
                        detail: c.reason.clone(),
                    });
                }
            }
            Ok(Conflicts { conflicts: out })
        })
    }

    /// Every conflicted pair of a round, with why.
    pub fn jury_conflicts(&self, r: &RoundRef, l10n: &Localizer) -> Result<Conflicts, Error> {
        self.read(|db| {
            let data = round_data(db, r)?;
            let email: HashMap<i64, &str> = data
                .jurors
                .iter()
                .map(|j| (j.id, j.email.as_str()))
                .collect();
            let mut conflicts: Vec<ConflictInfo> = data
                .conflicted
                .iter()
                .map(|((j, w), (why, detail))| ConflictInfo {
                    juror: email.get(j).copied().unwrap_or("").to_owned(),
                    work_id: WorkId(*w),
                    why: (*why).to_owned(),
                    message: conflict_message(l10n, why, detail.as_deref()),
                    detail: detail.clone(),
                })
                .collect();
            conflicts.sort_by(|a, b| (a.work_id.get(), &a.juror).cmp(&(b.work_id.get(), &b.juror)));
            Ok(Conflicts { conflicts })
        })
    }

    /// Gives every entry of the round `reviews_per_entry` distinct reviewers among the
    /// jurors no conflict forbids, keeping the assignments there are, each juror within
    /// `max_load` (existing ones included), loads balanced, and jurors who understand the
    /// work's language preferred. Entries it could not cover are reported with why.
    pub fn jury_assign(
        &self,
        request: &AssignRequest,
        l10n: &Localizer,
    ) -> Result<AssignReport, Error> {
        if request.reviews_per_entry == 0 {
            return Err(Error::ReviewsPerEntryZero);
        }
        let now = self.clock.now_ms();
        let report = self.write(|tx| {
            let data = round_data(tx, &request.round)?;
            let existing = juries::assignments(tx, data.found.round.id)?;
            let juror_index = index_of(&data.jurors, |x| x.id);
            let mut load = vec![0u32; data.jurors.len()];
            let mut has: HashMap<i64, u32> = HashMap::new();
            let assigned: BTreeSet<(i64, i64)> = existing.iter().map(|(j, w, _)| (*j, *w)).collect();
            for (j, w, _) in &existing {
                if let Some(&i) = juror_index.get(j) {
                    load[i] += 1;
                }
                *has.entry(*w).or_default() += 1;
            }
            let k = request.reviews_per_entry;
            let need: Vec<u32> = data
                .entries
                .iter()
                .map(|e| k.saturating_sub(has.get(&e.work_id).copied().unwrap_or(0)))
                .collect();
            let languages: Vec<Vec<String>> = data
                .jurors
                .iter()
                .map(|j| serde_json::from_str(&j.languages).unwrap_or_default())
                .collect();
            let mut eligible = Vec::new();
            let mut possible = vec![0u32; data.entries.len()];
            for (ei, e) in data.entries.iter().enumerate() {
                for (ji, j) in data.jurors.iter().enumerate() {
                    if data.conflicted.contains_key(&(j.id, e.work_id)) {
                        continue;
                    }
                    possible[ei] += 1;
                    if assigned.contains(&(j.id, e.work_id)) {
                        continue;
                    }
                    let cost = if understands(&languages[ji], e) { 0 } else { LANGUAGE_COST };
                    eligible.push((ei, ji, cost));
                }
            }
            let total: u32 = need.iter().sum();
            let jurors = data.jurors.len().max(1) as u32;
            // Without a limit, loads are first bounded near the even share (arcs for loads
            // no one will carry cost time), then lifted if that left an entry short.
            let bounded = |cap: u32| -> Vec<Juror> {
                load.iter()
                    .map(|&l| Juror {
                        load: l,
                        cap: request.max_load.map_or(cap.max(l), |m| m.max(l)),
                    })
                    .collect()
            };
            let share = total.div_ceil(jurors) + load.iter().copied().max().unwrap_or(0);
            let mut problem = Problem {
                need: need.clone(),
                jurors: bounded(2 * share + 2),
                eligible,
            };
            let mut solution = assign::solve(&problem);
            if request.max_load.is_none() && solution.short.iter().any(|&s| s > 0) {
                problem.jurors = bounded(total + load.iter().copied().max().unwrap_or(0));
                solution = assign::solve(&problem);
            }
            for &(ei, ji) in &solution.pairs {
                juries::assign(
                    tx,
                    data.found.round.id,
                    data.jurors[ji].id,
                    data.entries[ei].work_id,
                    "auto",
                    now,
                )?;
            }
            let uncovered = data
                .entries
                .iter()
                .enumerate()
                .filter(|(i, _)| solution.short[*i] > 0)
                .map(|(i, e)| {
                    let reason = if possible[i] < k { "too-few-jurors" } else { "jurors-full" };
                    Uncovered {
                        work_id: WorkId(e.work_id),
                        reason: reason.to_owned(),
                        missing: solution.short[i],
                        message: l10n.tr_with(
                            &format!("uncovered--{reason}"),
                            [("missing", solution.short[i]), ("possible", possible[i])],
                        ),
                    }
                })
                .collect::<Vec<_>>();
            self.audit(
                tx,
                "jury.assign",
                "round",
                Some(data.found.round.id),
                serde_json::json!({ "added": solution.pairs.len(), "uncovered": uncovered.len(), "cost": solution.cost }),
            )?;
            Ok(AssignReport {
                assignments: Vec::new(),
                added: solution.pairs.len() as u64,
                uncovered,
                cost: solution.cost,
            })
        })?;
        Ok(AssignReport {
            assignments: self.jury_assignments(&request.round)?,
            ..report
        })
    }

    /// Every assignment of a round.
    pub fn jury_assignments(&self, r: &RoundRef) -> Result<Vec<AssignmentInfo>, Error> {
        self.read(|db| {
            let f = find(db, r)?;
            let jurors = juries::jurors_of(db, f.round.section_id)?;
            let email: HashMap<i64, &str> =
                jurors.iter().map(|j| (j.id, j.email.as_str())).collect();
            let mut out = Vec::new();
            for (j, w, source) in juries::assignments(db, f.round.id)? {
                let juror = match email.get(&j) {
                    Some(e) => (*e).to_owned(),
                    None => caravan_store::juries::juror_email(db, j)?.unwrap_or_default(),
                };
                out.push(AssignmentInfo {
                    juror,
                    work_id: WorkId(w),
                    source,
                });
            }
            Ok(out)
        })
    }

    /// Assigns one pair by hand; a conflicted pair or a work outside the round is refused.
    pub fn jury_assign_add(&self, request: &PairRequest) -> Result<AssignmentInfo, Error> {
        let now = self.clock.now_ms();
        self.write(|tx| {
            let data = round_data(tx, &request.round)?;
            let j = juror_by_email(tx, &request.juror)?;
            let work = request.work.get();
            check_pair(&data, &j, work)?;
            juries::assign(tx, data.found.round.id, j.id, work, "manual", now)?;
            self.audit(
                tx,
                "jury.assign.add",
                "round",
                Some(data.found.round.id),
                serde_json::json!({ "juror": j.email, "work": work }),
            )?;
            Ok(AssignmentInfo {
                juror: j.email,
                work_id: request.work,
                source: "manual".into(),
            })
        })
    }

    /// Removes one assignment, with the scores given under it.
    pub fn jury_assign_remove(&self, request: &PairRequest) -> Result<AssignmentInfo, Error> {
        self.write(|tx| {
            let f = find(tx, &request.round)?;
            let j = juror_by_email(tx, &request.juror)?;
            if !juries::unassign(tx, f.round.id, j.id, request.work.get())? {
                return Err(Error::NotAssigned {
                    juror: j.email,
                    work: request.work.get(),
                });
            }
            self.audit(
                tx,
                "jury.assign.remove",
                "round",
                Some(f.round.id),
                serde_json::json!({ "juror": j.email, "work": request.work.get() }),
            )?;
            Ok(AssignmentInfo {
                juror: j.email,
                work_id: request.work,
                source: "removed".into(),
            })
        })
    }

    /// Sets one score of an assigned, unconflicted pair, on the criterion's scale. Only
    /// that pair is read: a keystroke costs the same in a section of twenty entries or of
    /// five thousand.
    pub fn jury_score(&self, request: &ScoreRequest) -> Result<(), Error> {
        let now = self.clock.now_ms();
        self.write(|tx| {
            let (f, j) = one_pair(tx, &request.round, &request.juror, request.work)?;
            let work = request.work.get();
            let criteria = juries::criteria(tx, f.round.id)?;
            let c = criteria
                .iter()
                .find(|c| c.key == request.criterion)
                .ok_or_else(|| Error::RubricCriterionNotFound(request.criterion.clone()))?;
            check_value(c, request.value)?;
            juries::set_score(tx, f.round.id, j.id, work, c.id, request.value, now)?;
            Ok(())
        })
    }

    /// Scores typed in from paper ballots: `juror,work,criterion,value,comment`. A row for
    /// an unassigned, unconflicted pair assigns it (a paper ballot is the chair's
    /// decision); any row that cannot be taken rejects the file, and nothing changes.
    pub fn jury_scores_import(
        &self,
        file: &std::path::Path,
        r: &RoundRef,
        resolve: &dyn Fn(&str) -> Result<WorkId, Error>,
        l10n: &Localizer,
    ) -> Result<ScoresImported, Error> {
        let bytes = crate::read_file(file, 64 * 1024 * 1024)?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(bytes.as_slice());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| Error::ScoresFile(e.to_string()))?
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let (Some(cj), Some(cw), Some(cc), Some(cv)) =
            (col("juror"), col("work"), col("criterion"), col("value"))
        else {
            return Err(Error::ScoresFile(format!(
                "the header must name juror, work, criterion and value; it names {}",
                headers.join(", ")
            )));
        };
        let ccomment = col("comment");
        let now = self.clock.now_ms();
        let mut rows = Vec::new();
        let mut rejected: Vec<RejectedRow> = Vec::new();
        let reject =
            |rejected: &mut Vec<RejectedRow>, line: u64, column: &str, e: &Error, value: &str| {
                rejected.push(RejectedRow {
                    line,
                    column: column.to_owned(),
                    code: e.code().to_owned(),
                    message: l10n.tr_with(
                        "scores--rejected-row",
                        [
                            ("line", line.to_string()),
                            ("column", column.to_owned()),
                            ("reason", e.localize(l10n)),
                        ],
                    ),
                    value: value.to_owned(),
                });
            };
        for (i, record) in reader.records().enumerate() {
            let line = i as u64 + 2;
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    reject(
                        &mut rejected,
                        line,
                        "",
                        &Error::ScoresFile(e.to_string()),
                        "",
                    );
                    continue;
                }
            };
            let get = |c: usize| record.get(c).unwrap_or("").trim().to_owned();
            let work = match resolve(&get(cw)) {
                Ok(w) => w,
                Err(e) => {
                    reject(&mut rejected, line, "work", &e, &get(cw));
                    continue;
                }
            };
            let value = match get(cv).replace(',', ".").parse::<f64>() {
                Ok(v) => v,
                Err(_) => {
                    let e = Error::ScoreNotANumber(get(cv));
                    reject(&mut rejected, line, "value", &e, &get(cv));
                    continue;
                }
            };
            rows.push((
                line,
                get(cj),
                work,
                get(cc),
                value,
                ccomment.map(get).filter(|c| !c.is_empty()),
            ));
        }
        self.write(|tx| {
            let data = round_data(tx, r)?;
            let mut assigned: BTreeSet<(i64, i64)> = juries::assignments(tx, data.found.round.id)?
                .into_iter()
                .map(|(j, w, _)| (j, w))
                .collect();
            let (mut imported, mut updated, mut unchanged) = (0u64, 0u64, 0u64);
            let mut seen = BTreeSet::new();
            for (line, email, work, key, value, comment) in &rows {
                let mut step = || -> Result<Option<Option<f64>>, (&'static str, Error)> {
                    let j = juror_by_email(tx, email).map_err(|e| ("juror", e))?;
                    check_pair(&data, &j, work.get()).map_err(|e| ("work", e))?;
                    let c = data
                        .criteria
                        .iter()
                        .find(|c| c.key == *key)
                        .ok_or_else(|| {
                            ("criterion", Error::RubricCriterionNotFound(key.clone()))
                        })?;
                    check_value(c, *value).map_err(|e| ("value", e))?;
                    if !seen.insert((j.id, work.get(), c.id)) {
                        return Err((
                            "criterion",
                            Error::ScoreDuplicate {
                                juror: j.email.clone(),
                                work: work.get(),
                                criterion: c.key.clone(),
                            },
                        ));
                    }
                    if assigned.insert((j.id, work.get())) {
                        juries::assign(tx, data.found.round.id, j.id, work.get(), "paper", now)
                            .map_err(|e| ("", e.into()))?;
                    }
                    let before = juries::set_score(
                        tx,
                        data.found.round.id,
                        j.id,
                        work.get(),
                        c.id,
                        *value,
                        now,
                    )
                    .map_err(|e| ("", e.into()))?;
                    if let Some(text) = comment {
                        juries::set_comment(tx, data.found.round.id, j.id, work.get(), text, now)
                            .map_err(|e| ("", e.into()))?;
                    }
                    Ok(Some(before))
                };
                match step() {
                    Ok(Some(None)) => imported += 1,
                    Ok(Some(Some(b))) if b == *value => unchanged += 1,
                    Ok(_) => updated += 1,
                    Err((column, e)) => {
                        reject(&mut rejected, *line, column, &e, &value.to_string())
                    }
                }
            }
            // The rows refused while reading come first, then those refused here.
            rejected.sort_by_key(|r| r.line);
            let report = ScoresImported {
                imported,
                updated,
                unchanged,
                rejected: std::mem::take(&mut rejected),
            };
            if !report.rejected.is_empty() {
                // Nothing of a file with a refused row is kept.
                return Err(Error::ScoresRejected(Box::new(report)));
            }
            self.audit(
                tx,
                "jury.scores.import",
                "round",
                Some(data.found.round.id),
                serde_json::json!({ "imported": imported, "updated": updated }),
            )?;
            Ok(report)
        })
    }

    /// Sets the juror's comment on a work (an empty one removes nothing: it is kept
    /// empty), saved at once like a score; the sheet after it.
    pub fn jury_comment(
        &self,
        request: &crate::api::CommentRequest,
    ) -> Result<crate::api::JurorSheet, Error> {
        if request.comment.len() > COMMENT_BYTES {
            return Err(Error::TextTooLong {
                what: "note".into(),
                limit: COMMENT_BYTES,
            });
        }
        let now = self.clock.now_ms();
        self.write(|tx| {
            let (f, j) = one_pair(tx, &request.round, &request.juror, request.work)?;
            juries::set_comment(
                tx,
                f.round.id,
                j.id,
                request.work.get(),
                &request.comment,
                now,
            )?;
            Ok(())
        })?;
        self.jury_sheet(&crate::api::JurorSheetRequest {
            round: request.round.clone(),
            juror: request.juror.clone(),
            lang: request.lang.clone(),
        })
    }

    /// A juror's sheet: every entry assigned in the round, with the scores set so far.
    /// Blind review holds here too: the sheet shows no other juror's scores.
    pub fn jury_sheet(
        &self,
        request: &crate::api::JurorSheetRequest,
    ) -> Result<crate::api::JurorSheet, Error> {
        let rubric = self.rubric(&request.round)?;
        self.read(|db| {
            let f = find(db, &request.round)?;
            let j = juror_by_email(db, &request.juror)?;
            let criteria = juries::criteria(db, f.round.id)?;
            let mine: Vec<i64> = juries::assignments(db, f.round.id)?
                .into_iter()
                .filter(|(jj, _, _)| *jj == j.id)
                .map(|(_, w, _)| w)
                .collect();
            // Read once for the whole sheet: the screen asks for it after every keystroke.
            let given: HashMap<(i64, String), f64> = juries::scores_of(db, f.round.id, j.id)?
                .into_iter()
                .map(|(w, key, value, _)| ((w, key), value))
                .collect();
            let comments: HashMap<i64, String> = juries::comments_of(db, f.round.id, j.id)?
                .into_iter()
                .map(|(w, comment, _)| (w, comment))
                .collect();
            let titles = works::titles_of(db, &mine)?;
            let lists = works::lists_of(db, &mine)?;
            let all_fields = works::fields_of_works(db, &mine)?;
            let empty = Vec::new();
            let no_fields = Vec::new();
            let mut entries = Vec::with_capacity(mine.len());
            for w in &mine {
                let fields = all_fields.get(w).unwrap_or(&no_fields);
                let scores: Vec<crate::api::CriterionScore> = criteria
                    .iter()
                    .map(|c| crate::api::CriterionScore {
                        key: c.key.clone(),
                        value: given.get(&(*w, c.key.clone())).copied(),
                    })
                    .collect();
                let complete = scores.iter().all(|s| s.value.is_some());
                entries.push(crate::api::SheetEntry {
                    work_id: WorkId(*w),
                    title: crate::works::shown_title(
                        &request.lang,
                        titles.get(w).unwrap_or(&empty),
                    )
                    .0,
                    year: lists.get(w).and_then(|l| l.year),
                    languages: lists
                        .get(w)
                        .map(|l| l.languages.clone())
                        .unwrap_or_default(),
                    screener: fields
                        .iter()
                        .find(|(n, v)| {
                            n.to_lowercase().contains("screener")
                                && !n.to_lowercase().contains("password")
                                && v.starts_with("http")
                        })
                        .map(|(_, v)| v.clone()),
                    screener_file: fields.iter().any(|(n, _)| n == SCREENER_FILE),
                    scores,
                    comment: comments.get(w).cloned(),
                    complete,
                });
            }
            let complete = entries.iter().filter(|e| e.complete).count() as u64;
            Ok(crate::api::JurorSheet {
                rubric,
                juror: j.email,
                entries,
                complete,
            })
        })
    }

    /// Each juror's totals in a round, from complete sheets: where a juror's scores sit on
    /// the scale shows a harsh or a lenient one at a glance.
    pub fn jury_distribution(&self, r: &RoundRef) -> Result<crate::api::Distribution, Error> {
        self.read(|db| {
            let data = round_data(db, r)?;
            let wsum: f64 = data.criteria.iter().map(|c| c.weight).sum();
            if data.criteria.is_empty() {
                return Err(Error::RubricEmpty {
                    section: data.found.section.clone(),
                    round: data.found.round.number,
                });
            }
            let scale = |f: fn(&CriterionRow) -> f64| {
                data.criteria.iter().map(|c| c.weight * f(c)).sum::<f64>() / wsum
            };
            let mut sheets: BTreeMap<(i64, i64), BTreeMap<i64, f64>> = BTreeMap::new();
            for (j, w, c, v) in juries::scores(db, data.found.round.id)? {
                if !data.conflicted.contains_key(&(j, w)) {
                    sheets.entry((j, w)).or_default().insert(c, v);
                }
            }
            let jurors = data
                .jurors
                .iter()
                .map(|j| {
                    let totals: Vec<f64> = sheets
                        .iter()
                        .filter(|((jj, _), v)| *jj == j.id && v.len() == data.criteria.len())
                        .map(|(_, v)| {
                            data.criteria
                                .iter()
                                .map(|c| c.weight * v.get(&c.id).copied().unwrap_or(0.0))
                                .sum::<f64>()
                                / wsum
                        })
                        .collect();
                    let mean = (!totals.is_empty())
                        .then(|| totals.iter().sum::<f64>() / totals.len() as f64);
                    crate::api::JurorTotals {
                        juror: j.email.clone(),
                        totals,
                        mean,
                    }
                })
                .collect();
            Ok(crate::api::Distribution {
                min: scale(|c| c.min),
                max: scale(|c| c.max),
                jurors,
            })
        })
    }

    /// Attaches a screener file on this computer to a work, for the scoring screen to play
    /// beside the scores: a video file that exists, by its absolute path.
    pub fn jury_screener_set(&self, work: WorkId, file: &std::path::Path) -> Result<String, Error> {
        let unreadable = |reason: String| Error::ReadFile {
            path: file.to_path_buf(),
            reason,
        };
        let full = std::fs::canonicalize(file).map_err(|e| unreadable(e.to_string()))?;
        if !full.is_file() {
            return Err(unreadable("not a file".into()));
        }
        let video = full
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .is_some_and(|e| SCREENER_EXTENSIONS.contains(&e.as_str()));
        if !video {
            return Err(Error::ScreenerNotVideo(full.display().to_string()));
        }
        let value = full.display().to_string();
        self.write(|tx| {
            crate::require_work(tx, work)?;
            works::set_field(tx, work.get(), SCREENER_FILE, &value)?;
            self.audit(
                tx,
                "jury.screener",
                "work",
                Some(work.get()),
                serde_json::json!({ "file": value }),
            )
        })?;
        Ok(value)
    }

    /// The screener file attached to a work on this computer, if any.
    pub fn jury_screener_file(&self, work: WorkId) -> Result<Option<std::path::PathBuf>, Error> {
        self.read(|db| {
            Ok(works::fields_of(db, work.get())?
                .into_iter()
                .find(|(n, _)| n == SCREENER_FILE)
                .map(|(_, v)| std::path::PathBuf::from(v)))
        })
    }

    /// A round's results, exactly as CLI.md states them; titles in `lang`.
    pub fn jury_results(&self, r: &RoundRef, lang: &str) -> Result<JuryResults, Error> {
        self.read(|db| {
            let data = round_data(db, r)?;
            let entry_index = index_of(&data.entries, |x| x.work_id);
            let juror_index = index_of(&data.jurors, |x| x.id);
            let criterion_index = index_of(&data.criteria, |x| x.id);
            let scores: Vec<Score> = juries::scores(db, data.found.round.id)?
                .into_iter()
                .filter(|(j, w, _, _)| !data.conflicted.contains_key(&(*j, *w)))
                .filter_map(|(j, w, c, value)| {
                    Some(Score {
                        juror: *juror_index.get(&j)?,
                        entry: *entry_index.get(&w)?,
                        criterion: *criterion_index.get(&c)?,
                        value,
                    })
                })
                .collect();
            let criteria: Vec<Criterion> = data
                .criteria
                .iter()
                .map(|c| Criterion {
                    key: c.key.clone(),
                    weight: c.weight,
                    min: c.min,
                    max: c.max,
                })
                .collect();
            if criteria.is_empty() {
                return Err(Error::RubricEmpty {
                    section: data.found.section.clone(),
                    round: data.found.round.number,
                });
            }
            let computed =
                results::compute(&criteria, data.entries.len(), data.jurors.len(), &scores);
            let ids: Vec<i64> = data.entries.iter().map(|e| e.work_id).collect();
            let titles = works::titles_of(db, &ids)?;
            let empty = Vec::new();
            let entries = computed
                .entries
                .into_iter()
                .map(|e| {
                    let work = data.entries[e.entry].work_id;
                    EntryResult {
                        work_id: WorkId(work),
                        title: crate::works::shown_title(lang, titles.get(&work).unwrap_or(&empty))
                            .0,
                        count: e.count as u64,
                        mean: e.mean,
                        median: e.median,
                        stddev: e.stddev,
                        min: e.min,
                        max: e.max,
                        normalized_mean: e.normalized_mean,
                        weighted_total: e.weighted_total,
                        schulze_rank: e.schulze_rank as u64,
                        borda_score: e.borda_score,
                        disagreement: e.disagreement,
                    }
                })
                .collect();
            Ok(JuryResults {
                entries,
                krippendorff_alpha: crate::api::Agreement {
                    total: computed.alpha_total,
                    criteria: computed
                        .alpha_criteria
                        .into_iter()
                        .collect::<BTreeMap<_, _>>(),
                },
            })
        })
    }
}

/// A pair the round may hold: the work is one of its entries, the juror sits on its jury
/// and no conflict stands between them.
fn check_pair(data: &RoundData, j: &JurorRow, work: i64) -> Result<(), Error> {
    if !data.entries.iter().any(|e| e.work_id == work) {
        return Err(Error::EntryNotInRound {
            work,
            section: data.found.section.clone(),
            round: data.found.round.number,
        });
    }
    if !data.jurors.iter().any(|x| x.id == j.id) {
        return Err(Error::JurorNotOnJury {
            juror: j.email.clone(),
            section: data.found.section.clone(),
        });
    }
    if data.conflicted.contains_key(&(j.id, work)) {
        return Err(Error::ConflictedPair {
            juror: j.email.clone(),
            work,
        });
    }
    Ok(())
}
