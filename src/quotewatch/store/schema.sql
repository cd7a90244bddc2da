-- quotewatch store schema, version 1.
--
-- Plain SQL on purpose: the same tables are meant to be created in PostgreSQL later, and the
-- file must stay readable in Datasette and the sqlite3 CLI. Offsets are Unicode code-point
-- indices, half-open [start, end). Columns are named text_start/text_end rather than
-- start/end because END is a reserved word in both SQLite and PostgreSQL.
--
-- Applied in one transaction by quotewatch.store.sqlite; `sqlite3 new.db < schema.sql` works too.

BEGIN;

-- One row per stored page. content_hash (sha256 of the exact input bytes) is the identity:
-- the same page ingested twice adds nothing. text_hash (sha256 of url + "\n" + text) catches a
-- re-capture of the same article whose bytes differ only in page furniture.
CREATE TABLE IF NOT EXISTS articles (
    id              INTEGER PRIMARY KEY,
    content_hash    TEXT NOT NULL UNIQUE,
    text_hash       TEXT NOT NULL UNIQUE,
    uri             TEXT NOT NULL,
    url             TEXT,
    title           TEXT NOT NULL,
    text            TEXT NOT NULL,          -- headline, blank line, body (statement offsets index it)
    body_start      INTEGER NOT NULL,
    published       TEXT,                   -- ISO 8601 as found, with its time zone when known
    page_date       TEXT,
    modified        TEXT,
    captured_at     TEXT,
    dateline_text   TEXT,
    dateline_place  TEXT,
    dateline_agency TEXT,
    dateline_start  INTEGER,
    dateline_end    INTEGER,
    outlet          TEXT,
    language        TEXT,
    authors         TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    input_kind      TEXT NOT NULL CHECK (input_kind IN ('text', 'html')),
    encoding        TEXT NOT NULL,
    media_type      TEXT,
    offset_map      TEXT NOT NULL DEFAULT '[]',   -- JSON [[text_start, source_start, length], ...]
    ingested_at     TEXT NOT NULL               -- UTC, ISO 8601
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_id_published ON articles (id, published, outlet, language);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_uri ON articles (uri);

-- Provenance: the exact input bytes (zlib-compressed) and the decoded input text that
-- statements.source_start/source_end index. Kept out of `articles` so browsing stays light.
CREATE TABLE IF NOT EXISTS raw_inputs (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,            -- bytes before compression
    compression  TEXT NOT NULL CHECK (compression IN ('zlib', 'none')),
    raw          BLOB NOT NULL,
    input_text   TEXT NOT NULL
);

-- One person (or organisation) across all articles.
CREATE TABLE IF NOT EXISTS speakers (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,              -- canonical: the fullest name seen first
    kind          TEXT CHECK (kind IN ('person', 'organisation', 'unnamed')),
    first_key     TEXT,                       -- transliterated first name (quotewatch.store.names)
    initial       TEXT,
    surname_key   TEXT
);
CREATE INDEX IF NOT EXISTS speakers_surname ON speakers (surname_key);

-- Every spelling under which a speaker was named; norm is lower-case, diacritic-free.
CREATE TABLE IF NOT EXISTS speaker_aliases (
    id          INTEGER PRIMARY KEY,
    speaker_id  INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    norm        TEXT NOT NULL,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX IF NOT EXISTS speaker_aliases_norm ON speaker_aliases (norm);

CREATE TABLE IF NOT EXISTS statements (
    id                          INTEGER PRIMARY KEY,
    article_id                  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq                         INTEGER NOT NULL,   -- order within the article
    text                        TEXT NOT NULL,
    kind                        TEXT NOT NULL
                                CHECK (kind IN ('direct', 'indirect', 'mixed', 'headline')),
    cue                         TEXT NOT NULL,
    speaker_id                  INTEGER REFERENCES speakers (id),
    speaker                     TEXT,               -- the name as resolved in this article
    speaker_kind                TEXT,
    speaker_mention             TEXT,               -- as written: "He", "the president"
    text_start                  INTEGER NOT NULL,   -- into articles.text
    text_end                    INTEGER NOT NULL,
    source_start                INTEGER,            -- into raw_inputs.input_text
    source_end                  INTEGER,
    speaker_mention_start       INTEGER,            -- into raw_inputs.input_text
    speaker_mention_end         INTEGER,
    speaker_mention_text_start  INTEGER,            -- into articles.text
    speaker_mention_text_end    INTEGER,
    confidence                  REAL NOT NULL,
    UNIQUE (article_id, seq)
);
-- (speaker_id, article_id) and the covering articles index below keep a speaker page's timeline
-- and filters index-only: speaker page p95 225 ms -> 99 ms on 1,000,000 statements
-- (benchmarks/serve_load.py, docs/benchmarks.md "Web app").
CREATE INDEX IF NOT EXISTS statements_speaker_article ON statements (speaker_id, article_id);
CREATE INDEX IF NOT EXISTS statements_confidence ON statements (confidence);

-- Named things per article. in_article = 0 marks entities known only from a statement's own
-- entity list (kept so that list survives), so Article.entities can be rebuilt exactly.
CREATE TABLE IF NOT EXISTS entities (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL,
    text_start  INTEGER NOT NULL,
    text_end    INTEGER NOT NULL,
    in_article  INTEGER NOT NULL DEFAULT 1 CHECK (in_article IN (0, 1)),
    UNIQUE (article_id, seq)
);
CREATE INDEX IF NOT EXISTS entities_label_text ON entities (label, text);

CREATE TABLE IF NOT EXISTS statement_entities (
    statement_id  INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    PRIMARY KEY (statement_id, entity_id)
);
CREATE INDEX IF NOT EXISTS statement_entities_entity ON statement_entities (entity_id);

-- Full-text index over statement text (external content: the text lives once, in statements).
-- Written content="statements" (no spaces) because that is the form Datasette's detect_fts
-- looks for before it offers a search box on `statements`.
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (
    text,
    content="statements",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_update AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;

-- The version, readable without PRAGMAs (PostgreSQL has no user_version).
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER NOT NULL,
    applied_at  TEXT NOT NULL
);
INSERT INTO schema_version (version, applied_at)
SELECT 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE NOT EXISTS (SELECT 1 FROM schema_version WHERE version = 1);

-- 0x51574154 = "QWAT": marks the file as a quotewatch store for `file(1)` and for open_store.
PRAGMA application_id = 1364672852;
PRAGMA user_version = 1;

COMMIT;
