package org.evidenceapi.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.caching.ContentVersion;

/**
 * Article reads as front ends make them, cached in process by content version: a hit costs no statement instead
 * of eight (the version is held in memory), and a write moves the version, here at once and on other instances
 * within the version refresh. Entries also expire after the public max-age.
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
        return document(key, include).view();
    }

    /** The same document as the JSON bytes a GET sends, serialised once per content version, not per request. */
    public byte[] json(IdOrSlug key, Set<ArticleInclude> include) {
        return document(key, include).json();
    }

    private Document document(IdOrSlug key, Set<ArticleInclude> include) {
        return cached.get(new DocumentKey(key, Set.copyOf(ArticleInclude.effective(include)), viewer.seesDrafts(),
                version.current()));
    }

    /** The document and its JSON, made with the mapper the ETag filter uses, so tags match what writes compute. */
    record Document(ArticleView view, byte[] json) {
    }

    /** Everything the document depends on: what was asked, who may see drafts, and the content version. */
    record DocumentKey(IdOrSlug article, Set<ArticleInclude> include, boolean drafts, long version) {
    }

    @ApplicationScoped
    static class Cached {
        @Inject
        ArticleService articles;
        @Inject
        ObjectMapper json;

        @CacheResult(cacheName = CACHE)
        Document get(DocumentKey key) {
            ArticleView view = articles.get(key.article(), key.include());
            try {
                return new Document(view, json.writeValueAsBytes(view));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("article not serialisable", e);
            }
        }
    }
}
