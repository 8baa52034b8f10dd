package org.evidenceapi.article;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.evidenceapi.common.Params.IdOrSlug;
import org.evidenceapi.common.Viewer;
import org.evidenceapi.revision.ContentVersion;

/**
 * Article reads as front ends make them, cached in process by content version: a hit costs one statement instead
 * of eight, and a write anywhere (on any instance) moves the version, so nothing stale is served. Entries also
 * expire after the public max-age, which bounds the one race left: a revision that commits after a later one.
 */
@ApplicationScoped
public class ArticleDocuments {
    public static final String CACHE = "article-documents";

    @Inject
    ContentVersion version;
    @Inject
    Viewer viewer;
    @Inject
    Cached cached;

    public ArticleView get(IdOrSlug key, Set<ArticleInclude> include) {
        return cached.get(new DocumentKey(key, Set.copyOf(include), viewer.seesDrafts(), version.current()));
    }

    /** Everything the document depends on: what was asked, who may see drafts, and the content version. */
    record DocumentKey(IdOrSlug article, Set<ArticleInclude> include, boolean drafts, long version) {
    }

    @ApplicationScoped
    static class Cached {
        @Inject
        ArticleService articles;

        @CacheResult(cacheName = CACHE)
        ArticleView get(DocumentKey key) {
            return articles.get(key.article(), key.include());
        }
    }
}
