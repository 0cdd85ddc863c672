//! Jury packets and score sheets, in the exchange's envelopes but outside the streams: a
//! file carried by hand or by mail.
//!
//! - A **packet** (kind `jury-packet`) is sealed by the chair to one juror's key and
//!   carries only that juror's entries, round by round: the rubric, each work's card with
//!   its titles and synopses in the juror's languages (and the original), its posters, its
//!   screener link and password; credits are left out of a blind round. Nothing about
//!   other jurors. Opening it on the juror's laptop makes a juror profile there: the
//!   editions, sections, rounds, rubrics, works and the juror's assignments.
//! - A **score sheet** (kind `jury-sheet`) is sealed by the juror to the chair and signed
//!   with the juror's key: every score and comment with the time it was set. Merging it on
//!   the chair's side takes each score that is newer than the stored one (at the same
//!   moment, the larger), so merging is idempotent and comes to the same in any order; a
//!   sheet from a key no juror's card names, for a pair not assigned to that juror, or
//!   altered after signing is refused whole and changes nothing.

use crate::api::{
    PacketOpened, PacketWritten, RoundRef, RubricCriterion, SheetMerged, SheetWritten, WorkCard,
};
use crate::jury::{check_value, find, find_or_make, juror_by_email};
use crate::{Caravan, Error};
use caravan_domain::{JudgingStatus, MediaKind, SubmissionStatus, WorkId};
use caravan_exchange::envelope::{self, Address, Attachment, Limits};
use caravan_exchange::{Card, Fingerprint, PublicKeys};
use caravan_store::juries::{self, CriterionRow, JurorRow, RoundRow};
use caravan_store::{editions, exchange, submissions, works, Db};
use std::path::Path;

const KIND_PACKET: &str = "jury-packet";
const KIND_SHEET: &str = "jury-sheet";

/// A packet holds a juror's whole load, posters included: room for a thousand entries.
fn packet_limits() -> Limits {
    Limits {
        payload_bytes: 1024 * 1024 * 1024,
        attachments: 4096,
        ..Limits::default()
    }
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct PacketBody {
    uid: String,
    /// The chair's member, as its card names it.
    chair: String,
    juror: PacketJuror,
    issued_at: i64,
    rounds: Vec<PacketRound>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct PacketJuror {
    email: String,
    name: String,
    languages: Vec<String>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct PacketRound {
    edition: String,
    edition_name: String,
    section: String,
    section_name: String,
    round: u32,
    deadline: Option<String>,
    blind: bool,
    criteria: Vec<RubricCriterion>,
    entries: Vec<PacketEntry>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct PacketEntry {
    /// The work's id in the chair's database: the sheet names it so.
    work_id: i64,
    card: WorkCard,
    #[serde(default)]
    screener_password: Option<String>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct SheetBody {
    packet: String,
    juror: String,
    issued_at: i64,
    scores: Vec<SheetScore>,
    comments: Vec<SheetComment>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct SheetScore {
    edition: String,
    section: String,
    round: u32,
    work: i64,
    criterion: String,
    value: f64,
    at: i64,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct SheetComment {
    edition: String,
    section: String,
    round: u32,
    work: i64,
    comment: String,
    at: i64,
}

/// Keeps the texts in languages the juror reads, and the original; all of them when
/// none would remain.
fn for_reader(texts: &mut Vec<crate::api::LocalizedText>, languages: &[String]) {
    let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    let kept: Vec<_> = texts
        .iter()
        .filter(|t| t.original || languages.iter().any(|l| primary(l) == primary(&t.lang)))
        .cloned()
        .collect();
    if !kept.is_empty() {
        *texts = kept;
    }
}

fn write_out(out: &Path, bytes: &[u8]) -> Result<(), Error> {
    let failed = |e: std::io::Error| Error::Export {
        path: out.to_path_buf(),
        reason: e.to_string(),
    };
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    std::io::Write::write_all(&mut temp, bytes).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    temp.persist(out).map_err(|e| failed(e.error))?;
    Ok(())
}

fn keys_of_card(card: &[u8]) -> Result<PublicKeys, Error> {
    Ok(Card::read(card)?.keys)
}

fn criterion_rows(criteria: &[RubricCriterion]) -> Result<Vec<CriterionRow>, Error> {
    criteria
        .iter()
        .map(|c| {
            caravan_domain::check_slug(&c.key)?;
            Ok(CriterionRow {
                id: 0,
                key: c.key.clone(),
                labels: crate::alliance::checked_texts("criterion-label", &c.labels)?,
                min: c.min,
                max: c.max,
                step: c.step,
                weight: c.weight,
            })
        })
        .collect()
}

/// The member card whose key has this fingerprint, among those held.
fn member_keys(db: &Db<'_>, fp: &Fingerprint) -> Option<PublicKeys> {
    exchange::current_keys(db)
        .ok()?
        .into_iter()
        .find(|k| k.fingerprint == fp.as_str() && !k.revoked)
        .and_then(|k| keys_of_card(&k.card).ok())
}

impl Caravan {
    /// Seals a packet for one juror: the rounds it has entries in, with only its entries.
    pub fn jury_packet_export(&self, juror: &str, out: &Path) -> Result<PacketWritten, Error> {
        let identity = self.secret_identity()?;
        let own = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let now = self.clock.now_ms();
        let (j, rounds) = self.read(|db| {
            let j = juror_by_email(db, juror)?;
            let rounds = juries::rounds_of_juror(db, j.id)?;
            Ok((j, rounds))
        })?;
        let card = j
            .card
            .clone()
            .ok_or_else(|| Error::JurorHasNoCard(j.email.clone()))?;
        let keys = keys_of_card(&card)?;
        let languages: Vec<String> = serde_json::from_str(&j.languages).unwrap_or_default();
        let mut attachments: Vec<Attachment> = Vec::new();
        let mut body_rounds = Vec::with_capacity(rounds.len());
        let mut entries_total = 0u64;
        for (round, edition, section) in &rounds {
            let (criteria, mine, names) = self.read(|db| {
                let criteria = juries::criteria(db, round.id)?;
                let mine: Vec<i64> = juries::assignments(db, round.id)?
                    .into_iter()
                    .filter(|(jj, _, _)| *jj == j.id)
                    .map(|(_, w, _)| w)
                    .collect();
                let e = editions::by_slug(db, edition)?;
                let names = e
                    .map(|e| {
                        let s = e
                            .sections
                            .iter()
                            .find(|s| s.slug == *section)
                            .map(|s| s.name.clone());
                        (e.name.clone(), s.unwrap_or_else(|| section.clone()))
                    })
                    .unwrap_or_else(|| (edition.clone(), section.clone()));
                Ok((criteria, mine, names))
            })?;
            let mut entries = Vec::with_capacity(mine.len());
            for w in mine {
                let (mut card, files) = self.work_card(WorkId(w))?;
                for_reader(&mut card.titles, &languages);
                for_reader(&mut card.synopses, &languages);
                if round.blind {
                    card.credits.clear();
                }
                card.posters.clear();
                for (i, f) in files.into_iter().enumerate() {
                    let name = format!("w{w}-{}-{}", i + 1, f.name);
                    card.posters.push(name.clone());
                    attachments.push(Attachment {
                        name,
                        bytes: f.bytes,
                    });
                }
                let password = self.read(|db| {
                    Ok(works::fields_of(db, w)?
                        .into_iter()
                        .find(|(name, _)| name.to_lowercase().contains("password"))
                        .map(|(_, v)| v))
                })?;
                entries.push(PacketEntry {
                    work_id: w,
                    card,
                    screener_password: password,
                });
            }
            entries_total += entries.len() as u64;
            body_rounds.push(PacketRound {
                edition: edition.clone(),
                edition_name: names.0,
                section: section.clone(),
                section_name: names.1,
                round: round.number,
                deadline: round.deadline.clone(),
                blind: round.blind,
                criteria: criteria
                    .into_iter()
                    .map(|c| RubricCriterion {
                        labels: crate::alliance::texts_of(&c.labels),
                        key: c.key,
                        min: c.min,
                        max: c.max,
                        step: c.step,
                        weight: c.weight,
                    })
                    .collect(),
                entries,
            });
        }
        if body_rounds.is_empty() {
            return Err(Error::JurorHasNoEntries(j.email.clone()));
        }
        let mut uid = [0u8; 12];
        self.entropy.fill(&mut uid);
        let body = PacketBody {
            uid: format!("pkt-{}", hex::encode(uid)),
            chair: own.member.clone(),
            juror: PacketJuror {
                email: j.email.clone(),
                name: j.name.clone(),
                languages,
            },
            issued_at: now,
            rounds: body_rounds,
        };
        let bytes = envelope::seal(
            &identity,
            &Address {
                kind: KIND_PACKET,
                seq: 1,
                prev: None,
                created_at: now,
                recipients: &[keys],
            },
            &serde_json::to_vec(&body).unwrap_or_default(),
            &attachments,
        )?;
        write_out(out, &bytes)?;
        self.write(|tx| {
            self.audit(
                tx,
                "jury.packet",
                "juror",
                Some(j.id),
                serde_json::json!({ "uid": body.uid, "entries": entries_total }),
            )
        })?;
        Ok(PacketWritten {
            path: out.display().to_string(),
            juror: j.email,
            rounds: body.rounds.len() as u64,
            entries: entries_total,
            bytes: bytes.len() as u64,
        })
    }

    /// Opens a packet on the juror's laptop: checked whole (the chair's key among the
    /// cards held, the signature, sealed to this profile), then the rounds, rubrics, works
    /// and the juror's assignments stored in one transaction.
    pub fn jury_packet_open(&self, file: &Path) -> Result<PacketOpened, Error> {
        let me = self.secret_identity()?;
        let bytes = crate::read_file(
            file,
            packet_limits().payload_bytes + packet_limits().header_bytes,
        )?;
        let verified = self.read(|db| {
            Ok(envelope::verify(&bytes[..], &packet_limits(), |fp| {
                member_keys(db, fp)
            })?)
        })?;
        if verified.header.kind != KIND_PACKET {
            return Err(Error::PacketWrongKind(verified.header.kind.clone()));
        }
        let contents = verified.open(&me)?;
        let body: PacketBody = serde_json::from_slice(&contents.body)
            .map_err(|e| Error::RecommendationMalformed(format!("packet: {e}")))?;
        let now = self.clock.now_ms();
        let sender = verified.header.sender.clone();
        let (posters, entries) = self.write(|tx| {
            let juror_id = juries::put_juror(
                tx,
                &JurorRow {
                    id: 0,
                    email: body.juror.email.clone(),
                    name: body.juror.name.clone(),
                    names: "[]".into(),
                    languages: serde_json::to_string(&body.juror.languages).unwrap_or_default(),
                    country: None,
                    member: None,
                    company: None,
                    fingerprint: Some(me.fingerprint().as_str().to_owned()),
                    card: None,
                },
            )?;
            let mut mapping = Vec::new();
            let mut posters: Vec<(i64, String)> = Vec::new();
            let mut entries = 0u64;
            for r in &body.rounds {
                let edition_id = match editions::by_slug(tx, &r.edition)? {
                    Some(e) => e.id,
                    None => editions::insert(tx, &r.edition, &r.edition_name, None, None)?,
                };
                let section_id =
                    editions::add_section(tx, edition_id, &r.section, &r.section_name)?;
                let rref = RoundRef {
                    section: r.section.clone(),
                    edition: Some(r.edition.clone()),
                    round: r.round,
                };
                let f = find_or_make(tx, &rref)?;
                juries::put_round(
                    tx,
                    &RoundRow {
                        deadline: r.deadline.clone(),
                        blind: r.blind,
                        ..f.round.clone()
                    },
                )?;
                for c in criterion_rows(&r.criteria)? {
                    juries::put_criterion(tx, f.round.id, &c)?;
                }
                juries::seat(tx, section_id, juror_id)?;
                for e in &r.entries {
                    let work = match juries::packet_work(tx, &body.uid, e.work_id)? {
                        Some(w) => w,
                        None => match crate::alliance::existing_work(tx, &e.card)? {
                            Some(w) => w,
                            None => crate::alliance::store_card(tx, &e.card, &body.chair, now)?,
                        },
                    };
                    if let Some(link) = &e.card.screener {
                        works::append_field(tx, work, "Screener", link)?;
                    }
                    if let Some(password) = &e.screener_password {
                        works::append_field(tx, work, "Screener password", password)?;
                    }
                    submissions::upsert(
                        tx,
                        &submissions::NewSubmission {
                            work_id: work,
                            section_id,
                            source: "manual",
                            status: SubmissionStatus::InConsideration,
                            judging: JudgingStatus::Undecided,
                            submitted_at: None,
                        },
                        now,
                    )?;
                    crate::search::index_work(tx, work)?;
                    juries::assign(tx, f.round.id, juror_id, work, "auto", now)?;
                    mapping.push((e.work_id, work));
                    posters.extend(e.card.posters.iter().map(|p| (work, p.clone())));
                    entries += 1;
                }
            }
            juries::put_packet(tx, &body.uid, &sender, &body.juror.email, &mapping, now)?;
            self.audit(
                tx,
                "jury.packet.open",
                "juror",
                Some(juror_id),
                serde_json::json!({ "uid": body.uid, "entries": entries }),
            )?;
            Ok((posters, entries))
        })?;
        // Posters after: an image refused does not undo the packet.
        for (work, name) in posters {
            if let Some((_, data)) = contents.attachments.iter().find(|(n, _)| *n == name) {
                let _ = self.add_media_bytes(
                    WorkId(work),
                    data,
                    Some(name.clone()),
                    file,
                    MediaKind::Poster,
                );
            }
        }
        Ok(PacketOpened {
            juror: body.juror.email,
            chair: body.chair,
            rounds: body.rounds.len() as u64,
            entries,
        })
    }

    /// Seals this juror's score sheet (every score and comment with when it was set),
    /// signed, to the chair of the last packet opened here, naming the works by the
    /// chair's ids.
    pub fn jury_sheet_export(&self, out: &Path) -> Result<SheetWritten, Error> {
        let identity = self.secret_identity()?;
        let now = self.clock.now_ms();
        let (uid, chair, juror, scores, comments) = self.read(|db| {
            let (uid, chair, juror) = juries::packets(db)?.pop().ok_or(Error::NoPacket)?;
            let j = juror_by_email(db, &juror)?;
            let mut scores = Vec::new();
            let mut comments = Vec::new();
            for (round, edition, section) in juries::rounds_of_juror(db, j.id)? {
                for (work, criterion, value, at) in juries::scores_of(db, round.id, j.id)? {
                    if let Some(chair_work) = juries::chair_work(db, &uid, work)? {
                        scores.push(SheetScore {
                            edition: edition.clone(),
                            section: section.clone(),
                            round: round.number,
                            work: chair_work,
                            criterion,
                            value,
                            at,
                        });
                    }
                }
                for (work, comment, at) in juries::comments_of(db, round.id, j.id)? {
                    if let Some(chair_work) = juries::chair_work(db, &uid, work)? {
                        comments.push(SheetComment {
                            edition: edition.clone(),
                            section: section.clone(),
                            round: round.number,
                            work: chair_work,
                            comment,
                            at,
                        });
                    }
                }
            }
            Ok((uid, chair, juror, scores, comments))
        })?;
        let chair_keys = self
            .read(|db| {
                let fp = Fingerprint::parse(&chair)?;
                Ok(member_keys(db, &fp))
            })?
            .ok_or_else(|| Error::MemberHasNoCard(chair.clone()))?;
        let body = SheetBody {
            packet: uid,
            juror: juror.clone(),
            issued_at: now,
            scores,
            comments,
        };
        let bytes = envelope::seal(
            &identity,
            &Address {
                kind: KIND_SHEET,
                seq: 1,
                prev: None,
                created_at: now,
                recipients: &[chair_keys],
            },
            &serde_json::to_vec(&body).unwrap_or_default(),
            &[],
        )?;
        write_out(out, &bytes)?;
        Ok(SheetWritten {
            path: out.display().to_string(),
            juror,
            scores: body.scores.len() as u64,
            comments: body.comments.len() as u64,
        })
    }

    /// Merges a juror's score sheet on the chair's side.
    pub fn jury_sheet_merge(&self, file: &Path) -> Result<SheetMerged, Error> {
        let me = self.secret_identity()?;
        let bytes = crate::read_file(file, Limits::default().payload_bytes)?;
        let verified = self
            .read(|db| {
                Ok(envelope::verify(&bytes[..], &Limits::default(), |fp| {
                    juries::juror_by_fingerprint(db, fp.as_str())
                        .ok()
                        .flatten()
                        .and_then(|j| j.card)
                        .and_then(|c| keys_of_card(&c).ok())
                })?)
            })
            .map_err(|e| match e {
                Error::Exchange(caravan_exchange::ExchangeError::UnknownSender(_)) => {
                    Error::SheetUnknownJuror
                }
                other => other,
            })?;
        if verified.header.kind != KIND_SHEET {
            return Err(Error::PacketWrongKind(verified.header.kind.clone()));
        }
        let contents = verified.open(&me)?;
        let body: SheetBody = serde_json::from_slice(&contents.body)
            .map_err(|e| Error::RecommendationMalformed(format!("sheet: {e}")))?;
        let now = self.clock.now_ms();
        self.write(|tx| {
            let j = juries::juror_by_fingerprint(tx, &verified.header.sender)?
                .ok_or(Error::SheetUnknownJuror)?;
            if !j.email.eq_ignore_ascii_case(&body.juror) {
                return Err(Error::RecommendationMalformed(format!(
                    "a sheet of {} signed by {}",
                    body.juror, j.email
                )));
            }
            if !juries::note_sheet(tx, &verified.hash, j.id, body.scores.len() as u64, now)? {
                return Ok(SheetMerged {
                    juror: j.email,
                    scores: body.scores.len() as u64,
                    applied: 0,
                    already: true,
                });
            }
            let mut applied = 0u64;
            let mut rounds: std::collections::HashMap<
                (String, String, u32),
                (crate::jury::Found, Vec<CriterionRow>),
            > = std::collections::HashMap::new();
            let declared = juries::conflicts_of(tx, j.id)?;
            let declared: Vec<&juries::ConflictRow> = declared.iter().collect();
            for s in &body.scores {
                let key = (s.edition.clone(), s.section.clone(), s.round);
                if !rounds.contains_key(&key) {
                    let f = find(
                        tx,
                        &RoundRef {
                            section: s.section.clone(),
                            edition: Some(s.edition.clone()),
                            round: s.round,
                        },
                    )?;
                    let criteria = juries::criteria(tx, f.round.id)?;
                    rounds.insert(key.clone(), (f, criteria));
                }
                let (f, criteria) = &rounds[&key];
                if !juries::is_assigned(tx, f.round.id, j.id, s.work)? {
                    return Err(Error::NotAssigned {
                        juror: j.email.clone(),
                        work: s.work,
                    });
                }
                if let Some(entry) = juries::entry(tx, &f.round, s.work)? {
                    if crate::jury::conflict_of(&j, &entry, &declared).is_some() {
                        return Err(Error::ConflictedPair {
                            juror: j.email.clone(),
                            work: s.work,
                        });
                    }
                }
                let c = criteria
                    .iter()
                    .find(|c| c.key == s.criterion)
                    .ok_or_else(|| Error::RubricCriterionNotFound(s.criterion.clone()))?;
                check_value(c, s.value)?;
                if juries::set_score_if_newer(tx, f.round.id, j.id, s.work, c.id, s.value, s.at)? {
                    applied += 1;
                }
            }
            for c in &body.comments {
                let f = find(
                    tx,
                    &RoundRef {
                        section: c.section.clone(),
                        edition: Some(c.edition.clone()),
                        round: c.round,
                    },
                )?;
                if !juries::is_assigned(tx, f.round.id, j.id, c.work)? {
                    return Err(Error::NotAssigned {
                        juror: j.email.clone(),
                        work: c.work,
                    });
                }
                juries::set_comment_if_newer(tx, f.round.id, j.id, c.work, &c.comment, c.at)?;
            }
            self.audit(
                tx,
                "jury.sheet.merge",
                "juror",
                Some(j.id),
                serde_json::json!({ "scores": body.scores.len(), "applied": applied }),
            )?;
            Ok(SheetMerged {
                juror: j.email,
                scores: body.scores.len() as u64,
                applied,
                already: false,
            })
        })
    }
}
