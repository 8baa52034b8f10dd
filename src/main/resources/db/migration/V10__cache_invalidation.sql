-- What each committed change made stale, for the in-process caches of every instance (caching/ContentVersion):
-- the cache tags of the resources it wrote or that show them, drafts included, space-separated, or '*' when a
-- change (a large import) touched too many to name. One row per change number, written in the change's own
-- transaction; another instance reads the rows past the last it read and drops exactly those entries. Rows are
-- kept a day: an instance that has not read them for that long drops everything it holds instead.
CREATE TABLE change_invalidation (
    sequence    BIGINT PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    tags        VARCHAR(100000) NOT NULL
);
