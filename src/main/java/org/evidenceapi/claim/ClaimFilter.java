package org.evidenceapi.claim;

import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.visibility.VisibleArticles;

/** The claim list's filters, already parsed; an article that does not exist matches nothing. */
public record ClaimFilter(IdOrSlug article, EvidenceScope scope, Certainty certainty) {
    /**
     * Readers see the claims of the articles {@code visible} holds. That is a condition on each claim rather than a
     * join, so H2 reads claims in the order of the page's index and stops after the page; with a join it read every
     * published article's claims and sorted them, a cost that grows with the library.
     */
    Filter toFilter(VisibleArticles visible) {
        Filter filter = visible.require(new Filter(),
                "exists (select 1 from Article a where a.id = e.articleId and " + visible.condition("a") + ")")
                .and("e.scope = :scope", "scope", scope)
                .equal("e.certainty", "certainty", certainty);
        if (article != null) {
            filter.and(article.conditionOnId("e.articleId", "Article", "article"), "article", article.value());
        }
        return filter;
    }
}
