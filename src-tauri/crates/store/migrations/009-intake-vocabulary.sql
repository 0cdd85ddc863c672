-- What imports keep that no vocabulary knows, and what the curator says it means: values
-- kept as written on a work (a country "Quatar", a language, a submission status) until
-- they are resolved; the names a curator mapped once ("treat Quatar as Qatar"), used by
-- every later import; and the column mappings tables from other platforms are read with.

CREATE TABLE work_unresolved (
    work_id    INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('country', 'language', 'status')),
    value      TEXT NOT NULL CHECK (length(value) > 0),
    PRIMARY KEY (work_id, vocabulary, value)
) STRICT, WITHOUT ROWID;

CREATE INDEX work_unresolved_by_value ON work_unresolved (vocabulary, value);

CREATE TABLE intake_aliases (
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('country', 'language', 'status')),
    name       TEXT NOT NULL CHECK (length(name) > 0),
    code       TEXT NOT NULL CHECK (length(code) > 0),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (vocabulary, name)
) STRICT, WITHOUT ROWID;

-- `mapping` is the mapping's JSON as caravan-intake writes it.
CREATE TABLE import_mappings (
    name       TEXT PRIMARY KEY CHECK (length(name) > 0),
    mapping    TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
