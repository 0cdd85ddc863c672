-- The exchange between copies of Caravan: this copy's identity (its keys sealed), the
-- member cards it holds, how far it has read each sender's stream and what it applied,
-- its own stream of envelopes, the exchange points it meets others at, and the notes
-- members sent it.

-- This copy's identity: one row. The secret keys are sealed with a passphrase (`sealed`)
-- or kept in the OS keychain under `keychain`; exactly one of the two.
CREATE TABLE identity (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT NOT NULL,
    member        TEXT NOT NULL,
    country       TEXT,
    fingerprint   TEXT NOT NULL,
    sealed        BLOB,
    keychain      TEXT,
    card          BLOB NOT NULL,
    created_at    INTEGER NOT NULL,
    CHECK ((sealed IS NULL) <> (keychain IS NULL))
) STRICT;

-- The keys members' cards name. A member's current key has no `replaced_by`; a rotated
-- one names its successor. `trust` is `verified` once a person compared the fingerprint.
CREATE TABLE member_keys (
    fingerprint   TEXT PRIMARY KEY,
    member        TEXT NOT NULL,
    name          TEXT NOT NULL,
    country       TEXT,
    languages     TEXT NOT NULL DEFAULT '[]',
    card          BLOB NOT NULL,
    issued_at     INTEGER NOT NULL,
    trust         TEXT NOT NULL CHECK (trust IN ('unverified', 'verified')),
    replaced_by   TEXT,
    imported_at   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX member_keys_by_member ON member_keys (member);

-- How far each sender's stream has been applied, whatever point it came from.
CREATE TABLE stream_positions (
    sender TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL,
    hash   TEXT
) STRICT, WITHOUT ROWID;

-- Every envelope taken from a stream: applied, or passed over as addressed to others.
CREATE TABLE received_envelopes (
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    applied     INTEGER NOT NULL CHECK (applied IN (0, 1)),
    received_at INTEGER NOT NULL,
    PRIMARY KEY (sender, seq)
) STRICT, WITHOUT ROWID;

-- This copy's own streams (one per key it has had), kept whole so they can be
-- published to any point.
CREATE TABLE outbox (
    sender     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    recipients TEXT NOT NULL DEFAULT '[]',
    envelope   BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (sender, seq)
) STRICT, WITHOUT ROWID;

-- Where this copy's alliance meets: folders and web servers.
CREATE TABLE exchange_points (
    id        INTEGER PRIMARY KEY,
    location  TEXT NOT NULL UNIQUE,
    name      TEXT,
    published INTEGER NOT NULL DEFAULT 0,
    added_at  INTEGER NOT NULL
) STRICT;

-- The tag each stream's head had when last read at a point, for If-None-Match.
CREATE TABLE head_tags (
    location TEXT NOT NULL,
    sender   TEXT NOT NULL,
    etag     TEXT NOT NULL,
    PRIMARY KEY (location, sender)
) STRICT, WITHOUT ROWID;

-- Notes members sent, with their attachments kept by content beside the database.
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    lang        TEXT,
    sent_at     INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    UNIQUE (sender, seq)
) STRICT;

CREATE TABLE note_attachments (
    note_id  INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    sha256   TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes    INTEGER NOT NULL,
    PRIMARY KEY (note_id, position)
) STRICT, WITHOUT ROWID;
