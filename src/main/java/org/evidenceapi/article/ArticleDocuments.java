package org.evidenceapi.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.evidenceapi.caching.CacheTag;
import org.evidenceapi.caching.ContentVersion;
import org.evidenceapi.caching.TaggedCache;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.security.Viewer;

/**
 * Article reads as front ends make them, cached in process: a hit costs no statement instead of eight. A document
 * is tagged with the article as it was asked for (id or slug); every change to what the article shows names the
 * article by id and by slug, old and new, so it drops this document, here at once and on other instances within
 * the version refresh, and leaves the other articles' documents alone.
 */
@ApplicationScoped
public class ArticleDocuments {
    public static final String CACHE = "article-documents";

    @Inject
    ContentVersion version;
    @Inject
    Viewer viewer;
    @Inject
    ArticleService articles;
    @Inject
    ObjectMapper json;
    @Inject
    EvidenceConfig config;
    @Inject
    MeterRegistry metrics;

    private TaggedCache<DocumentKey, Document> documents;

    @PostConstruct
    void create() {
        documents = new TaggedCache<>(CACHE, Caffeine.newBuilder()
                .maximumWeight(config.cache().documents().maxBytes().asLongValue())
                .weigher((DocumentKey key, Document document) -> document.weight()),
                Duration.ofSeconds(config.cache().maxAge()), version, metrics);
    }

    public ArticleView get(IdOrSlug key, Set<ArticleInclude> include) {
        return document(key, include).view();
    }

    /** The same document as the JSON bytes a GET sends, serialised once per change to it, not per request. */
    public byte[] json(IdOrSlug key, Set<ArticleInclude> include) {
        return document(key, include).json();
    }

    private Document document(IdOrSlug article, Set<ArticleInclude> include) {
        DocumentKey key = new DocumentKey(article, Set.copyOf(ArticleInclude.effective(include)), viewer.seesDrafts());
        return config.cache().enabled() ? documents.get(key, madeFrom -> make(key, madeFrom))
                : make(key, version.current());
    }

    /** The document and its JSON, made with the mapper the ETag filter uses, so tags match what writes compute. */
    private Document make(DocumentKey key, long madeFrom) {
        ArticleView view = articles.get(key.article(), key.include());
        try {
            return new Document(view, json.writeValueAsBytes(view), madeFrom,
                    Set.of(CacheTag.of("article", key.article().value())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article not serialisable", e);
        }
    }

    record Document(ArticleView view, byte[] json, long version, Set<String> tags) implements TaggedCache.Entry {
        /** The view's objects hold about as much as their JSON: the document weighs twice its JSON. */
        int weight() {
            return 2 * json.length;
        }
    }

    /** Everything the document depends on besides the content: what was asked, and who may see drafts. */
    record DocumentKey(IdOrSlug article, Set<ArticleInclude> include, boolean drafts) {
    }
}
