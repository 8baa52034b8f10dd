package org.evidenceapi.claim;

import org.evidenceapi.article.ArticleStatus;
import org.evidenceapi.common.Filter;
import org.evidenceapi.common.Params.IdOrSlug;

/** The claim list's filters, already parsed; an article that does not exist matches nothing. */
public record ClaimFilter(IdOrSlug article, EvidenceScope scope, Certainty certainty) {
    /** Anonymous callers see claims of published articles only. */
    Filter toFilter(boolean seesDrafts) {
        Filter filter = new Filter()
                .and("e.article.status = :visible", "visible", seesDrafts ? null : ArticleStatus.PUBLISHED)
                .and("e.scope = :scope", "scope", scope)
                .equal("e.certainty", "certainty", certainty);
        if (article != null) {
            filter.and(article.condition("e.article").replace(":key", ":article"), "article", article.value());
        }
        return filter;
    }
}
