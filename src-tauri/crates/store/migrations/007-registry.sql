-- The registry and admissions: an alliance's own tiers and the member whose published
-- registry this copy follows (its secretariat), members' contacts, the date a member
-- joined, and admissions — the alliance's criteria, each a text in several languages,
-- applications with evidence per criterion, the members who sponsor them, and the
-- decision with its date and votes.

ALTER TABLE alliances ADD COLUMN secretariat TEXT;
-- When the registry this copy follows was issued (ms since the epoch); an older one is
-- not taken.
ALTER TABLE alliances ADD COLUMN registry_issued_at INTEGER;

-- An alliance's own tiers, in order; `labels` is a JSON object of language tag to text.
-- An alliance with none uses the built-in Basic, Business and Partnership.
CREATE TABLE alliance_tiers (
    alliance_id INTEGER NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    position    INTEGER NOT NULL,
    labels      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (alliance_id, key)
) STRICT, WITHOUT ROWID;

-- Memberships again, with the tier any key the core allows (built-in or the alliance's
-- own) and the joining date as ISO 8601: a year (`2019`) or a day (`2019-06-14`).
CREATE TABLE alliance_members_new (
    alliance_id INTEGER NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    tier        TEXT,
    joined      TEXT CHECK (joined GLOB '[0-9][0-9][0-9][0-9]'
                         OR joined GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (alliance_id, member_id)
) STRICT, WITHOUT ROWID;
INSERT INTO alliance_members_new (alliance_id, member_id, tier, joined)
    SELECT alliance_id, member_id, tier, CAST(joined AS TEXT) FROM alliance_members;
DROP TABLE alliance_members;
ALTER TABLE alliance_members_new RENAME TO alliance_members;
CREATE INDEX alliance_members_by_member ON alliance_members (member_id);

-- How to reach a member, in order: an email, a telephone, a web site, a postal address.
CREATE TABLE member_contacts (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'web', 'address')),
    value     TEXT NOT NULL,
    label     TEXT,
    PRIMARY KEY (member_id, position)
) STRICT, WITHOUT ROWID;

-- What an alliance asks of an applicant; `texts` is a JSON object of language tag to text.
CREATE TABLE admission_criteria (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    position    INTEGER NOT NULL,
    texts       TEXT NOT NULL,
    UNIQUE (alliance_id, key)
) STRICT;

-- An application to join an alliance, and once decided, the decision.
CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    alliance_id    INTEGER NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
    slug           TEXT NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('festival', 'institution', 'company', 'artist')),
    country        TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    languages      TEXT NOT NULL DEFAULT '[]',
    contact        TEXT,
    tier           TEXT,
    applied_at     INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'open'
                   CHECK (state IN ('open', 'admitted', 'refused', 'withdrawn')),
    decided_on     TEXT,
    votes_for      INTEGER,
    votes_against  INTEGER,
    votes_abstain  INTEGER,
    decision_note  TEXT,
    CHECK ((state = 'open') = (decided_on IS NULL))
) STRICT;
CREATE UNIQUE INDEX applications_open_by_slug ON applications (alliance_id, slug)
    WHERE state = 'open';

-- The applicant's evidence for each criterion.
CREATE TABLE application_evidence (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    criterion_id   INTEGER NOT NULL REFERENCES admission_criteria (id) ON DELETE CASCADE,
    text           TEXT NOT NULL,
    PRIMARY KEY (application_id, criterion_id)
) STRICT, WITHOUT ROWID;

-- Members who recommend the applicant, each once.
CREATE TABLE application_sponsors (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    note           TEXT,
    at             INTEGER NOT NULL,
    PRIMARY KEY (application_id, member_id)
) STRICT, WITHOUT ROWID;
