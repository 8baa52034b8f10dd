-- Full-text search on PostgreSQL: English stemming with accents removed, a weighted tsvector per searchable row
-- (A: title or statement, B: secondary text, D: the rest), kept current by the database itself and GIN-indexed.
-- unaccent is a trusted extension: the database owner may create it (Debian's postgresql package ships it).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION evidence_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION evidence_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('evidence_english', title), 'A')
    || setweight(to_tsvector('evidence_english', coalesce(subtitle, '') || ' ' || coalesce(summary, '')), 'B')
) STORED;
CREATE INDEX article_search_idx ON article USING GIN (search_vector);

ALTER TABLE claim ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('evidence_english', statement), 'A')
    || setweight(to_tsvector('evidence_english', coalesce(section_heading, '')), 'B')
) STORED;
CREATE INDEX claim_search_idx ON claim USING GIN (search_vector);

ALTER TABLE study_summary ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('evidence_english', title), 'A')
    || setweight(to_tsvector('evidence_english', coalesce(population_condition, '') || ' '
        || coalesce(intervention, '')), 'B')
    || setweight(to_tsvector('evidence_english', coalesce(population_description, '') || ' '
        || coalesce(comparator, '') || ' ' || coalesce(notes, '')), 'D')
) STORED;
CREATE INDEX study_summary_search_idx ON study_summary USING GIN (search_vector);
