package org.evidenceapi.search;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.evidenceapi.article.Article;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.study.StudySummary;

/**
 * Notes every write to searchable content: articles, claims, study summaries, and bibliography entries (which
 * decide the articles a study belongs to). A default entity listener (META-INF/orm.xml), so no entity needs to
 * know about search.
 */
public class SearchableChangeListener {
    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (entity instanceof Article article) {
            collector().article(article.id);
        } else if (entity instanceof Claim claim) {
            collector().article(claim.articleId);
        } else if (entity instanceof StudySummary study) {
            collector().study(study.id);
        } else if (entity instanceof ArticleReference entry) {
            collector().article(entry.articleId);
        }
    }

    private static SearchChangeCollector collector() {
        return Arc.container().instance(SearchChangeCollector.class).get();
    }
}
