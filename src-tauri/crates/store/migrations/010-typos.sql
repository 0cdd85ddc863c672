-- Typing slips forgiven by search: the words of the search index that forgive a slip,
-- keyed by what is left of them with letters deleted (the symmetric deletion of SymSpell),
-- so the words a typed word may have been meant as are found by a few key lookups, never
-- by reading every word. Kept by caravan_store::search in the same transaction as the
-- index itself.

-- Each word of the index that forgives slips (five letters or more, in a script with
-- spaces between words), folded, with how many it forgives and how many works use it;
-- a word no work uses any more is deleted with its keys.
CREATE TABLE search_terms (
    id    INTEGER PRIMARY KEY,
    term  TEXT NOT NULL UNIQUE,
    slips INTEGER NOT NULL CHECK (slips IN (1, 2)),
    docs  INTEGER NOT NULL CHECK (docs > 0)
) STRICT;

-- A word's keys: a hash of its first characters with up to `slips` of them deleted, in
-- every way. A typed word and the word it was meant as share a key when the typed word is
-- within the slips the word forgives. Without a foreign key, so deleting a word does not
-- look for keys by word: the store deletes them by the keys it computes again.
CREATE TABLE search_term_keys (
    key     INTEGER NOT NULL,
    term_id INTEGER NOT NULL,
    PRIMARY KEY (key, term_id)
) STRICT, WITHOUT ROWID;

-- The words each work uses, so taking a work out of the index counts them down.
CREATE TABLE search_work_terms (
    work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL,
    PRIMARY KEY (work_id, term_id)
) STRICT, WITHOUT ROWID;

-- The words of the works already stored are counted with the index, built again.
INSERT INTO settings (key, value) VALUES ('search-reindex', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
