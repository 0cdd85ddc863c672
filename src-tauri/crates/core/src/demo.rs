//! The demo alliance: the two alliances of the seed documents, their members in real
//! countries, two editions with sections, and works whose titles span many scripts. Seeding
//! is idempotent — everything is matched by slug or by its demo key — so running it twice
//! changes nothing.

use crate::api::DemoTotals;
use crate::{Caravan, Error};
use caravan_domain::{
    CountryCode, CreditRole, EditionId, JudgingStatus, LangTag, MemberKind, Provenance,
    SubmissionStatus, TextField, Tier, WorkKind,
};
use caravan_store::{editions, members, submissions, works, Tx};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The identifier kind that marks a work as one of the demo's, with its key.
const DEMO_KEY: &str = "caravan-demo";

#[derive(Deserialize)]
struct AllianceFile {
    alliances: Vec<DemoAlliance>,
    members: Vec<DemoMember>,
    editions: Vec<DemoEdition>,
}

#[derive(Deserialize)]
struct DemoAlliance {
    slug: String,
    name: String,
    founded: Option<i32>,
    #[serde(default)]
    secretariat: Option<String>,
    /// (key, texts by language)
    #[serde(default)]
    criteria: Vec<(String, BTreeMap<String, String>)>,
}

#[derive(Deserialize)]
struct DemoMember {
    slug: String,
    name: String,
    kind: String,
    country: String,
    city: Option<String>,
    languages: Vec<String>,
    /// (alliance slug, tier, year joined)
    alliances: Vec<(String, Option<String>, Option<i32>)>,
}

#[derive(Deserialize)]
struct DemoEdition {
    slug: String,
    name: String,
    year: Option<i32>,
    host: String,
    sections: Vec<(String, String)>,
    labels: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct DemoWork {
    key: String,
    year: Option<i32>,
    minutes: Option<i64>,
    seconds: Option<i64>,
    countries: Vec<String>,
    languages: Vec<String>,
    original: String,
    titles: BTreeMap<String, String>,
    #[serde(default)]
    synopses: BTreeMap<String, String>,
    credits: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    identifiers: BTreeMap<String, String>,
    /// (edition slug, section slug, submission status, judging status or label)
    entry: (String, String, String, String),
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> T {
    // The demo files are compiled in and checked by the core's tests; a broken one is a
    // bug in this build, not bad input.
    serde_json::from_str(text).unwrap_or_else(|e| panic!("demo/{name} is invalid: {e}"))
}

impl Caravan {
    /// Seeds the demo alliance and returns the totals afterwards.
    pub fn seed_demo(&self) -> Result<DemoTotals, Error> {
        let alliance: AllianceFile = parse("alliance.json", include_str!("../demo/alliance.json"));
        let films: Vec<DemoWork> = parse("films.json", include_str!("../demo/films.json"));
        let music: Vec<DemoWork> = parse("music.json", include_str!("../demo/music.json"));
        let now = self.clock.now_ms();
        self.write(|tx| {
            let added = seed(tx, &alliance, &films, &music, now)?;
            if added > 0 {
                let detail = serde_json::json!({ "works_added": added });
                self.audit(tx, "demo.seed", "alliance", None, detail)?;
            }
            Ok(())
        })?;
        self.totals()
    }

    /// Whether the database holds no works yet, as on a first start.
    pub fn is_empty(&self) -> Result<bool, Error> {
        Ok(self.read(|conn| Ok(works::count(conn, None)?))? == 0)
    }

    fn totals(&self) -> Result<DemoTotals, Error> {
        self.read(|conn| {
            Ok(DemoTotals {
                alliances: members::count_alliances(conn)?,
                members: members::count_members(conn)?,
                editions: editions::count(conn)?,
                works: works::count(conn, None)?,
            })
        })
    }

    /// Adds `count` generated works, cycling through the demo's titles with a number, so
    /// Caravan can be tried and measured at the scale of a large festival. Written in
    /// batches so readers are never blocked for long.
    /// Adds `count` generated works (the demo's titles, numbered, with their countries
    /// and languages); with `into`, each is also entered in one of that edition's
    /// sections, with a spread of statuses, to try the submissions table at scale.
    pub fn seed_generated_works(
        &self,
        count: u64,
        into: Option<EditionId>,
    ) -> Result<DemoTotals, Error> {
        let films: Vec<DemoWork> = parse("films.json", include_str!("../demo/films.json"));
        let music: Vec<DemoWork> = parse("music.json", include_str!("../demo/music.json"));
        let models: Vec<(WorkKind, &DemoWork)> = films
            .iter()
            .map(|w| (WorkKind::Film, w))
            .chain(music.iter().map(|w| (WorkKind::Music, w)))
            .collect();
        let now = self.clock.now_ms();
        let (start, sections) = self.read(|db| {
            let sections = match into {
                Some(e) => crate::require_edition(db, e)?
                    .sections
                    .into_iter()
                    .map(|s| s.id)
                    .collect(),
                None => Vec::new(),
            };
            Ok((works::count(db, None)?, sections))
        })?;
        const BATCH: u64 = 5000;
        let mut done = 0;
        while done < count {
            let n = BATCH.min(count - done);
            self.write(|tx| {
                let mut ids = Vec::with_capacity(n as usize);
                for i in 0..n {
                    let serial = start + done + i + 1;
                    let (kind, model) = models[(serial as usize) % models.len()];
                    let id = works::insert(tx, kind, model.year, runtime(model), now)?;
                    for (i, c) in model.countries.iter().enumerate() {
                        works::add_country(tx, id, i, CountryCode::parse(c)?.as_str())?;
                    }
                    for (i, l) in model.languages.iter().enumerate() {
                        works::add_language(tx, id, i, &lang(l)?)?;
                    }
                    if !sections.is_empty() {
                        let status = match serial % 10 {
                            0 => SubmissionStatus::Withdrawn,
                            1 => SubmissionStatus::Incomplete,
                            2 => SubmissionStatus::Disqualified,
                            _ => SubmissionStatus::InConsideration,
                        };
                        submissions::upsert(
                            tx,
                            &submissions::NewSubmission {
                                work_id: id,
                                section_id: sections[(serial as usize) % sections.len()],
                                source: "demo",
                                status,
                                judging: JudgingStatus::Undecided,
                                submitted_at: Some(now - (serial as i64) * 60_000),
                            },
                            now,
                        )?;
                    }
                    for (lang, text) in &model.titles {
                        let text = format!("{text} {serial}");
                        works::set_text(
                            tx,
                            id,
                            TextField::Title,
                            lang,
                            &text,
                            *lang == model.original,
                            Provenance::Machine,
                        )?;
                    }
                    ids.push(id);
                }
                // Indexed after the batch's rows: FTS5 flushes at every statement
                // savepoint, so interleaving would write a segment per work.
                for id in ids {
                    crate::search::index_work(tx, id)?;
                }
                Ok(())
            })?;
            done += n;
        }
        self.write(|tx| {
            self.audit(
                tx,
                "demo.generate",
                "work",
                None,
                serde_json::json!({ "count": count, "into": into }),
            )
        })?;
        self.totals()
    }
}

fn runtime(w: &DemoWork) -> Option<i64> {
    w.seconds.or(w.minutes.map(|m| m * 60))
}

fn lang(tag: &str) -> Result<String, Error> {
    Ok(LangTag::parse(tag)?.to_string())
}

/// Seeds everything; returns how many works were new.
fn seed(
    tx: &Tx<'_>,
    file: &AllianceFile,
    films: &[DemoWork],
    music: &[DemoWork],
    now: i64,
) -> Result<u64, Error> {
    let mut alliance_ids = BTreeMap::new();
    for a in &file.alliances {
        let id = members::upsert_alliance(tx, &a.slug, &a.name, a.founded)?;
        if let Some(s) = &a.secretariat {
            members::set_secretariat(tx, id, s, None)?;
        }
        for (key, texts) in &a.criteria {
            let texts = serde_json::to_string(texts).unwrap_or_default();
            caravan_store::admissions::put_criterion(tx, id, key, &texts)?;
        }
        alliance_ids.insert(a.slug.as_str(), id);
    }
    for m in &file.members {
        let languages = m
            .languages
            .iter()
            .map(|l| lang(l))
            .collect::<Result<Vec<_>, _>>()?;
        let id = members::upsert_member(
            tx,
            &members::NewMember {
                slug: &m.slug,
                name: &m.name,
                kind: MemberKind::parse(&m.kind)?,
                country: CountryCode::parse(&m.country)?.as_str(),
                city: m.city.as_deref(),
                languages: &languages,
            },
        )?;
        for (alliance, tier, joined) in &m.alliances {
            let tier = tier.as_deref().map(Tier::parse).transpose()?;
            let joined = joined.map(|y| format!("{y:04}"));
            members::join(
                tx,
                alliance_ids[alliance.as_str()],
                id,
                tier.map(|t| t.as_str()),
                joined.as_deref(),
            )?;
        }
    }
    let mut sections = BTreeMap::new();
    for e in &file.editions {
        let id = match editions::by_slug(tx, &e.slug)? {
            Some(existing) => existing.id,
            None => editions::insert(
                tx,
                &e.slug,
                &e.name,
                e.year,
                members::member_id(tx, &e.host)?,
            )?,
        };
        for (slug, name) in &e.sections {
            sections.insert(
                (e.slug.clone(), slug.clone()),
                editions::add_section(tx, id, slug, name)?,
            );
        }
        for (slug, name) in &e.labels {
            submissions::upsert_label(tx, id, slug, name)?;
        }
    }
    let mut added = 0;
    let all = films
        .iter()
        .map(|w| (WorkKind::Film, w))
        .chain(music.iter().map(|w| (WorkKind::Music, w)));
    for (kind, w) in all {
        if works::find_by_identifier(tx, DEMO_KEY, &w.key)?.is_some() {
            continue;
        }
        added += 1;
        let id = works::insert(tx, kind, w.year, runtime(w), now)?;
        works::add_identifier(tx, id, DEMO_KEY, &w.key)?;
        for (k, v) in &w.identifiers {
            works::add_identifier(tx, id, k, v)?;
        }
        let original = lang(&w.original)?;
        for (field, texts) in [
            (TextField::Title, &w.titles),
            (TextField::Synopsis, &w.synopses),
        ] {
            for (tag, text) in texts {
                let tag = lang(tag)?;
                works::set_text(
                    tx,
                    id,
                    field,
                    &tag,
                    text,
                    tag == original,
                    Provenance::Curator,
                )?;
            }
        }
        for (i, c) in w.countries.iter().enumerate() {
            works::add_country(tx, id, i, CountryCode::parse(c)?.as_str())?;
        }
        for (i, l) in w.languages.iter().enumerate() {
            works::add_language(tx, id, i, &lang(l)?)?;
        }
        let mut credits = w
            .credits
            .iter()
            .map(|(role, names)| Ok((CreditRole::parse(role)?, names)))
            .collect::<Result<Vec<_>, Error>>()?;
        // Billing order: directors first, then as the vocabulary lists the roles.
        credits.sort_by_key(|(role, _)| CreditRole::ALL.iter().position(|r| r == role));
        let mut position = 0;
        for (role, names) in credits {
            for name in names {
                works::add_credit(tx, id, role.as_str(), name, position)?;
                position += 1;
            }
        }
        let (edition, section, status, judging) = &w.entry;
        let judging = match judging.as_str() {
            "undecided" | "selected" | "not-selected" => JudgingStatus::from_parts(judging, None)?,
            label => JudgingStatus::Label(label.to_owned()),
        };
        submissions::upsert(
            tx,
            &submissions::NewSubmission {
                work_id: id,
                section_id: sections[&(edition.clone(), section.clone())],
                source: "demo",
                status: SubmissionStatus::parse(status)?,
                judging,
                submitted_at: Some(now),
            },
            now,
        )?;
        crate::search::index_work(tx, id)?;
    }
    Ok(added)
}
