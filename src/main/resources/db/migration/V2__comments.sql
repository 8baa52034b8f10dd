-- Readers' comments on articles. The e-mail is stored for moderation only and never shown.
CREATE TABLE article_comment (
    id           UUID          NOT NULL PRIMARY KEY,
    article_id   UUID          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    author_name  VARCHAR(100)  NOT NULL,
    email        VARCHAR(254)  NOT NULL,
    body         VARCHAR(5000) NOT NULL,
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SPAM')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX article_comment_article_idx ON article_comment (article_id, status, created_at, id);
CREATE INDEX article_comment_status_idx ON article_comment (status, created_at, id);
