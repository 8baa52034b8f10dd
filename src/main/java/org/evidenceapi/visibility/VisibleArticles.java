package org.evidenceapi.visibility;

import jakarta.persistence.Query;
import org.evidenceapi.common.paging.Filter;

/**
 * The articles a reader sees, as the one JPQL condition every query about them adds: those of {@code status}, or
 * every article when it is null. A condition names the article by its path ({@code e}, {@code e.article}, ...) and
 * binds {@code status} as the parameter {@link #PARAMETER}.
 */
public record VisibleArticles(ArticleStatus status) {
    public static final String PARAMETER = "visible";
    /** What editors and admins see, and what reads that serve no reader (history, writes) look up. */
    public static final VisibleArticles ALL = new VisibleArticles(null);
    /** What anonymous readers see. */
    public static final VisibleArticles PUBLISHED = new VisibleArticles(ArticleStatus.PUBLISHED);

    /** Whether this reader sees articles of every status: then no condition is added. */
    public boolean all() {
        return status == null;
    }

    /** Whether this reader sees articles of {@code wanted}. */
    public boolean includes(ArticleStatus wanted) {
        return all() || status == wanted;
    }


    /** The condition on the article at {@code article}; add it only when not {@link #all()}, and {@link #bind}. */
    public String condition(String article) {
        return article + ".status = :" + PARAMETER;
    }

    /** {@code " and "} the condition, or "" when every article is visible: to append to a where clause. */
    public String and(String article) {
        return all() ? "" : " and " + condition(article);
    }

    /** Sets the parameter on a query built with {@link #and}. */
    public <Q extends Query> Q bind(Q query) {
        if (!all()) {
            query.setParameter(PARAMETER, status);
        }
        return query;
    }

    /**
     * Keeps a page to visible articles, the status held equal: a page of articles can then read a status index in
     * order and stop after the page.
     */
    public Filter restrict(Filter filter, String article) {
        return filter.equal(article + ".status", PARAMETER, status);
    }

    /** Adds {@code condition}, which embeds {@link #condition} (in a subquery, say), when not every article is. */
    public Filter require(Filter filter, String condition) {
        return filter.and(condition, PARAMETER, status);
    }
}
