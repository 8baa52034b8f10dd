-- An article's study summaries are the ones attached to it (its document's, or an editor's) and the ones its claims
-- link. Before, they were every summary of every paper it cites, so one article's summary of a shared paper showed
-- in every other article citing that paper.
CREATE TABLE article_study (
    article_id  UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    study_id    UUID NOT NULL REFERENCES study_summary (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, study_id)
);
CREATE INDEX article_study_study_idx ON article_study (study_id);

CREATE TABLE article_study_aud (
    rev         BIGINT NOT NULL REFERENCES revision (id),
    revtype     SMALLINT,
    article_id  UUID NOT NULL,
    study_id    UUID NOT NULL,
    PRIMARY KEY (rev, article_id, study_id)
);

-- Existing data: a summary belongs to the article it was imported with (created in the same revision, reporting a
-- paper that article cites) ...
INSERT INTO article_study (article_id, study_id)
SELECT DISTINCT a.id, s.id
FROM study_summary_aud sa
JOIN article_aud aa ON aa.rev = sa.rev AND aa.revtype = 0
JOIN article a ON a.id = aa.id
JOIN study_summary s ON s.id = sa.id
WHERE sa.revtype = 0
  AND EXISTS (SELECT 1 FROM article_reference ar WHERE ar.article_id = a.id AND ar.reference_id = s.reference_id);

-- ... and a summary written on its own keeps the articles it had: those citing its paper.
INSERT INTO article_study (article_id, study_id)
SELECT DISTINCT ar.article_id, s.id
FROM study_summary s
JOIN article_reference ar ON ar.reference_id = s.reference_id
WHERE NOT EXISTS (SELECT 1 FROM article_study m WHERE m.study_id = s.id);
