-- Changes feed (changes/). change_head numbers committing transactions: each takes the next number under the
-- row's lock just before it commits and holds the lock until it has, so numbers follow commit order and a reader
-- who has seen number n has seen every change numbered below it. oldest is the newest number a purged tombstone
-- had (-1: none purged): a token must name a later one, or the client may have missed a removal.
CREATE TABLE change_head (
    id        INTEGER PRIMARY KEY,
    sequence  BIGINT NOT NULL,
    oldest    BIGINT NOT NULL
);
INSERT INTO change_head (id, sequence, oldest) VALUES (1, 0, -1);

-- One row per resource ever changed, at the number of its latest change: a client that synced up to n reads what
-- changed since with one range scan, and a resource changed often costs one row. was_public: readers without a
-- token have seen it, so it owes them a tombstone when it goes.
CREATE TABLE change_entry (
    resource_type  VARCHAR(20) NOT NULL,
    resource_id    UUID NOT NULL,
    sequence       BIGINT NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    slug           VARCHAR(120),
    was_public     BOOLEAN NOT NULL,
    PRIMARY KEY (resource_type, resource_id)
);
CREATE INDEX change_entry_order ON change_entry (sequence, resource_type, resource_id);

-- What was there before the feed: number 0, so an initial sync finds it.
INSERT INTO change_entry SELECT 'ARTICLE', id, 0, updated_at, slug, status = 'PUBLISHED' FROM article;
INSERT INTO change_entry SELECT 'CLAIM', c.id, 0, c.updated_at, NULL, a.status = 'PUBLISHED'
    FROM claim c JOIN article a ON a.id = c.article_id;
INSERT INTO change_entry SELECT 'STUDY', id, 0, updated_at, NULL, TRUE FROM study_summary;
INSERT INTO change_entry SELECT 'REFERENCE', id, 0, updated_at, NULL, TRUE FROM bib_reference;
INSERT INTO change_entry SELECT 'AUTHOR', id, 0, updated_at, slug, TRUE FROM author;
INSERT INTO change_entry SELECT 'TOPIC', id, 0, updated_at, slug, TRUE FROM topic;
