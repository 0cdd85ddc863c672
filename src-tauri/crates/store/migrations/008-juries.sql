-- Juries: a section's rounds, each with its rubric (criteria with a multilingual label, a
-- scale and a weight) and, after the first, the shortlist it takes; jurors with their
-- names in several scripts, languages, country and member; conflicts declared between a
-- juror and a work, a person or a member (those the data shows are found when asked, not
-- stored); assignments; scores criterion by criterion with the juror's comment; award
-- categories of an edition with their ballots and votes.

CREATE TABLE rounds (
    id          INTEGER PRIMARY KEY,
    section_id  INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    deadline    TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    -- Whether jurors see the work's submitter and credits in this round.
    blind       INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
    -- Whether this round's entries are the previous round's shortlist.
    shortlisted INTEGER NOT NULL DEFAULT 0 CHECK (shortlisted IN (0, 1)),
    UNIQUE (section_id, number)
) STRICT;

-- A round's rubric; `labels` is a JSON object of language tag to text.
CREATE TABLE rubric_criteria (
    id       INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    position INTEGER NOT NULL,
    labels   TEXT NOT NULL,
    min      REAL NOT NULL,
    max      REAL NOT NULL,
    step     REAL NOT NULL CHECK (step > 0),
    weight   REAL NOT NULL CHECK (weight > 0),
    CHECK (max > min),
    UNIQUE (round_id, key)
) STRICT;

-- The works a round takes from the one before it.
CREATE TABLE round_shortlist (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    work_id  INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, work_id)
) STRICT, WITHOUT ROWID;

-- A juror, named by email everywhere; `names` is a JSON array of {lang, text}, the first
-- the name as the juror writes it, `languages` a JSON array of language tags.
CREATE TABLE jurors (
    id        INTEGER PRIMARY KEY,
    email     TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL CHECK (length(name) > 0),
    names     TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    country   TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
    member    TEXT,
    company   TEXT,
    -- The juror's card, once the juror sent it: packets are sealed to its keys and
    -- score sheets must be signed by them.
    fingerprint TEXT,
    card      BLOB
) STRICT;

-- Which jurors sit on a section's jury.
CREATE TABLE section_jurors (
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    juror_id   INTEGER NOT NULL REFERENCES jurors (id) ON DELETE CASCADE,
    PRIMARY KEY (section_id, juror_id)
) STRICT, WITHOUT ROWID;

-- Conflicts a juror or the chair declared; exactly one of work, person and member.
CREATE TABLE conflicts (
    id        INTEGER PRIMARY KEY,
    juror_id  INTEGER NOT NULL REFERENCES jurors (id) ON DELETE CASCADE,
    work_id   INTEGER REFERENCES works (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people (id) ON DELETE CASCADE,
    member    TEXT,
    reason    TEXT,
    declared_at INTEGER NOT NULL,
    CHECK ((work_id IS NOT NULL) + (person_id IS NOT NULL) + (member IS NOT NULL) = 1)
) STRICT;
CREATE INDEX conflicts_by_juror ON conflicts (juror_id);

-- Who reviews what in a round: chosen by the assignment, by hand, or by a paper ballot.
CREATE TABLE assignments (
    round_id    INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    juror_id    INTEGER NOT NULL REFERENCES jurors (id) ON DELETE CASCADE,
    work_id     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('auto', 'manual', 'paper')),
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, juror_id, work_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX assignments_by_work ON assignments (round_id, work_id);

-- One score: a juror's value for one criterion of one work, with when it was last set;
-- it follows its assignment when two works are merged.
CREATE TABLE scores (
    round_id     INTEGER NOT NULL,
    juror_id     INTEGER NOT NULL,
    work_id      INTEGER NOT NULL,
    criterion_id INTEGER NOT NULL REFERENCES rubric_criteria (id) ON DELETE CASCADE,
    value        REAL NOT NULL,
    scored_at    INTEGER NOT NULL,
    PRIMARY KEY (round_id, juror_id, work_id, criterion_id),
    FOREIGN KEY (round_id, juror_id, work_id)
        REFERENCES assignments (round_id, juror_id, work_id) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT, WITHOUT ROWID;

-- A juror's comment on a work in a round.
CREATE TABLE score_comments (
    round_id  INTEGER NOT NULL,
    juror_id  INTEGER NOT NULL,
    work_id   INTEGER NOT NULL,
    comment   TEXT NOT NULL,
    scored_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, juror_id, work_id),
    FOREIGN KEY (round_id, juror_id, work_id)
        REFERENCES assignments (round_id, juror_id, work_id) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT, WITHOUT ROWID;

-- An edition's awards; `labels` is a JSON object of language tag to text. A work wins at
-- most one award of the edition unless its category allows more (`exclusive` = 0).
CREATE TABLE award_categories (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    labels     TEXT NOT NULL,
    exclusive  INTEGER NOT NULL DEFAULT 1 CHECK (exclusive IN (0, 1)),
    -- Rounds that need an absolute majority before a relative one decides.
    absolute_rounds INTEGER NOT NULL DEFAULT 2 CHECK (absolute_rounds >= 0),
    UNIQUE (edition_id, key)
) STRICT;

-- The works a category's ballots gave the award, with the round and votes that did.
CREATE TABLE award_winners (
    category_id INTEGER NOT NULL REFERENCES award_categories (id) ON DELETE CASCADE,
    work_id     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    round       INTEGER NOT NULL,
    votes       INTEGER NOT NULL,
    cast_votes  INTEGER NOT NULL,
    PRIMARY KEY (category_id, work_id)
) STRICT, WITHOUT ROWID;

-- One round of votes in a category: each voter (a juror, by email) names one work.
CREATE TABLE ballot_votes (
    category_id INTEGER NOT NULL REFERENCES award_categories (id) ON DELETE CASCADE,
    round       INTEGER NOT NULL CHECK (round >= 1),
    voter       TEXT NOT NULL,
    work_id     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    PRIMARY KEY (category_id, round, voter)
) STRICT, WITHOUT ROWID;

-- On a juror's laptop: the packets opened, who sent each (the chair's key), and which of
-- this copy's works stands for which of the chair's.
CREATE TABLE jury_packets (
    uid          TEXT PRIMARY KEY,
    chair        TEXT NOT NULL,
    juror_email  TEXT NOT NULL,
    opened_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE packet_works (
    uid           TEXT NOT NULL REFERENCES jury_packets (uid) ON DELETE CASCADE,
    chair_work_id INTEGER NOT NULL,
    work_id       INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    PRIMARY KEY (uid, chair_work_id)
) STRICT, WITHOUT ROWID;

-- On the chair's side: every score sheet merged, by the hash of its envelope.
CREATE TABLE merged_sheets (
    hash      TEXT PRIMARY KEY,
    juror_id  INTEGER NOT NULL REFERENCES jurors (id) ON DELETE CASCADE,
    scores    INTEGER NOT NULL,
    merged_at INTEGER NOT NULL
) STRICT;
