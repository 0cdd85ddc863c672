//! What the exchange keeps: this copy's identity, members' keys, stream positions and the
//! envelopes received, this copy's own stream, exchange points and their head tags, and
//! the notes members sent.

use crate::{Db, StoreError, Tx};
use rusqlite::{params, OptionalExtension};

/// This copy's identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityRow {
    pub name: String,
    pub member: String,
    pub country: Option<String>,
    pub fingerprint: String,
    /// The secret keys sealed with a passphrase, when no keychain holds them.
    pub sealed: Option<Vec<u8>>,
    /// The keychain entry that holds them, when one does.
    pub keychain: Option<String>,
    pub card: Vec<u8>,
    pub created_at: i64,
}

pub fn identity(db: &Db<'_>) -> Result<Option<IdentityRow>, StoreError> {
    Ok(db
        .sql()
        .query_row(
            "SELECT name, member, country, fingerprint, sealed, keychain, card, created_at
             FROM identity WHERE id = 1",
            [],
            |r| {
                Ok(IdentityRow {
                    name: r.get(0)?,
                    member: r.get(1)?,
                    country: r.get(2)?,
                    fingerprint: r.get(3)?,
                    sealed: r.get(4)?,
                    keychain: r.get(5)?,
                    card: r.get(6)?,
                    created_at: r.get(7)?,
                })
            },
        )
        .optional()?)
}

/// Writes the identity, replacing the one there (a rotation).
pub fn set_identity(tx: &Tx<'_>, row: &IdentityRow) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO identity (id, name, member, country, fingerprint, sealed, keychain, card, created_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, member = excluded.member,
           country = excluded.country, fingerprint = excluded.fingerprint, sealed = excluded.sealed,
           keychain = excluded.keychain, card = excluded.card, created_at = excluded.created_at",
        params![
            row.name,
            row.member,
            row.country,
            row.fingerprint,
            row.sealed,
            row.keychain,
            row.card,
            row.created_at
        ],
    )?;
    Ok(())
}

/// A key a member's card named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberKeyRow {
    pub fingerprint: String,
    pub member: String,
    pub name: String,
    pub country: Option<String>,
    /// BCP 47 tags, as JSON.
    pub languages: String,
    pub card: Vec<u8>,
    pub issued_at: i64,
    pub verified: bool,
    pub replaced_by: Option<String>,
    pub imported_at: i64,
    /// Revoked: nothing more it signs is taken.
    pub revoked: bool,
}

fn key_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MemberKeyRow> {
    Ok(MemberKeyRow {
        fingerprint: r.get(0)?,
        member: r.get(1)?,
        name: r.get(2)?,
        country: r.get(3)?,
        languages: r.get(4)?,
        card: r.get(5)?,
        issued_at: r.get(6)?,
        verified: r.get::<_, String>(7)? == "verified",
        replaced_by: r.get(8)?,
        imported_at: r.get(9)?,
        revoked: r.get(10)?,
    })
}

const KEY_COLUMNS: &str = "fingerprint, member, name, country, languages, card, issued_at, trust,
    replaced_by, imported_at";

/// The columns read: the stored ones and whether the key was revoked.
const KEY_SELECT: &str = "fingerprint, member, name, country, languages, card, issued_at, trust,
    replaced_by, imported_at, revoked_at IS NOT NULL";

/// A member's current key (the one not replaced), if any card of it is held.
pub fn current_key(db: &Db<'_>, member: &str) -> Result<Option<MemberKeyRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!(
            "SELECT {KEY_SELECT} FROM member_keys WHERE member = ?1 AND replaced_by IS NULL"
        ))?
        .query_row([member], key_row)
        .optional()?)
}

/// The key with this fingerprint, current or replaced.
pub fn key(db: &Db<'_>, fingerprint: &str) -> Result<Option<MemberKeyRow>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached(&format!(
            "SELECT {KEY_SELECT} FROM member_keys WHERE fingerprint = ?1"
        ))?
        .query_row([fingerprint], key_row)
        .optional()?)
}

/// Every member's current key, by member.
pub fn current_keys(db: &Db<'_>) -> Result<Vec<MemberKeyRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(&format!(
        "SELECT {KEY_SELECT} FROM member_keys WHERE replaced_by IS NULL ORDER BY member"
    ))?;
    let rows = stmt.query_map([], key_row)?.collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Every key held, current or replaced (a rotated member's old stream is read to its
/// end), by member.
pub fn all_keys(db: &Db<'_>) -> Result<Vec<MemberKeyRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(&format!(
        "SELECT {KEY_SELECT} FROM member_keys ORDER BY member, issued_at"
    ))?;
    let rows = stmt.query_map([], key_row)?.collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Stores a key from a card; when it replaces the member's current key, that key is
/// marked replaced by it.
pub fn put_key(tx: &Tx<'_>, row: &MemberKeyRow) -> Result<(), StoreError> {
    tx.sql().execute(
        "UPDATE member_keys SET replaced_by = ?2
         WHERE member = ?1 AND replaced_by IS NULL AND fingerprint <> ?2",
        params![row.member, row.fingerprint],
    )?;
    tx.sql().execute(
        &format!(
            "INSERT INTO member_keys ({KEY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name, country = excluded.country,
               languages = excluded.languages, card = excluded.card, issued_at = excluded.issued_at,
               replaced_by = NULL"
        ),
        params![
            row.fingerprint,
            row.member,
            row.name,
            row.country,
            row.languages,
            row.card,
            row.issued_at,
            if row.verified { "verified" } else { "unverified" },
            row.replaced_by,
            row.imported_at
        ],
    )?;
    Ok(())
}

/// Marks a key as compared by a person.
pub fn verify_key(tx: &Tx<'_>, fingerprint: &str) -> Result<bool, StoreError> {
    Ok(tx.sql().execute(
        "UPDATE member_keys SET trust = 'verified' WHERE fingerprint = ?1",
        [fingerprint],
    )? > 0)
}

/// How far a sender's stream has been applied: (seq, hash).
pub fn position(db: &Db<'_>, sender: &str) -> Result<(u64, Option<String>), StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT seq, hash FROM stream_positions WHERE sender = ?1")?
        .query_row([sender], |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)))
        .optional()?
        .unwrap_or((0, None)))
}

/// Records an envelope taken from a sender's stream and moves the position past it.
pub fn receive(
    tx: &Tx<'_>,
    sender: &str,
    seq: u64,
    hash: &str,
    kind: &str,
    applied: bool,
    at: i64,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO received_envelopes (sender, seq, hash, kind, applied, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![sender, seq as i64, hash, kind, applied, at])?;
    tx.sql()
        .prepare_cached(
            "INSERT INTO stream_positions (sender, seq, hash) VALUES (?1, ?2, ?3)
             ON CONFLICT (sender) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        )?
        .execute(params![sender, seq as i64, hash])?;
    Ok(())
}

/// One envelope of this copy's own stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub sender: String,
    pub seq: u64,
    pub hash: String,
    pub kind: String,
    pub envelope: Vec<u8>,
}

/// The last envelope of this copy's stream under a key: its number and hash.
pub fn outbox_last(db: &Db<'_>, sender: &str) -> Result<(u64, Option<String>), StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT seq, hash FROM outbox WHERE sender = ?1 ORDER BY seq DESC LIMIT 1")?
        .query_row([sender], |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)))
        .optional()?
        .unwrap_or((0, None)))
}

/// The keys this copy has sent envelopes under, oldest stream first.
pub fn outbox_senders(db: &Db<'_>) -> Result<Vec<String>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT sender FROM outbox GROUP BY sender ORDER BY min(created_at), sender",
    )?;
    let rows = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

pub fn outbox_append(
    tx: &Tx<'_>,
    row: &OutboxRow,
    recipients: &str,
    at: i64,
) -> Result<(), StoreError> {
    tx.sql().execute(
        "INSERT INTO outbox (sender, seq, hash, kind, recipients, envelope, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            row.sender,
            row.seq as i64,
            row.hash,
            row.kind,
            recipients,
            row.envelope,
            at
        ],
    )?;
    Ok(())
}

/// The envelopes of a stream of this copy's after `after`, in order, at most `limit`.
pub fn outbox_after(
    db: &Db<'_>,
    sender: &str,
    after: u64,
    limit: u64,
) -> Result<Vec<OutboxRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT sender, seq, hash, kind, envelope FROM outbox WHERE sender = ?1 AND seq > ?2
         ORDER BY seq LIMIT ?3",
    )?;
    let rows = stmt
        .query_map(params![sender, after as i64, limit as i64], |r| {
            Ok(OutboxRow {
                sender: r.get(0)?,
                seq: r.get::<_, i64>(1)? as u64,
                hash: r.get(2)?,
                kind: r.get(3)?,
                envelope: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// An exchange point this copy remembers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointRow {
    pub id: i64,
    pub location: String,
    pub name: Option<String>,
    /// How far this copy's stream has been published there.
    pub published: u64,
}

pub fn points(db: &Db<'_>) -> Result<Vec<PointRow>, StoreError> {
    let mut stmt = db
        .sql()
        .prepare_cached("SELECT id, location, name, published FROM exchange_points ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            Ok(PointRow {
                id: r.get(0)?,
                location: r.get(1)?,
                name: r.get(2)?,
                published: r.get::<_, i64>(3)? as u64,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Adds a point (or names it again); returns its id.
pub fn add_point(
    tx: &Tx<'_>,
    location: &str,
    name: Option<&str>,
    at: i64,
) -> Result<i64, StoreError> {
    tx.sql().execute(
        "INSERT INTO exchange_points (location, name, added_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (location) DO UPDATE SET name = coalesce(excluded.name, name)",
        params![location, name, at],
    )?;
    Ok(tx.sql().query_row(
        "SELECT id FROM exchange_points WHERE location = ?1",
        [location],
        |r| r.get(0),
    )?)
}

pub fn remove_point(tx: &Tx<'_>, id: i64) -> Result<bool, StoreError> {
    Ok(tx
        .sql()
        .execute("DELETE FROM exchange_points WHERE id = ?1", [id])?
        > 0)
}

/// Records how far this copy's stream stands published at a location.
pub fn set_published(tx: &Tx<'_>, location: &str, seq: u64) -> Result<(), StoreError> {
    tx.sql().execute(
        "UPDATE exchange_points SET published = max(published, ?2) WHERE location = ?1",
        params![location, seq as i64],
    )?;
    Ok(())
}

pub fn head_tag(db: &Db<'_>, location: &str, sender: &str) -> Result<Option<String>, StoreError> {
    Ok(db
        .sql()
        .prepare_cached("SELECT etag FROM head_tags WHERE location = ?1 AND sender = ?2")?
        .query_row([location, sender], |r| r.get(0))
        .optional()?)
}

pub fn set_head_tag(
    tx: &Tx<'_>,
    location: &str,
    sender: &str,
    etag: &str,
) -> Result<(), StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO head_tags (location, sender, etag) VALUES (?1, ?2, ?3)
             ON CONFLICT (location, sender) DO UPDATE SET etag = excluded.etag",
        )?
        .execute([location, sender, etag])?;
    Ok(())
}

/// A note as received, with its attachments (name, sha256, bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    pub id: i64,
    pub sender: String,
    pub seq: u64,
    pub text: String,
    pub lang: Option<String>,
    pub sent_at: i64,
    pub received_at: i64,
    pub attachments: Vec<(String, String, u64)>,
}

pub fn add_note(tx: &Tx<'_>, note: &NoteRow) -> Result<i64, StoreError> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO notes (sender, seq, text, lang, sent_at, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            note.sender,
            note.seq as i64,
            note.text,
            note.lang,
            note.sent_at,
            note.received_at
        ])?;
    let id = tx.sql().last_insert_rowid();
    let mut insert = tx.sql().prepare_cached(
        "INSERT INTO note_attachments (note_id, position, name, sha256, bytes) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, (name, sha, bytes)) in note.attachments.iter().enumerate() {
        insert.execute(params![id, i as i64, name, sha, *bytes as i64])?;
    }
    Ok(id)
}

/// The notes received, newest first.
pub fn notes(db: &Db<'_>, limit: u64) -> Result<Vec<NoteRow>, StoreError> {
    let mut stmt = db.sql().prepare_cached(
        "SELECT id, sender, seq, text, lang, sent_at, received_at FROM notes
         ORDER BY received_at DESC, id DESC LIMIT ?1",
    )?;
    let mut rows: Vec<NoteRow> = stmt
        .query_map([limit as i64], |r| {
            Ok(NoteRow {
                id: r.get(0)?,
                sender: r.get(1)?,
                seq: r.get::<_, i64>(2)? as u64,
                text: r.get(3)?,
                lang: r.get(4)?,
                sent_at: r.get(5)?,
                received_at: r.get(6)?,
                attachments: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = db.sql().prepare_cached(
        "SELECT name, sha256, bytes FROM note_attachments WHERE note_id = ?1 ORDER BY position",
    )?;
    for note in &mut rows {
        note.attachments = stmt
            .query_map([note.id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64))
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(rows)
}
