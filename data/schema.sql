-- NHS Commissioning Explorer dataset schema.
-- application_id marks the file as ours ('NHSX'); user_version is the schema version.
PRAGMA application_id = 1313362776;
PRAGMA user_version = 4;
PRAGMA foreign_keys = ON;

-- A part of the system drawn together: the 2011 articles' national picture, and England as it went
-- live on 1 April 2013 (built from public reference data). description says what the layer's
-- sources cannot tell; attribution is what their licence asks to be shown. A layer on demand is
-- read only when asked for: its thousands of rows would slow every start.
CREATE TABLE layers (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL,
    attribution  TEXT,
    on_demand    INTEGER NOT NULL DEFAULT 0 CHECK (on_demand IN (0, 1))
) STRICT;

-- The layer that bodies.layer defaults to: the schema names it, so it is always there.
INSERT INTO layers (id, name, description, attribution) VALUES
    ('national-2011', 'The national picture, 2011',
     'The bodies of the reformed NHS and how they relate, as the five 2011 articles describe them.',
     NULL);

-- A source document. An article's full text is filled in by the build from
-- data/sources/<seed_file>, so content files never repeat it; quotes are taken from it. A data
-- file (kind 'data', in data/england-2013/) is cited row by row and never quoted.
CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL,
    author      TEXT,                 -- NULL when the text names no author
    date        TEXT,                 -- ISO 8601 (2011-06-20 or 2011-09); NULL when undated
    date_basis  TEXT NOT NULL,        -- how the date is known: stated in the text, or inferred and why
    seed_file   TEXT NOT NULL UNIQUE,
    full_text   TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'data'))
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
    role     TEXT NOT NULL,
    layer    TEXT NOT NULL DEFAULT 'national-2011' REFERENCES layers(id),
    -- Organisation codes and the data row a body is built from (NULL for the articles' bodies).
    code         TEXT,                -- ODS code (a practice, a CCG), else the ONS code
    ons_code     TEXT,                -- ONS geography code (E38..., E39..., E40...)
    postcode     TEXT,
    source       TEXT REFERENCES sources(id),
    source_line  INTEGER              -- 1-based line of source's file
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
    -- 'unstated': the sources describe the relation but not whether it binds.
    status       TEXT NOT NULL CHECK (status IN ('statutory', 'binding', 'advisory', 'proposed',
                                                 'disputed', 'historical', 'unstated')),
    description  TEXT NOT NULL,
    -- The data row a relation is built from (NULL for the articles' relations).
    source       TEXT REFERENCES sources(id),
    source_line  INTEGER,
    layer        TEXT NOT NULL DEFAULT 'national-2011' REFERENCES layers(id)
) STRICT;

CREATE INDEX bodies_by_layer ON bodies (layer);
CREATE INDEX relations_by_layer ON relations (layer);
-- For the England view's first frame, which reads every body but the practices, every relation
-- but the memberships, and counts the memberships (LayerChoice::Outline in core/datasetloader.cpp):
-- read through these, that takes 2 ms instead of 20.
CREATE INDEX bodies_by_kind ON bodies (kind);
CREATE INDEX relations_by_type ON relations (type, layer, to_body, from_body);

-- A verbatim passage of a source. An elision inside it is written as … and each part must be found.
-- Whose words: a person (speaker), else an institution (speaking_body, e.g. the government's
-- response or a report), else, both NULL, the article's own narration.
CREATE TABLE quotes (
    id             TEXT PRIMARY KEY,
    source         TEXT NOT NULL REFERENCES sources(id),
    speaker        TEXT REFERENCES people(id),
    speaking_body  TEXT REFERENCES bodies(id),
    text           TEXT NOT NULL
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

-- A question the sources answer differently, e.g. whether CCGs must follow senates' advice.
-- question is the project's wording (editorial); it is about a body or a relation.
CREATE TABLE topics (
    id        TEXT PRIMARY KEY,
    question  TEXT NOT NULL,
    body      TEXT REFERENCES bodies(id),
    relation  TEXT REFERENCES relations(id),
    CHECK (body IS NOT NULL OR relation IS NOT NULL)
) STRICT;

-- One answer to a topic: who held it (a person, else a body), where and when it was said.
-- stance is the project's summary; the quotes are the evidence. Positions are never merged.
CREATE TABLE positions (
    id             TEXT PRIMARY KEY,
    topic          TEXT NOT NULL REFERENCES topics(id),
    holder_person  TEXT REFERENCES people(id),
    holder_body    TEXT REFERENCES bodies(id),
    source         TEXT NOT NULL REFERENCES sources(id),
    date           TEXT,                 -- ISO 8601, or NULL when not known
    date_basis     TEXT NOT NULL,        -- stated in the source, or inferred and why
    stance         TEXT NOT NULL,
    CHECK (holder_person IS NOT NULL OR holder_body IS NOT NULL)
) STRICT;

CREATE TABLE position_quotes (
    position  TEXT NOT NULL REFERENCES positions(id),
    quote     TEXT NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (position, quote)
) STRICT;

-- Something that happened, with its date and how the date is known. description is editorial.
CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    date         TEXT,                   -- ISO 8601 (2011-06-20, 2011-06 or 2011), NULL if unknown
    date_basis   TEXT NOT NULL,
    description  TEXT NOT NULL
) STRICT;

CREATE TABLE event_quotes (
    event  TEXT NOT NULL REFERENCES events(id),
    quote  TEXT NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (event, quote)
) STRICT;

-- An acronym the sources use. quote is where the source uses it (with its expansion, when the
-- sources give one); expansion is NULL when the sources never spell it out.
CREATE TABLE glossary (
    term       TEXT PRIMARY KEY,
    expansion  TEXT,
    source     TEXT NOT NULL REFERENCES sources(id),
    quote      TEXT NOT NULL REFERENCES quotes(id)
) STRICT;

-- How a body's or relation's status stood as the sources had it on a date, for the timeline.
-- As at a date, the status shown is that of the latest entry on or before it (the earliest entry
-- when there is none yet); bodies.status and relations.status are the latest entry's. date is
-- when it was said (which may be earlier than the source that reports it); quote is the evidence.
CREATE TABLE status_history (
    id          TEXT PRIMARY KEY,
    body        TEXT REFERENCES bodies(id),
    relation    TEXT REFERENCES relations(id),
    status      TEXT NOT NULL,
    date        TEXT NOT NULL,        -- ISO 8601
    date_basis  TEXT NOT NULL,
    quote       TEXT NOT NULL REFERENCES quotes(id),
    CHECK ((body IS NULL) <> (relation IS NULL))
) STRICT;

-- A guided tour: ordered steps, each with an editorial caption, the bodies and relations it
-- highlights, an optional focus and timeline date, and the verbatim quote it shows.
CREATE TABLE tours (
    id     TEXT PRIMARY KEY,
    title  TEXT NOT NULL
) STRICT;

CREATE TABLE tour_steps (
    id       TEXT PRIMARY KEY,
    tour     TEXT NOT NULL REFERENCES tours(id),
    ordinal  INTEGER NOT NULL,            -- 1, 2, ... within the tour
    title    TEXT NOT NULL,
    caption  TEXT NOT NULL,               -- editorial
    focus    TEXT REFERENCES bodies(id),  -- NULL: the whole graph
    as_at    TEXT,                        -- a timeline date (ISO 8601); NULL: every source
    quote    TEXT NOT NULL REFERENCES quotes(id),
    UNIQUE (tour, ordinal)
) STRICT;

CREATE TABLE tour_step_bodies (
    step  TEXT NOT NULL REFERENCES tour_steps(id),
    body  TEXT NOT NULL REFERENCES bodies(id),
    PRIMARY KEY (step, body)
) STRICT;

CREATE TABLE tour_step_relations (
    step      TEXT NOT NULL REFERENCES tour_steps(id),
    relation  TEXT NOT NULL REFERENCES relations(id),
    PRIMARY KEY (step, relation)
) STRICT;
