-- Readers see one status, which a page holds equal and puts first in its order ("status, updated_at, id"). Only
-- created_at had an index led by status, so a list sorted by updatedAt or title read every article of the status and
-- sorted them for each page: at 100,000 articles, past the transaction timeout under load.
CREATE INDEX article_status_updated_idx ON article (status, updated_at, id);
CREATE INDEX article_status_title_idx ON article (status, title, id);
