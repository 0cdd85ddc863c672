-- The foundation: the alliance and its members, editions and sections, works with their
-- multilingual texts, people and credits, identifiers, submissions, the audit log and the
-- settings of this copy of Caravan.

CREATE TABLE alliances (
    id      INTEGER PRIMARY KEY,
    slug    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    founded INTEGER
) STRICT;

CREATE TABLE members (
    id      INTEGER PRIMARY KEY,
    slug    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('festival', 'institution', 'company', 'artist')),
    country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    city    TEXT
) STRICT;

-- A member's working languages, in order of preference.
CREATE TABLE member_languages (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    lang      TEXT NOT NULL,
    PRIMARY KEY (member_id, lang)
) STRICT, WITHOUT ROWID;

-- Membership of a member in an alliance; the tier is empty in alliances without tiers.
CREATE TABLE alliance_members (
    alliance_id INTEGER NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    tier        TEXT CHECK (tier IN ('basic', 'business', 'partnership')),
    joined      INTEGER,
    PRIMARY KEY (alliance_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX alliance_members_by_member ON alliance_members (member_id);

CREATE TABLE editions (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    year      INTEGER,
    member_id INTEGER REFERENCES members (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE sections (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    slug       TEXT NOT NULL,
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    UNIQUE (edition_id, slug)
) STRICT;

-- Festival-defined judging labels such as finalist or honourable mention.
CREATE TABLE judging_labels (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    slug       TEXT NOT NULL,
    name       TEXT NOT NULL,
    UNIQUE (edition_id, slug)
) STRICT;

CREATE TABLE works (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('film', 'music')),
    year            INTEGER,
    runtime_seconds INTEGER CHECK (runtime_seconds IS NULL OR runtime_seconds >= 0),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

-- Titles and synopses, one row per language; at most one original per field.
CREATE TABLE work_texts (
    work_id     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    field       TEXT NOT NULL CHECK (field IN ('title', 'synopsis')),
    lang        TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(text) > 0),
    is_original INTEGER NOT NULL DEFAULT 0 CHECK (is_original IN (0, 1)),
    provenance  TEXT NOT NULL CHECK (provenance IN ('submitted', 'curator', 'machine')),
    PRIMARY KEY (work_id, field, lang)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX work_texts_one_original ON work_texts (work_id, field) WHERE is_original = 1;

CREATE TABLE work_countries (
    work_id  INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    country  TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    PRIMARY KEY (work_id, country)
) STRICT, WITHOUT ROWID;

-- Spoken or sung languages of the work itself (not of its metadata).
CREATE TABLE work_languages (
    work_id  INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    lang     TEXT NOT NULL,
    PRIMARY KEY (work_id, lang)
) STRICT, WITHOUT ROWID;

CREATE TABLE identifiers (
    work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (kind, value)
) STRICT, WITHOUT ROWID;
CREATE INDEX identifiers_by_work ON identifiers (work_id);
CREATE INDEX identifiers_by_value ON identifiers (value);

CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;
CREATE INDEX people_by_name ON people (name);

CREATE TABLE credits (
    work_id   INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    role      TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (work_id, role, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX credits_by_person ON credits (person_id);

CREATE TABLE submissions (
    id                INTEGER PRIMARY KEY,
    work_id           INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    section_id        INTEGER NOT NULL REFERENCES sections (id) ON DELETE RESTRICT,
    source            TEXT NOT NULL CHECK (source IN ('filmfreeway', 'ddex', 'manual', 'recommendation', 'demo')),
    submission_status TEXT NOT NULL DEFAULT 'in-consideration'
        CHECK (submission_status IN ('in-consideration', 'incomplete', 'disqualified', 'withdrawn')),
    judging_status    TEXT NOT NULL DEFAULT 'undecided'
        CHECK (judging_status IN ('undecided', 'selected', 'not-selected', 'label')),
    judging_label_id  INTEGER REFERENCES judging_labels (id) ON DELETE RESTRICT,
    submitted_at      INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CHECK ((judging_status = 'label') = (judging_label_id IS NOT NULL)),
    UNIQUE (work_id, section_id)
) STRICT;
CREATE INDEX submissions_by_section ON submissions (section_id);

-- Who changed what and when. `detail` is a JSON object.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    detail    TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);

-- Preferences of this copy of Caravan, such as the interface language.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
