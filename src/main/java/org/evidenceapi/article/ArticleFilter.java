package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.visibility.VisibleArticles;

/**
 * The article list's filters, already parsed; a topic or author that does not exist matches nothing. Each is an
 * "exists" on the article's own links, so the database can walk the list's index in order and stop after the page;
 * as "id in (select ...)" H2 read every article of the status and sorted them (a minute at 100,000 articles).
 */
public record ArticleFilter(IdOrSlug topic, IdOrSlug author, Level level, ArticleStatus status, String label) {

    /** Readers see the articles {@code visible} holds, whatever status they ask for. */
    Filter toFilter(VisibleArticles visible) {
        Filter filter = visible.restrict(new Filter(), "e")
                .and("e.level = :level", "level", level)
                .equal("e.status", "status", status)
                .and(linked("labels l", "l = :label"), "label", label);
        if (topic != null) {
            filter.and(linked("topics t", topic.condition("t", "topic")), "topic", topic.value());
        }
        if (author != null) {
            filter.and(linked("authors au", author.condition("au", "author")), "author", author.value());
        }
        return filter;
    }

    /** The article {@code e} has a link in {@code collection} (a path of Article with its alias) meeting a condition. */
    private static String linked(String collection, String condition) {
        return "exists (select 1 from Article a join a." + collection + " where a.id = e.id and " + condition + ")";
    }
}
