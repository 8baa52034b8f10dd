package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.common.Params.IdOrSlug;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.ReadOnlyTransaction;
import org.evidenceapi.common.Viewer;

/** Checks an article in one transaction and a fixed number of statements, whatever its size. Articles that are
 * not published do not exist for anonymous callers. */
@ApplicationScoped
public class IntegrityService {
    @Inject
    ArticleRepository articles;
    @Inject
    AuditedArticles audited;
    @Inject
    Viewer viewer;
    @Inject
    IntegrityCheck check;

    @ReadOnlyTransaction
    public IntegrityReport report(IdOrSlug key) {
        UUID id = articles.findId(key, !viewer.seesDrafts()).orElseThrow(() ->
                ProblemException.notFound("No article has the id or slug '" + key + "'."));
        List<Finding> findings = check.run(audited.load(List.of(id)).get(id));
        return new IntegrityReport(id, FindingCounts.of(findings), findings);
    }
}
