-- Posters, stills and cover art. The files live beside the database, named by SHA-256;
-- these rows say which work uses which file, and what was derived from it.

CREATE TABLE media (
    id         INTEGER PRIMARY KEY,
    work_id    INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('poster', 'still', 'cover')),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    format     TEXT NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    bytes      INTEGER NOT NULL CHECK (bytes > 0),
    -- Perceptual hash (base64): near-identical images differ in a few bits.
    phash      TEXT NOT NULL,
    file_name  TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (work_id, sha256)
) STRICT;
CREATE INDEX media_by_sha256 ON media (sha256);

CREATE TABLE media_thumbnails (
    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    size     INTEGER NOT NULL,
    width    INTEGER NOT NULL,
    height   INTEGER NOT NULL,
    format   TEXT NOT NULL,
    sha256   TEXT NOT NULL CHECK (length(sha256) = 64),
    PRIMARY KEY (media_id, size)
) STRICT, WITHOUT ROWID;
CREATE INDEX media_thumbnails_by_sha256 ON media_thumbnails (sha256);
