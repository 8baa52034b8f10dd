-- Evidence API content model. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Ordered children use a 1-based position column; enum columns carry CHECK lists.

CREATE TABLE author (
    id          UUID          NOT NULL PRIMARY KEY,
    slug        VARCHAR(120)  NOT NULL UNIQUE,
    name        VARCHAR(200)  NOT NULL,
    bio         VARCHAR(10000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE author_credential (
    author_id   UUID          NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    credential  VARCHAR(300)  NOT NULL,
    PRIMARY KEY (author_id, position)
);

CREATE TABLE topic (
    id          UUID          NOT NULL PRIMARY KEY,
    slug        VARCHAR(120)  NOT NULL UNIQUE,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE article (
    id                   UUID          NOT NULL PRIMARY KEY,
    slug                 VARCHAR(120)  NOT NULL UNIQUE,
    title                VARCHAR(300)  NOT NULL,
    subtitle             VARCHAR(300),
    series               VARCHAR(200),
    series_part          INTEGER       CHECK (series_part > 0),
    summary              VARCHAR(2000),
    level                VARCHAR(20)   NOT NULL CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    published_at         TIMESTAMP WITH TIME ZONE,
    reading_time_minutes INTEGER       NOT NULL CHECK (reading_time_minutes > 0),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT article_published_has_date CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);
CREATE INDEX article_created_idx ON article (created_at, id);
CREATE INDEX article_updated_idx ON article (updated_at, id);
CREATE INDEX article_title_idx ON article (title, id);
CREATE INDEX article_status_idx ON article (status, created_at, id);

CREATE TABLE article_label (
    article_id  UUID          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_label_label_idx ON article_label (label);

CREATE TABLE article_author (
    article_id  UUID          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    author_id   UUID          NOT NULL REFERENCES author (id),
    PRIMARY KEY (article_id, position),
    CONSTRAINT article_author_once UNIQUE (article_id, author_id)
);
CREATE INDEX article_author_author_idx ON article_author (author_id);

CREATE TABLE article_topic (
    article_id  UUID          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    topic_id    UUID          NOT NULL REFERENCES topic (id),
    PRIMARY KEY (article_id, position),
    CONSTRAINT article_topic_once UNIQUE (article_id, topic_id)
);
CREATE INDEX article_topic_topic_idx ON article_topic (topic_id);

CREATE TABLE article_section (
    id          UUID          NOT NULL PRIMARY KEY,
    article_id  UUID          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    heading     VARCHAR(300),
    CONSTRAINT article_section_position UNIQUE (article_id, position)
);

CREATE TABLE section_block (
    id          UUID          NOT NULL PRIMARY KEY,
    section_id  UUID          NOT NULL REFERENCES article_section (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    type        VARCHAR(20)   NOT NULL CHECK (type IN ('PARAGRAPH', 'LIST', 'FIGURE', 'QUOTE')),
    text        VARCHAR(20000),
    caption     VARCHAR(2000),
    alt_text    VARCHAR(1000),
    image_url   VARCHAR(2000),
    attribution VARCHAR(300),
    CONSTRAINT section_block_position UNIQUE (section_id, position)
);

CREATE TABLE block_item (
    block_id    UUID          NOT NULL REFERENCES section_block (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    item        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (block_id, position)
);

-- A paper, shared by every article that cites it. doi_key is the lower-cased DOI, the identity for matching.
CREATE TABLE bib_reference (
    id               UUID          NOT NULL PRIMARY KEY,
    type             VARCHAR(30)   NOT NULL CHECK (type IN ('JOURNAL_ARTICLE', 'REVIEW', 'BOOK', 'CHAPTER', 'WEBPAGE', 'PROTOCOL', 'OTHER')),
    title            VARCHAR(1000) NOT NULL,
    container_title  VARCHAR(500),
    volume           VARCHAR(50),
    issue            VARCHAR(50),
    pages            VARCHAR(50),
    article_number   VARCHAR(50),
    pub_year         INTEGER       CHECK (pub_year BETWEEN 1000 AND 9999),
    doi              VARCHAR(300),
    doi_key          VARCHAR(300)  UNIQUE,
    pmid             VARCHAR(20)   UNIQUE,
    pmcid            VARCHAR(20)   UNIQUE,
    issn             VARCHAR(20),
    url              VARCHAR(2000),
    language         VARCHAR(35),
    peer_reviewed    BOOLEAN,
    accessed_at      DATE,
    update_status    VARCHAR(30)   NOT NULL CHECK (update_status IN ('NONE', 'CORRECTED', 'EXPRESSION_OF_CONCERN', 'RETRACTED')),
    notes            VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT bib_reference_doi_key CHECK ((doi IS NULL AND doi_key IS NULL) OR (doi IS NOT NULL AND doi_key IS NOT NULL))
);
CREATE INDEX bib_reference_created_idx ON bib_reference (created_at, id);
CREATE INDEX bib_reference_year_idx ON bib_reference (pub_year, id);
CREATE INDEX bib_reference_title_idx ON bib_reference (title, id);

CREATE TABLE reference_author (
    reference_id UUID         NOT NULL REFERENCES bib_reference (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    family       VARCHAR(200),
    given        VARCHAR(200),
    literal      VARCHAR(300),
    PRIMARY KEY (reference_id, position),
    CONSTRAINT reference_author_named CHECK (family IS NOT NULL OR literal IS NOT NULL)
);

-- The article's bibliography: citation_number is the [n] shown in the text.
-- The same paper may appear twice in one list (a flaw the integrity report reports), so no unique pair.
CREATE TABLE article_reference (
    id              UUID      NOT NULL PRIMARY KEY,
    article_id      UUID      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    citation_number INTEGER   NOT NULL CHECK (citation_number > 0),
    reference_id    UUID      NOT NULL REFERENCES bib_reference (id),
    CONSTRAINT article_reference_number UNIQUE (article_id, citation_number)
);
CREATE INDEX article_reference_reference_idx ON article_reference (reference_id);

CREATE TABLE study_summary (
    id                      UUID          NOT NULL PRIMARY KEY,
    reference_id            UUID          NOT NULL REFERENCES bib_reference (id),
    title                   VARCHAR(500)  NOT NULL,
    design                  VARCHAR(40)   NOT NULL CHECK (design IN ('META_ANALYSIS', 'SYSTEMATIC_REVIEW',
                                'RANDOMIZED_CONTROLLED_TRIAL', 'NON_RANDOMIZED_TRIAL', 'COHORT_STUDY', 'CASE_CONTROL_STUDY',
                                'CROSS_SECTIONAL_STUDY', 'CASE_SERIES', 'OBSERVATIONAL_RETROSPECTIVE', 'NARRATIVE_REVIEW',
                                'TRIAL_PROTOCOL', 'ANIMAL_STUDY', 'MECHANISTIC_STUDY', 'OTHER')),
    population_description  VARCHAR(2000),
    population_condition    VARCHAR(300),
    population_species      VARCHAR(100),
    participants            INTEGER       CHECK (participants > 0),
    participants_qualifier  VARCHAR(20)   CHECK (participants_qualifier IN ('EXACT', 'AT_LEAST', 'APPROXIMATE')),
    study_count             INTEGER       CHECK (study_count >= 1),
    registry_id             VARCHAR(100),
    intervention            VARCHAR(2000),
    comparator              VARCHAR(2000),
    control_type            VARCHAR(20)   CHECK (control_type IN ('PLACEBO', 'SHAM', 'NO_TREATMENT', 'USUAL_CARE', 'ACTIVE', 'NONE')),
    duration                VARCHAR(40),
    follow_up               VARCHAR(40),
    sessions                INTEGER       CHECK (sessions > 0),
    certainty               VARCHAR(20)   NOT NULL CHECK (certainty IN ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW', 'NOT_RATED')),
    notes                   VARCHAR(4000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX study_summary_reference_idx ON study_summary (reference_id);
CREATE INDEX study_summary_created_idx ON study_summary (created_at, id);
CREATE INDEX study_summary_design_idx ON study_summary (design, created_at, id);
CREATE INDEX study_summary_participants_idx ON study_summary (participants, id);

CREATE TABLE study_outcome (
    study_id            UUID          NOT NULL REFERENCES study_summary (id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    name                VARCHAR(300)  NOT NULL,
    measure             VARCHAR(300),
    timepoint           VARCHAR(100),
    effect_metric       VARCHAR(40)   CHECK (effect_metric IN ('PERCENT_CHANGE', 'MEAN_DIFFERENCE',
                            'STANDARDIZED_MEAN_DIFFERENCE', 'RISK_RATIO', 'ODDS_RATIO', 'HAZARD_RATIO',
                            'RISK_DIFFERENCE', 'NUMBER_NEEDED_TO_TREAT', 'NARRATIVE')),
    effect_value        DOUBLE PRECISION,
    effect_unit         VARCHAR(50),
    ci_lower            DOUBLE PRECISION,
    ci_upper            DOUBLE PRECISION,
    ci_level            DOUBLE PRECISION CHECK (ci_level > 0 AND ci_level < 1),
    p_value             DOUBLE PRECISION CHECK (p_value >= 0 AND p_value <= 1),
    p_value_comparator  VARCHAR(20)   CHECK (p_value_comparator IN ('EQUAL', 'LESS_THAN')),
    heterogeneity_i2    DOUBLE PRECISION CHECK (heterogeneity_i2 >= 0 AND heterogeneity_i2 <= 100),
    is_primary          BOOLEAN       NOT NULL,
    direction           VARCHAR(30)   CHECK (direction IN ('FAVOURS_INTERVENTION', 'FAVOURS_COMPARATOR',
                            'NO_DIFFERENCE', 'MIXED', 'UNCLEAR')),
    narrative           VARCHAR(2000),
    PRIMARY KEY (study_id, position)
);

CREATE TABLE claim (
    id              UUID          NOT NULL PRIMARY KEY,
    article_id      UUID          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    statement       VARCHAR(2000) NOT NULL,
    section_heading VARCHAR(300),
    scope           VARCHAR(20)   NOT NULL CHECK (scope IN ('HUMAN', 'ANIMAL', 'MECHANISTIC')),
    direction       VARCHAR(20)   NOT NULL CHECK (direction IN ('BENEFIT', 'HARM', 'NO_EFFECT', 'MIXED', 'UNCLEAR')),
    certainty       VARCHAR(20)   NOT NULL CHECK (certainty IN ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW', 'NOT_RATED')),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT claim_position UNIQUE (article_id, position)
);
CREATE INDEX claim_created_idx ON claim (created_at, id);
CREATE INDEX claim_certainty_idx ON claim (certainty, created_at, id);

-- Citations keep the [n] number, not a foreign key: a number pointing at no reference is a finding, not a crash.
CREATE TABLE claim_citation (
    claim_id         UUID     NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position         INTEGER  NOT NULL,
    reference_number INTEGER  NOT NULL CHECK (reference_number > 0),
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_study (
    claim_id    UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    study_id    UUID          NOT NULL REFERENCES study_summary (id),
    PRIMARY KEY (claim_id, position),
    CONSTRAINT claim_study_once UNIQUE (claim_id, study_id)
);
CREATE INDEX claim_study_study_idx ON claim_study (study_id);

CREATE TABLE claim_certainty_factor (
    claim_id    UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    domain      VARCHAR(30)   NOT NULL CHECK (domain IN ('RISK_OF_BIAS', 'INCONSISTENCY', 'INDIRECTNESS', 'IMPRECISION',
                    'PUBLICATION_BIAS', 'LARGE_EFFECT', 'DOSE_RESPONSE', 'PLAUSIBLE_CONFOUNDING')),
    rating      VARCHAR(20)   NOT NULL CHECK (rating IN ('NO_CONCERN', 'SERIOUS', 'VERY_SERIOUS')),
    note        VARCHAR(1000),
    PRIMARY KEY (claim_id, position)
);

CREATE INDEX author_name_idx ON author (name, id);
CREATE INDEX author_created_idx ON author (created_at, id);
CREATE INDEX topic_name_idx ON topic (name, id);
CREATE INDEX topic_created_idx ON topic (created_at, id);
CREATE INDEX study_summary_title_idx ON study_summary (title, id);
