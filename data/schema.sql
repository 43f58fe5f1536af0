-- NHS Commissioning Explorer dataset schema.
-- application_id marks the file as ours ('NHSX'); user_version is the schema version.
PRAGMA application_id = 1313362776;
PRAGMA user_version = 1;
PRAGMA foreign_keys = ON;

-- A source document. The full text is filled in by the build from data/sources/<seed_file>,
-- so content files never repeat it.
CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL,
    author      TEXT,                 -- NULL when the text names no author
    date        TEXT,                 -- ISO 8601 (2011-06-20 or 2011-09); NULL when undated
    date_basis  TEXT NOT NULL,        -- how the date is known: stated in the text, or inferred and why
    seed_file   TEXT NOT NULL UNIQUE,
    full_text   TEXT NOT NULL DEFAULT ''
) STRICT;

-- A body in the commissioning system. role is the project's own summary (editorial).
CREATE TABLE bodies (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    acronym  TEXT,
    kind     TEXT NOT NULL,
    -- 'unstated': the sources name the body but say nothing of its standing.
    status   TEXT NOT NULL CHECK (status IN ('statutory', 'advisory', 'proposed', 'disputed',
                                              'non-statutory', 'historical', 'unstated')),
    role     TEXT NOT NULL
) STRICT;

CREATE TABLE people (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    post          TEXT,
    organisation  TEXT REFERENCES bodies(id)
) STRICT;

-- A directed relation: from_body <type> to_body, e.g. nhs-cb hosts clinical-senates.
CREATE TABLE relations (
    id           TEXT PRIMARY KEY,
    from_body    TEXT NOT NULL REFERENCES bodies(id),
    to_body      TEXT NOT NULL REFERENCES bodies(id),
    type         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('statutory', 'binding', 'advisory', 'proposed',
                                                 'disputed')),
    description  TEXT NOT NULL
) STRICT;

-- A verbatim passage of a source. An elision inside it is written as … and each part must be found.
CREATE TABLE quotes (
    id       TEXT PRIMARY KEY,
    source   TEXT NOT NULL REFERENCES sources(id),
    speaker  TEXT REFERENCES people(id),   -- NULL when the source itself speaks
    text     TEXT NOT NULL
) STRICT;

CREATE TABLE quote_bodies (
    quote  TEXT NOT NULL REFERENCES quotes(id),
    body   TEXT NOT NULL REFERENCES bodies(id),
    PRIMARY KEY (quote, body)
) STRICT;

CREATE TABLE quote_relations (
    quote     TEXT NOT NULL REFERENCES quotes(id),
    relation  TEXT NOT NULL REFERENCES relations(id),
    PRIMARY KEY (quote, relation)
) STRICT;

-- The quotes that support a body's status.
CREATE TABLE status_evidence (
    body   TEXT NOT NULL REFERENCES bodies(id),
    quote  TEXT NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (body, quote)
) STRICT;
