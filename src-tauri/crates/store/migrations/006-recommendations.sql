-- The alliance at work: works' screening rights by territory, recommendations of works
-- and people between members with each side's state, members' published catalogues,
-- and keys revoked.

-- Where a work may be screened: a territory (ISO 3166-1 alpha-2, or WORLD) granted or
-- excluded, with the window's dates (ISO 8601, inclusive) when known.
CREATE TABLE work_rights (
    work_id   INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    territory TEXT NOT NULL CHECK (territory = 'WORLD' OR (length(territory) = 2 AND territory = upper(territory))),
    excluded  INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    starts    TEXT,
    ends      TEXT,
    PRIMARY KEY (work_id, territory)
) STRICT, WITHOUT ROWID;

-- A recommendation, sent or received. `uid` is the same on both sides. `payload` is what
-- travelled: the work as the sender shared it, or the person. An outgoing one names the
-- work it was made from; an incoming one names the work it became once accepted.
CREATE TABLE recommendations (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    direction   TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    kind        TEXT NOT NULL CHECK (kind IN ('work', 'judge', 'guest')),
    from_member TEXT NOT NULL,
    work_id     INTEGER REFERENCES works (id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    payload     TEXT NOT NULL,
    note        TEXT,
    note_lang   TEXT,
    section     TEXT,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX recommendations_by_work ON recommendations (work_id);

-- Each recipient's state of a recommendation: for an outgoing one, one row per member it
-- went to, moved by the states they send back; for an incoming one, this profile's own.
CREATE TABLE recommendation_states (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    member            TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('sent', 'received', 'accepted', 'declined', 'programmed')),
    reason            TEXT,
    edition           TEXT,
    section           TEXT,
    submission_id     INTEGER REFERENCES submissions (id) ON DELETE SET NULL,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, member)
) STRICT, WITHOUT ROWID;

-- The files (posters) a received recommendation brought, kept by content beside the
-- database until it is answered and after.
CREATE TABLE recommendation_files (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    PRIMARY KEY (recommendation_id, sha256)
) STRICT, WITHOUT ROWID;

-- Every step of every recommendation, for its history.
CREATE TABLE recommendation_events (
    id                INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    member            TEXT NOT NULL,
    state             TEXT NOT NULL,
    reason            TEXT,
    at                INTEGER NOT NULL
) STRICT;
CREATE INDEX recommendation_events_by_recommendation ON recommendation_events (recommendation_id);

-- The catalogues members published: each entry a work as the member shares it, searchable
-- in any script through its own index.
CREATE TABLE catalogue_entries (
    id         INTEGER PRIMARY KEY,
    member     TEXT NOT NULL,
    entry_key  TEXT NOT NULL,
    title      TEXT NOT NULL,
    year       INTEGER,
    payload    TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (member, entry_key)
) STRICT;

-- Indexed as the works' own search index is (rowid = entry id).
CREATE VIRTUAL TABLE catalogue_search USING fts5 (
    titles,
    people,
    romanised,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

-- A key revoked: nothing more it signs is taken, from `revoked_at` on.
ALTER TABLE member_keys ADD COLUMN revoked_at INTEGER;
