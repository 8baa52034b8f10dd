package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.Params.IdOrSlug;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.ReadOnlyTransaction;
import org.evidenceapi.common.Viewer;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;

/**
 * Checks an article in one transaction and a fixed number of statements, whatever its size: the studies come
 * first, with their papers, so that the claims' studies are those loaded rows. Articles that are not published
 * do not exist for anonymous callers.
 */
@ApplicationScoped
public class IntegrityService {
    @Inject
    ArticleRepository articles;
    @Inject
    ClaimRepository claims;
    @Inject
    ReferenceRepository references;
    @Inject
    StudyRepository studies;
    @Inject
    Viewer viewer;
    @Inject
    IntegrityCheck check;

    @ReadOnlyTransaction
    public IntegrityReport report(IdOrSlug key) {
        UUID id = articles.findId(key, !viewer.seesDrafts()).orElseThrow(() ->
                ProblemException.notFound("No article has the id or slug '" + key + "'."));
        List<StudySummary> articleStudies = studies.ofArticleWithReferences(id);
        AuditedArticle article = new AuditedArticle(claims.ofArticle(id), references.citedBy(id), articleStudies,
                articles.sections(id));
        List<Finding> findings = check.run(article);
        return new IntegrityReport(id, FindingCounts.of(findings), findings);
    }
}
