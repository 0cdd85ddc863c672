//! Publishing this copy's streams to an exchange point, and pulling the streams of the
//! members whose cards it holds.
//!
//! A pull reads each sender's head (with the tag it had last time, so an unchanged
//! stream costs one request answered 304), then every envelope after the last applied,
//! in order. Each is verified (limits, signature, its place in the stream), opened when
//! addressed to this copy, and applied in one transaction together with the stream
//! position it moves; anything refused stops that sender's stream there, changes nothing,
//! and is reported with its code. A publish writes each envelope once, never over another,
//! then the head.

use super::{keys_of, limits, members::take_card, points::normalise};
use crate::api::{
    ExchangeProgress, PointSync, Published, PullEntry, PullReport, Refusal, SyncDirection,
    SyncPhase, SyncReport,
};
use crate::{Caravan, Error};
use caravan_exchange::envelope::{self, Verified};
use caravan_exchange::stream::{self, Head, Position};
use caravan_exchange::transport::{Fetched, Transport};
use caravan_exchange::{Card, ExchangeError, Fingerprint, Identity};
use caravan_i18n::Localizer;
use caravan_store::exchange::{self, NoteRow};
use caravan_store::Tx;

/// What an envelope's body says, by kind.
#[derive(serde::Deserialize)]
struct NoteBody {
    text: String,
    #[serde(default)]
    lang: Option<String>,
}

impl Caravan {
    /// Writes every envelope of this copy's streams the point does not have yet, then the
    /// heads and this copy's card.
    pub fn publish(
        &self,
        location: &str,
        progress: &mut dyn FnMut(ExchangeProgress),
    ) -> Result<Published, Error> {
        let location = normalise(location)?;
        let transport = caravan_exchange::transport::open(&location, self.patience)?;
        let row = self
            .read(|db| Ok(exchange::identity(db)?))?
            .ok_or(Error::IdentityMissing)?;
        let card = Card::read(&row.card)?;
        let senders = self.read(|db| Ok(exchange::outbox_senders(db)?))?;
        transport.make_dir("cards")?;
        transport.put(&stream::card_path(&card.fingerprint()), &row.card)?;
        let mut published = 0u64;
        let mut done = 0u64;
        let mut current_last = 0u64;
        for sender in senders {
            let fp = Fingerprint::parse(&sender)?;
            transport.make_dir(&stream::stream_dir(&fp))?;
            let remote = match transport.get(&stream::head_path(&fp), None, 4096)? {
                Fetched::Found { bytes, .. } => Head::read(&bytes)?.seq,
                _ => 0,
            };
            let rows = self.read(|db| Ok(exchange::outbox_after(db, &sender, 0, u64::MAX)?))?;
            let last = rows.last().map(|r| (r.seq, r.hash.clone()));
            let todo: Vec<_> = rows
                .into_iter()
                .filter(|r| r.seq > remote.min(last.as_ref().map_or(0, |l| l.0)))
                .collect();
            let total = done + todo.len() as u64;
            for r in &todo {
                let path = stream::envelope_path(&fp, r.seq);
                if transport.put_new(&path, &r.envelope)? {
                    published += 1;
                } else {
                    // Already there: fine if it is this very envelope (a publish that was
                    // cut off and run again), a conflict if it is another.
                    match transport.get(&path, None, limits().file_bytes())? {
                        Fetched::Found { bytes, .. } if bytes == r.envelope => {}
                        _ => return Err(ExchangeError::StreamConflict { path }.into()),
                    }
                }
                done += 1;
                progress(ExchangeProgress {
                    phase: SyncPhase::Publish,
                    location: location.clone(),
                    done,
                    total,
                });
            }
            if let Some((seq, hash)) = last {
                if !todo.is_empty() || remote != seq {
                    transport.put(&stream::head_path(&fp), &Head { seq, hash }.to_bytes())?;
                }
                if sender == row.fingerprint {
                    current_last = seq;
                }
            }
        }
        self.write(|tx| {
            exchange::set_published(tx, &location, current_last)?;
            self.audit(
                tx,
                "exchange.publish",
                "exchange-point",
                None,
                serde_json::json!({ "location": location, "published": published }),
            )
        })?;
        Ok(Published {
            published,
            location,
        })
    }

    /// Publishes to and pulls from (or only one of the two) every exchange point the
    /// profile remembers; a point
    /// that cannot be reached is reported and the others are still synced.
    pub fn sync(
        &self,
        direction: SyncDirection,
        l10n: &Localizer,
        progress: &mut dyn FnMut(ExchangeProgress),
    ) -> Result<SyncReport, Error> {
        let points = self.read(|db| Ok(exchange::points(db)?))?;
        if points.is_empty() {
            return Err(Error::NoPoints);
        }
        // Keys that cannot be opened stop the sync before any point is tried, rather than
        // failing at each one.
        if direction != SyncDirection::Publish {
            self.secret_identity()?;
        }
        let mut report = SyncReport { points: Vec::new() };
        for p in points {
            let published = match direction {
                SyncDirection::Pull => Ok(Published {
                    published: 0,
                    location: p.location.clone(),
                }),
                _ => self.publish(&p.location, progress),
            };
            let pulled = match direction {
                SyncDirection::Publish => Ok(PullReport::default()),
                _ => self.pull(&p.location, l10n, progress),
            };
            let error = [&published.as_ref().err(), &pulled.as_ref().err()]
                .into_iter()
                .flatten()
                .next()
                .map(|e| e.to_payload(l10n));
            report.points.push(PointSync {
                location: p.location,
                published: published.map(|p| p.published).unwrap_or(0),
                pull: pulled.unwrap_or_default(),
                error,
            });
        }
        Ok(report)
    }

    /// Reads every member's stream at a point and applies what is new.
    pub fn pull(
        &self,
        location: &str,
        l10n: &Localizer,
        progress: &mut dyn FnMut(ExchangeProgress),
    ) -> Result<PullReport, Error> {
        let location = normalise(location)?;
        let transport = caravan_exchange::transport::open(&location, self.patience)?;
        let me = self.secret_identity()?;
        let mut report = PullReport::default();
        let mut done = 0u64;
        // Every key held is read, old or current; a card applied on the way (a rotation)
        // brings a new key, whose stream is read in the same pull.
        let mut read: std::collections::HashSet<String> = std::collections::HashSet::new();
        read.insert(me.fingerprint().as_str().to_owned());
        loop {
            let senders: Vec<(String, String)> = self.read(|db| {
                Ok(exchange::all_keys(db)?
                    .into_iter()
                    .filter(|k| !read.contains(&k.fingerprint))
                    .map(|k| (k.fingerprint, k.member))
                    .collect())
            })?;
            if senders.is_empty() {
                break;
            }
            for (sender, member) in senders {
                read.insert(sender.clone());
                let fp = Fingerprint::parse(&sender)?;
                self.pull_stream(
                    &*transport,
                    &location,
                    &me,
                    (&fp, &member),
                    l10n,
                    &mut report,
                    &mut done,
                    progress,
                )?;
            }
        }
        self.write(|tx| {
            self.audit(
                tx,
                "exchange.pull",
                "exchange-point",
                None,
                serde_json::json!({
                    "location": location, "applied": report.applied, "skipped": report.skipped,
                    "refused": report.refused.len(),
                }),
            )
        })?;
        Ok(report)
    }

    #[allow(clippy::too_many_arguments)]
    fn pull_stream(
        &self,
        transport: &dyn Transport,
        location: &str,
        me: &Identity,
        (sender, member): (&Fingerprint, &str),
        l10n: &Localizer,
        report: &mut PullReport,
        done: &mut u64,
        progress: &mut dyn FnMut(ExchangeProgress),
    ) -> Result<(), Error> {
        let tag = self.read(|db| Ok(exchange::head_tag(db, location, sender.as_str())?))?;
        let (seq, hash) = self.read(|db| Ok(exchange::position(db, sender.as_str())?))?;
        let mut position = Position { seq, hash };
        let refuse = |report: &mut PullReport, seq: u64, e: &Error| {
            report.refused.push(Refusal {
                sender: sender.grouped(),
                seq,
                code: e.code().to_owned(),
                message: e.localize(l10n),
            });
        };
        let fetched = transport.get(&stream::head_path(sender), tag.as_deref(), 4096);
        let (head, etag) = match fetched.map_err(Error::from).and_then(|f| match f {
            Fetched::Found { bytes, etag } => Ok(Some((Head::read(&bytes)?, etag))),
            Fetched::NotModified | Fetched::NotFound => Ok(None),
        }) {
            Ok(Some(found)) => found,
            Ok(None) => return Ok(()),
            Err(e) if unreachable(&e) => return Err(e),
            Err(e) => {
                refuse(report, position.seq + 1, &e);
                return Ok(());
            }
        };
        // An older copy of the stream served again has nothing new.
        while position.seq < head.seq {
            let next = position.seq + 1;
            let fetched = transport.get(
                &stream::envelope_path(sender, next),
                None,
                limits().file_bytes(),
            );
            let bytes = match fetched {
                Ok(Fetched::Found { bytes, .. }) => bytes,
                Ok(_) => {
                    refuse(report, next, &Error::EnvelopeMissing(next));
                    return Ok(());
                }
                Err(e) => {
                    let e = Error::from(e);
                    if unreachable(&e) {
                        return Err(e);
                    }
                    refuse(report, next, &e);
                    return Ok(());
                }
            };
            let outcome = self.read(|db| {
                envelope::verify(&bytes[..], &limits(), |fp| {
                    keys_of(db, fp).ok().flatten().map(|(k, _)| k)
                })
                .map_err(Error::from)
            });
            let verified = match outcome.and_then(|v| {
                position.admits(sender, &v.header)?;
                // A key revoked here signs nothing more that is taken.
                if self.read(|db| {
                    Ok(caravan_store::recommendations::revoked(
                        db,
                        sender.as_str(),
                    )?)
                })? {
                    return Err(Error::MemberRevoked(member.to_owned()));
                }
                Ok(v)
            }) {
                Ok(v) => v,
                Err(e) => {
                    refuse(report, next, &e);
                    return Ok(());
                }
            };
            match self.apply(me, sender, member, &verified) {
                Ok(applied) => {
                    if applied {
                        report.applied += 1;
                    } else {
                        report.skipped += 1;
                    }
                    report.log.push(PullEntry {
                        sender: sender.grouped(),
                        sender_member: Some(member.to_owned()),
                        seq: next,
                        kind: verified.header.kind.clone(),
                        applied,
                    });
                }
                Err(e) => {
                    refuse(report, next, &e);
                    return Ok(());
                }
            }
            position = Position {
                seq: next,
                hash: Some(verified.hash.clone()),
            };
            *done += 1;
            progress(ExchangeProgress {
                phase: SyncPhase::Pull,
                location: location.to_owned(),
                done: *done,
                total: *done + head.seq.saturating_sub(position.seq),
            });
        }
        // The head is remembered only once the stream is read to it, so a pull cut off
        // midway reads the head again next time.
        if let Some(etag) = etag {
            self.write(|tx| {
                Ok(exchange::set_head_tag(
                    tx,
                    location,
                    sender.as_str(),
                    &etag,
                )?)
            })?;
        }
        Ok(())
    }

    /// Applies one verified envelope, with the position it moves, in one transaction;
    /// returns false when it was addressed to other members and only passed over.
    fn apply(
        &self,
        me: &Identity,
        sender: &Fingerprint,
        member: &str,
        v: &Verified,
    ) -> Result<bool, Error> {
        let header = &v.header;
        let now = self.clock.now_ms();
        if !v.is_for(&me.fingerprint()) {
            self.write(|tx| {
                Ok(exchange::receive(
                    tx,
                    sender.as_str(),
                    header.seq,
                    &v.hash,
                    &header.kind,
                    false,
                    now,
                )?)
            })?;
            return Ok(false);
        }
        let contents = v.open(me)?;
        // Attachments are written by content first; a failure below leaves files that
        // nothing refers to, which collecting removes.
        let files = self.media_files();
        let mut kept = Vec::with_capacity(contents.attachments.len());
        if header.kind == "note" || header.kind == crate::alliance::KIND_RECOMMENDATION {
            for (name, bytes) in &contents.attachments {
                let sha = files.put(bytes).map_err(|source| Error::Media {
                    file: name.into(),
                    source,
                })?;
                kept.push((name.clone(), sha, bytes.len() as u64));
            }
        }
        self.write(|tx| {
            match header.kind.as_str() {
                "note" => {
                    let body: NoteBody = serde_json::from_slice(&contents.body)
                        .map_err(|e| ExchangeError::Malformed(format!("note: {e}")))?;
                    exchange::add_note(
                        tx,
                        &NoteRow {
                            id: 0,
                            sender: sender.as_str().to_owned(),
                            seq: header.seq,
                            text: body.text,
                            lang: body.lang,
                            sent_at: header.created_at,
                            received_at: now,
                            attachments: kept.clone(),
                        },
                    )?;
                }
                "card" => apply_card(tx, sender, member, &contents.body, now)?,
                crate::alliance::KIND_RECOMMENDATION => {
                    let files: Vec<(String, String)> = kept
                        .iter()
                        .map(|(n, s, _)| (n.clone(), s.clone()))
                        .collect();
                    crate::alliance::apply_recommendation(
                        self,
                        tx,
                        me,
                        member,
                        &contents.body,
                        &files,
                        now,
                    )?
                }
                crate::alliance::KIND_STATE => {
                    crate::alliance::apply_state(tx, member, &contents.body, now)?
                }
                crate::alliance::KIND_CATALOGUE => {
                    crate::alliance::apply_catalogue(tx, member, &contents.body, now)?
                }
                crate::alliance::KIND_REGISTRY => {
                    crate::alliance::apply_registry(tx, member, &contents.body)?
                }
                other => return Err(Error::EnvelopeUnknownKind(other.to_owned())),
            }
            exchange::receive(
                tx,
                sender.as_str(),
                header.seq,
                &v.hash,
                &header.kind,
                true,
                now,
            )?;
            Ok(())
        })?;
        Ok(true)
    }
}

/// Whether an error is the point's (it could not be reached or read) rather than a
/// stream's: those end the pull, with what was applied so far kept.
fn unreachable(e: &Error) -> bool {
    matches!(
        e,
        Error::Exchange(
            ExchangeError::Transport { .. }
                | ExchangeError::Http { .. }
                | ExchangeError::ReadOnly(_)
        )
    )
}

/// A card in a member's own stream: a newer card of the same key, or its keys rotated
/// (signed by the key whose stream it came in). A card of another member is refused.
fn apply_card(
    tx: &Tx<'_>,
    sender: &Fingerprint,
    member: &str,
    body: &[u8],
    now: i64,
) -> Result<(), Error> {
    let card = Card::read(body)?;
    let own =
        card.fingerprint() == *sender || card.fields.replaces.as_deref() == Some(sender.as_str());
    if !own || card.fields.member != member {
        return Err(ExchangeError::CardNotARotation(card.fields.member.clone()).into());
    }
    take_card(tx, &card, now)?;
    Ok(())
}
