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

-- An edition's entries counted by country, language, genre and submission status (and
-- in all, under `all`), kept by the triggers below as submissions and their works'
-- lists change, so the statistics of 100,000 entries are read, not computed. A work
-- entered in two sections counts twice, as a GROUP BY over the entries does; a key whose
-- count falls to zero keeps its row, and readers leave it out.
--
-- Every trigger runs AFTER the row changed and counts it against the other side as it
-- stands (a submission against its work's lists, a list entry against the work's
-- submissions), so any order of changes, a cascade from a deleted work, or a row a merge's
-- UPDATE OR IGNORE skipped, leaves the counts right. The store's tests compare them with
-- a GROUP BY after thousands of random changes.
CREATE TABLE edition_tallies (
    edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    dimension  TEXT NOT NULL CHECK (dimension IN ('all', 'country', 'language', 'genre', 'status')),
    key        TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (edition_id, dimension, key)
) STRICT, WITHOUT ROWID;

-- Each entry's work and edition.
CREATE VIEW entries_of_works AS
    SELECT s.work_id, sc.edition_id FROM submissions s JOIN sections sc ON sc.id = s.section_id;

-- The keys a work's lists give its entries.
CREATE VIEW work_tally_keys AS
    SELECT work_id, 'country' AS dimension, country AS key FROM work_countries
    UNION ALL SELECT work_id, 'language', lang FROM work_languages
    UNION ALL SELECT work_id, 'genre', genre FROM work_genres;

CREATE TRIGGER tally_submission_insert AFTER INSERT ON submissions BEGIN
    INSERT INTO edition_tallies SELECT sc.edition_id, k.dimension, k.key, 1 FROM sections sc,
        (SELECT 'all' AS dimension, '' AS key UNION ALL SELECT 'status', NEW.submission_status
         UNION ALL SELECT dimension, key FROM work_tally_keys WHERE work_id = NEW.work_id) k
        WHERE sc.id = NEW.section_id
        ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER tally_submission_delete AFTER DELETE ON submissions BEGIN
    UPDATE edition_tallies SET count = count - 1
    WHERE edition_id = (SELECT edition_id FROM sections WHERE id = OLD.section_id)
      AND (dimension, key) IN (SELECT 'all', '' UNION ALL SELECT 'status', OLD.submission_status
           UNION ALL SELECT dimension, key FROM work_tally_keys WHERE work_id = OLD.work_id);
END;

CREATE TRIGGER tally_submission_update AFTER UPDATE OF section_id, work_id, submission_status ON submissions BEGIN
    UPDATE edition_tallies SET count = count - 1
    WHERE edition_id = (SELECT edition_id FROM sections WHERE id = OLD.section_id)
      AND (dimension, key) IN (SELECT 'all', '' UNION ALL SELECT 'status', OLD.submission_status
           UNION ALL SELECT dimension, key FROM work_tally_keys WHERE work_id = OLD.work_id);
    INSERT INTO edition_tallies SELECT sc.edition_id, k.dimension, k.key, 1 FROM sections sc,
        (SELECT 'all' AS dimension, '' AS key UNION ALL SELECT 'status', NEW.submission_status
         UNION ALL SELECT dimension, key FROM work_tally_keys WHERE work_id = NEW.work_id) k
        WHERE sc.id = NEW.section_id
        ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER tally_work_countries_insert AFTER INSERT ON work_countries BEGIN
    INSERT INTO edition_tallies SELECT edition_id, 'country', NEW.country, count(*) FROM entries_of_works
        WHERE work_id = NEW.work_id GROUP BY edition_id ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER tally_work_countries_delete AFTER DELETE ON work_countries BEGIN
    UPDATE edition_tallies SET count = count - (SELECT count(*) FROM entries_of_works e
        WHERE e.work_id = OLD.work_id AND e.edition_id = edition_tallies.edition_id)
    WHERE dimension = 'country' AND key = OLD.country;
END;
CREATE TRIGGER tally_work_countries_update AFTER UPDATE OF work_id, country ON work_countries BEGIN
    UPDATE edition_tallies SET count = count - (SELECT count(*) FROM entries_of_works e
        WHERE e.work_id = OLD.work_id AND e.edition_id = edition_tallies.edition_id)
    WHERE dimension = 'country' AND key = OLD.country;
    INSERT INTO edition_tallies SELECT edition_id, 'country', NEW.country, count(*) FROM entries_of_works
        WHERE work_id = NEW.work_id GROUP BY edition_id ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER tally_work_languages_insert AFTER INSERT ON work_languages BEGIN
    INSERT INTO edition_tallies SELECT edition_id, 'language', NEW.lang, count(*) FROM entries_of_works
        WHERE work_id = NEW.work_id GROUP BY edition_id ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER tally_work_languages_delete AFTER DELETE ON work_languages BEGIN
    UPDATE edition_tallies SET count = count - (SELECT count(*) FROM entries_of_works e
        WHERE e.work_id = OLD.work_id AND e.edition_id = edition_tallies.edition_id)
    WHERE dimension = 'language' AND key = OLD.lang;
END;
CREATE TRIGGER tally_work_languages_update AFTER UPDATE OF work_id, lang ON work_languages BEGIN
    UPDATE edition_tallies SET count = count - (SELECT count(*) FROM entries_of_works e
        WHERE e.work_id = OLD.work_id AND e.edition_id = edition_tallies.edition_id)
    WHERE dimension = 'language' AND key = OLD.lang;
    INSERT INTO edition_tallies SELECT edition_id, 'language', NEW.lang, count(*) FROM entries_of_works
        WHERE work_id = NEW.work_id GROUP BY edition_id ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER tally_work_genres_insert AFTER INSERT ON work_genres BEGIN
    INSERT INTO edition_tallies SELECT edition_id, 'genre', NEW.genre, count(*) FROM entries_of_works
        WHERE work_id = NEW.work_id GROUP BY edition_id ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER tally_work_genres_delete AFTER DELETE ON work_genres BEGIN
    UPDATE edition_tallies SET count = count - (SELECT count(*) FROM entries_of_works e
        WHERE e.work_id = OLD.work_id AND e.edition_id = edition_tallies.edition_id)
    WHERE dimension = 'genre' AND key = OLD.genre;
END;
CREATE TRIGGER tally_work_genres_update AFTER UPDATE OF work_id, genre ON work_genres BEGIN
    UPDATE edition_tallies SET count = count - (SELECT count(*) FROM entries_of_works e
        WHERE e.work_id = OLD.work_id AND e.edition_id = edition_tallies.edition_id)
    WHERE dimension = 'genre' AND key = OLD.genre;
    INSERT INTO edition_tallies SELECT edition_id, 'genre', NEW.genre, count(*) FROM entries_of_works
        WHERE work_id = NEW.work_id GROUP BY edition_id ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

-- The tallies of what is already stored.
INSERT INTO edition_tallies (edition_id, dimension, key, count)
    SELECT edition_id, dimension, key, count(*) FROM (
        SELECT sc.edition_id, 'all' AS dimension, '' AS key FROM submissions s JOIN sections sc ON sc.id = s.section_id
        UNION ALL SELECT sc.edition_id, 'status', s.submission_status FROM submissions s JOIN sections sc ON sc.id = s.section_id
        UNION ALL SELECT sc.edition_id, 'country', x.country
            FROM submissions s JOIN sections sc ON sc.id = s.section_id JOIN work_countries x ON x.work_id = s.work_id
        UNION ALL SELECT sc.edition_id, 'language', x.lang
            FROM submissions s JOIN sections sc ON sc.id = s.section_id JOIN work_languages x ON x.work_id = s.work_id
        UNION ALL SELECT sc.edition_id, 'genre', x.genre
            FROM submissions s JOIN sections sc ON sc.id = s.section_id JOIN work_genres x ON x.work_id = s.work_id)
    WHERE true GROUP BY edition_id, dimension, key;

-- How many works there are, kept as works come and go: counting 100,000 rows reads
-- every page of the table, and the works list reports its total on every page.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO counters (name, value) SELECT 'works', count(*) FROM works;
CREATE TRIGGER count_work_insert AFTER INSERT ON works BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'works';
END;
CREATE TRIGGER count_work_delete AFTER DELETE ON works BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'works';
END;
