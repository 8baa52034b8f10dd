package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.article.StoredSection;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.study.StudySummary;
import org.evidenceapi.visibility.Visibility;

/** Checks an article in one transaction and a fixed number of statements, whatever its size. Articles that are
 * not published do not exist for anonymous callers. */
@ApplicationScoped
public class IntegrityService {
    @Inject
    ArticleRepository articles;
    @Inject
    AuditedArticles audited;
    @Inject
    Visibility visibility;
    @Inject
    IntegrityCheck check;

    @ReadOnlyTransaction
    public IntegrityReport report(IdOrSlug key) {
        UUID id = visibility.article(key, articles::findId);
        List<Finding> findings = check.run(audited.load(List.of(id)).get(id));
        return new IntegrityReport(id, FindingCounts.of(findings), findings);
    }

    /**
     * The ERROR findings of an article as the calling transaction has written it, whoever asks: what the publish
     * gate reads. Flush first: the check reads the rows.
     */
    @Transactional(TxType.MANDATORY)
    public List<Finding> errors(UUID articleId) {
        return errorsOf(check.run(audited.load(List.of(articleId)).get(articleId)));
    }

    /** The ERROR findings of an article an import has just built, from the entities in hand: no statement. */
    public List<Finding> errors(List<Claim> articleClaims, List<ArticleReference> bibliography,
            List<StudySummary> articleStudies, List<StoredSection> sections) {
        return errorsOf(check.run(new AuditedArticle(articleClaims, bibliography, articleStudies, sections)));
    }

    private static List<Finding> errorsOf(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
