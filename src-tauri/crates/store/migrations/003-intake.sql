-- Intake and search: what FilmFreeway and DDEX imports bring beyond the foundation's
-- columns, the search index, and the duplicate pairs a curator has dismissed.

-- Genres as submitted, in order.
CREATE TABLE work_genres (
    work_id  INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    genre    TEXT NOT NULL CHECK (length(genre) > 0),
    PRIMARY KEY (work_id, genre)
) STRICT, WITHOUT ROWID;
CREATE INDEX work_genres_by_genre ON work_genres (genre);

-- Everything else a submission carried: the submitter's contact, screener links, custom
-- questions and their answers, DDEX P and C lines. `name` is the column header or the
-- question as the festival wrote it.
CREATE TABLE work_fields (
    work_id  INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (length(name) > 0),
    value    TEXT NOT NULL,
    PRIMARY KEY (work_id, position)
) STRICT, WITHOUT ROWID;

-- The digest of what the last import of a work into an edition said, so importing the
-- same row again changes nothing and reports it unchanged.
CREATE TABLE work_imports (
    work_id     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    edition_id  INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('filmfreeway', 'ddex')),
    digest      TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (work_id, edition_id, source)
) STRICT, WITHOUT ROWID;

-- The search index: one row per work (rowid = work id), each column the folded,
-- segmented text of caravan-text. Contentless: the texts live in work_texts and people.
CREATE VIRTUAL TABLE search_index USING fts5 (
    titles,
    people,
    romanised,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

-- Every title of every work in folded form, so an exact title match ranks first.
CREATE TABLE search_titles (
    folded  TEXT NOT NULL,
    work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    PRIMARY KEY (folded, work_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX search_titles_by_work ON search_titles (work_id);

-- Pairs of works a curator has said are not the same, never to be proposed again.
CREATE TABLE duplicate_dismissals (
    a     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    b     INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    at    INTEGER NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) STRICT, WITHOUT ROWID;
CREATE INDEX duplicate_dismissals_by_b ON duplicate_dismissals (b);

-- The statuses the last imported file gave each entry ("status|judging|label id"): a
-- file that repeats them leaves the statuses a curator has set since.
ALTER TABLE submissions ADD COLUMN imported_state TEXT;

-- Works stored before the index existed are indexed when the core next opens the file.
INSERT INTO settings (key, value) VALUES ('search-reindex', '1')
    ON CONFLICT (key) DO UPDATE SET value = '1';
