-- Tables paged, filtered and sorted in the store: the collation key of every work's
-- title in each interface language, indexes for the submissions table's filters, and
-- bulk status changes kept so each can be undone whole.

-- `key` orders titles as a reader of `locale` expects when compared byte by byte (ICU4X
-- collation). The title keyed is the one that reader is shown. Rebuilt with the search
-- index, and whenever the collation data changes (the `sort-keys-version` setting).
CREATE TABLE title_sort_keys (
    locale  TEXT NOT NULL,
    key     BLOB NOT NULL,
    work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    PRIMARY KEY (locale, key, work_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX title_sort_keys_by_work ON title_sort_keys (work_id);

-- The submissions table filters by country and language.
CREATE INDEX work_countries_by_country ON work_countries (country);
CREATE INDEX work_languages_by_lang ON work_languages (lang);

-- One bulk change of statuses, and what each submission it touched was before.
CREATE TABLE status_changes (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    undone_at INTEGER
) STRICT;

CREATE TABLE status_change_rows (
    change_id         INTEGER NOT NULL REFERENCES status_changes (id) ON DELETE CASCADE,
    submission_id     INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    submission_status TEXT NOT NULL,
    judging_status    TEXT NOT NULL,
    judging_label_id  INTEGER REFERENCES judging_labels (id) ON DELETE CASCADE,
    PRIMARY KEY (change_id, submission_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX status_change_rows_by_submission ON status_change_rows (submission_id);
CREATE INDEX status_change_rows_by_label ON status_change_rows (judging_label_id);

-- Existing works get their sort keys with the index.
INSERT INTO settings (key, value) VALUES ('search-reindex', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
