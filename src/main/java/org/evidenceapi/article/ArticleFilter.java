package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.visibility.VisibleArticles;

/** The article list's filters, already parsed; a topic or author that does not exist matches nothing. */
public record ArticleFilter(IdOrSlug topic, IdOrSlug author, Level level, ArticleStatus status, String label) {

    /** Readers see the articles {@code visible} holds, whatever status they ask for. */
    Filter toFilter(VisibleArticles visible) {
        Filter filter = visible.restrict(new Filter(), "e")
                .and("e.level = :level", "level", level)
                .equal("e.status", "status", status)
                .and("e.id in (select a.id from Article a join a.labels l where l = :label)", "label", label);
        if (topic != null) {
            filter.and("e.id in (select a.id from Article a join a.topics t where "
                    + topic.condition("t", "topic") + ")", "topic", topic.value());
        }
        if (author != null) {
            filter.and("e.id in (select a.id from Article a join a.authors au where "
                    + author.condition("au", "author") + ")", "author", author.value());
        }
        return filter;
    }
}
