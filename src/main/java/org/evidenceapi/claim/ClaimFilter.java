package org.evidenceapi.claim;

import org.evidenceapi.common.Filter;
import org.evidenceapi.common.Params.IdOrSlug;

/** The claim list's filters, already parsed; an article that does not exist matches nothing. */
public record ClaimFilter(IdOrSlug article, EvidenceScope scope, Certainty certainty) {
    Filter toFilter() {
        Filter filter = new Filter()
                .and("e.scope = :scope", "scope", scope)
                .and("e.certainty = :certainty", "certainty", certainty);
        if (article != null) {
            filter.and(article.condition("e.article").replace(":key", ":article"), "article", article.value());
        }
        return filter;
    }
}
