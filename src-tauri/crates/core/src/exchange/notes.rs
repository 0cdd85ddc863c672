//! Notes members sent: the simplest envelope, a text with files, and the one the
//! exchange's own tests and benchmarks travel with before recommendations and jury
//! packets ride the same road.

use crate::api::{Note, NoteAttachment, Notes};
use crate::{Caravan, Error};
use caravan_exchange::Fingerprint;
use caravan_store::exchange;

impl Caravan {
    /// The notes received, newest first, each with the member whose key sent it.
    pub fn notes(&self, limit: u64) -> Result<Notes, Error> {
        self.read(|db| {
            let rows = exchange::notes(db, limit.clamp(1, 1000))?;
            let mut notes = Vec::with_capacity(rows.len());
            for r in rows {
                let key = exchange::key(db, &r.sender)?;
                notes.push(Note {
                    sender: Fingerprint::parse(&r.sender)
                        .map(|f| f.grouped())
                        .unwrap_or_else(|_| r.sender.clone()),
                    sender_member: key.as_ref().map(|k| k.member.clone()),
                    sender_name: key.map(|k| k.name),
                    text: r.text,
                    lang: r.lang,
                    sent_at: r.sent_at,
                    attachments: r
                        .attachments
                        .into_iter()
                        .map(|(name, sha256, bytes)| NoteAttachment {
                            name,
                            sha256,
                            bytes,
                        })
                        .collect(),
                });
            }
            Ok(Notes { notes })
        })
    }
}
