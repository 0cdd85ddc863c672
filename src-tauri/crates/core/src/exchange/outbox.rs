//! This copy's own stream: every envelope it sends is sealed, numbered after the last and
//! chained to it, and kept in the store, so it can be published to any point, again.

use super::limits;
use crate::api::Composed;
use crate::{Caravan, Error};
use caravan_domain::MediaId;
use caravan_exchange::envelope::{self, Address, Attachment};
use caravan_exchange::{Card, Identity, PublicKeys};
use caravan_store::{exchange, Tx};
use std::path::PathBuf;

/// The most a note may say.
const NOTE_TEXT_BYTES: usize = 64 * 1024;

/// Who a note goes to: named members, or every member whose card is held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipients {
    Members(Vec<String>),
    All,
}

impl Caravan {
    /// Seals an envelope from `identity` and appends it to that key's stream, in `tx`.
    pub(crate) fn append_envelope(
        &self,
        tx: &Tx<'_>,
        identity: &Identity,
        kind: &str,
        recipients: &[(String, PublicKeys)],
        body: &[u8],
        attachments: &[Attachment],
    ) -> Result<u64, Error> {
        let sender = identity.fingerprint();
        let (last, prev) = exchange::outbox_last(tx, sender.as_str())?;
        let keys: Vec<PublicKeys> = recipients.iter().map(|(_, k)| k.clone()).collect();
        let now = self.clock.now_ms();
        let bytes = envelope::seal(
            identity,
            &Address {
                kind,
                seq: last + 1,
                prev,
                created_at: now,
                recipients: &keys,
            },
            body,
            attachments,
        )?;
        let to: Vec<&str> = recipients.iter().map(|(m, _)| m.as_str()).collect();
        exchange::outbox_append(
            tx,
            &exchange::OutboxRow {
                sender: sender.as_str().to_owned(),
                seq: last + 1,
                hash: envelope::sha256_hex(&bytes),
                kind: kind.to_owned(),
                envelope: bytes,
            },
            &serde_json::to_string(&to).unwrap_or_default(),
            now,
        )?;
        Ok(last + 1)
    }

    /// Sends a note to members (encrypted to them), with files and images from the media
    /// store attached.
    pub fn send_note(
        &self,
        to: &Recipients,
        text: &str,
        lang: Option<&str>,
        files: &[PathBuf],
        images: &[MediaId],
    ) -> Result<Composed, Error> {
        let text = text.trim();
        if text.is_empty() {
            return Err(caravan_domain::DomainError::Empty("note-text".into()).into());
        }
        if text.len() > NOTE_TEXT_BYTES {
            return Err(caravan_exchange::ExchangeError::TooLarge {
                what: caravan_exchange::Part::Body,
                size: text.len() as u64,
                limit: NOTE_TEXT_BYTES as u64,
            }
            .into());
        }
        let lang = lang
            .map(|l| caravan_domain::LangTag::parse(l).map(|t| t.to_string()))
            .transpose()?;
        let mut attachments = Vec::with_capacity(files.len());
        for f in files {
            let bytes = crate::read_file(f, limits().attachment_bytes)?;
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "attachment".to_owned());
            attachments.push(Attachment { name, bytes });
        }
        let store = self.media_files();
        for id in images {
            let row = self
                .read(|db| Ok(caravan_store::media::get(db, id.get())?))?
                .ok_or(Error::MediaNotFound(id.get()))?;
            let path = store
                .path_of(&row.sha256)
                .ok_or(Error::MediaNotFound(id.get()))?;
            let bytes = crate::read_file(&path, limits().attachment_bytes)?;
            let name = row
                .file_name
                .clone()
                .filter(|n| caravan_exchange::envelope::check_attachment_name(n).is_ok())
                .unwrap_or_else(|| format!("{}.{}", row.sha256, row.format));
            attachments.push(Attachment { name, bytes });
        }
        let identity = self.secret_identity()?;
        let body = serde_json::to_vec(&serde_json::json!({ "text": text, "lang": lang }))
            .unwrap_or_default();
        self.write(|tx| {
            let recipients = self.recipients(tx, to)?;
            let seq =
                self.append_envelope(tx, &identity, "note", &recipients, &body, &attachments)?;
            let members: Vec<String> = recipients.into_iter().map(|(m, _)| m).collect();
            self.audit(
                tx,
                "exchange.note",
                "envelope",
                Some(seq as i64),
                serde_json::json!({ "to": members, "attachments": attachments.len() }),
            )?;
            Ok(Composed {
                seq,
                kind: "note".to_owned(),
                to: members,
            })
        })
    }

    /// The members named, with the keys of their current cards.
    pub(crate) fn recipients(
        &self,
        tx: &Tx<'_>,
        to: &Recipients,
    ) -> Result<Vec<(String, PublicKeys)>, Error> {
        let rows = match to {
            Recipients::All => exchange::current_keys(tx)?,
            Recipients::Members(slugs) => {
                let mut rows = Vec::with_capacity(slugs.len());
                for slug in slugs {
                    rows.push(
                        exchange::current_key(tx, slug)?
                            .ok_or_else(|| Error::MemberHasNoCard(slug.clone()))?,
                    );
                }
                rows
            }
        };
        if rows.is_empty() {
            return Err(Error::NoRecipients);
        }
        rows.into_iter()
            .map(|r| Ok((r.member, Card::read(&r.card)?.keys)))
            .collect()
    }
}
