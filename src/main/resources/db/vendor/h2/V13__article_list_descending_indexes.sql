-- H2 only (PostgreSQL reads an index backwards by plan). H2 can read an index backwards too, but its planner counts a
-- sort for any index whose columns are not in the query's own direction, so for the list's descending orders
-- (the default -createdAt, -updatedAt, -title) every status index cost the same and it took the first:
-- -updatedAt and -title pages read every article of the status and sorted them, past the transaction timeout at
-- 100,000 articles under load. An index in each descending direction is chosen, and read in order.
CREATE INDEX article_status_created_desc_idx ON article (status DESC, created_at DESC, id DESC);
CREATE INDEX article_status_updated_desc_idx ON article (status DESC, updated_at DESC, id DESC);
CREATE INDEX article_status_title_desc_idx ON article (status DESC, title DESC, id DESC);
