package org.evidenceapi.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evidenceapi.article.ArticleDocuments;
import org.evidenceapi.article.ArticleInclude;
import org.evidenceapi.author.AuthorService;
import org.evidenceapi.caching.EntityTags;
import org.evidenceapi.claim.ClaimService;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.reference.ReferenceService;
import org.evidenceapi.study.StudyService;
import org.evidenceapi.topic.TopicService;

/**
 * Each changed resource as the current reader would GET it: its link and the ETag that GET answers, made by the
 * same reads (and the same visibility rule) as the GET itself; empty when this reader cannot see it.
 */
@ApplicationScoped
class ChangeViews {
    /** An article's link embeds what a front end renders with it. */
    static final Set<ArticleInclude> WHOLE_ARTICLE = EnumSet.of(ArticleInclude.CLAIMS, ArticleInclude.STUDIES,
            ArticleInclude.REFERENCES);
    static final String WHOLE_ARTICLE_QUERY = "?include=claims,studies,references";

    record Read(String href, String etag) {
    }

    @Inject
    ArticleDocuments articles;
    @Inject
    ClaimService claims;
    @Inject
    StudyService studies;
    @Inject
    ReferenceService references;
    @Inject
    AuthorService authors;
    @Inject
    TopicService topics;
    @Inject
    EntityTags tags;

    Optional<Read> read(ChangeEntry entry) {
        try {
            return Optional.of(new Read(href(entry), tags.tagOf(representation(entry.type(), entry.id()))));
        } catch (ProblemException notVisible) {
            return Optional.empty();
        }
    }

    private Object representation(ResourceType type, UUID id) {
        IdOrSlug key = new IdOrSlug(id, null);
        return switch (type) {
            case ARTICLE -> articles.json(key, WHOLE_ARTICLE);
            case CLAIM -> claims.get(id);
            case STUDY -> studies.get(id);
            case REFERENCE -> references.get(id);
            case AUTHOR -> authors.get(key);
            case TOPIC -> topics.get(key);
        };
    }

    static String href(ChangeEntry entry) {
        String base = ApiPaths.V1 + "/" + entry.type().collection() + "/"
                + (entry.slug() != null ? entry.slug() : entry.id());
        return entry.type() == ResourceType.ARTICLE ? base + WHOLE_ARTICLE_QUERY : base;
    }
}
