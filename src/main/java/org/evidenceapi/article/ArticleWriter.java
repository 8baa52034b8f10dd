package org.evidenceapi.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.evidenceapi.author.AuthorRepository;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.common.Edits;
import org.evidenceapi.common.FieldError;
import org.evidenceapi.common.Params.IdOrSlug;
import org.evidenceapi.common.Params;
import org.evidenceapi.common.Timestamps;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.topic.TopicRepository;

/**
 * Creates and changes articles: their own fields, body, authors, topics and status. Every change names
 * the ETag it was based on (If-Match) and is all or nothing. Claims and bibliography are written with them
 * through the import, or through their own resources.
 */
@ApplicationScoped
public class ArticleWriter {
    private static final EnumSet<ArticleInclude> BARE = EnumSet.noneOf(ArticleInclude.class);

    @Inject
    ArticleRepository articles;
    @Inject
    ArticleService reads;
    @Inject
    AuthorRepository authors;
    @Inject
    TopicRepository topics;
    @Inject
    Edits edits;

    @Transactional
    public ArticleView create(ArticleInput input) {
        List<FieldError> findings = references(input);
        if (input != null && input.status() != ArticleStatus.DRAFT) {
            findings.add(new FieldError("status", "a new article starts as DRAFT"));
        }
        edits.validate("article", input, findings);
        requireFreeSlug(input.slug(), null);
        Article article = new Article();
        apply(article, input);
        article.persist();
        replaceSections(article, input.sections());
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    @Transactional
    public ArticleView replace(IdOrSlug key, ArticleInput input, String ifMatch) {
        Article article = current(key, ifMatch);
        List<FieldError> findings = references(input);
        if (input != null && input.status() != null && !StatusTransitions.allowed(article.status, input.status())) {
            findings.add(new FieldError("status", "cannot go from " + article.status + " to " + input.status()
                    + "; allowed: " + StatusTransitions.from(article.status)));
        }
        if (input != null && input.publishedAt() != null && !input.publishedAt().equals(article.publishedAt)) {
            findings.add(new FieldError("publishedAt", "is set by the server when the article is published"));
        }
        edits.validate("article", input, findings);
        requireFreeSlug(input.slug(), article.id);
        apply(article, input);
        articles.getEntityManager().flush();
        replaceSections(article, input.sections());
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /** JSON Merge Patch on the article as editors write it (the PUT body), then the rules of PUT. */
    @Transactional
    public ArticleView patch(IdOrSlug key, JsonNode patch, String ifMatch) throws JsonProcessingException {
        ArticleView current = reads.get(key, EnumSet.of(ArticleInclude.AUTHORS, ArticleInclude.TOPICS));
        return replace(key, edits.merge(asInput(current), patch, ArticleInput.class), ifMatch);
    }

    /** Archives the article; with {@code hard}, deletes it and all it owns (claims, body, bibliography links). */
    @Transactional
    public ArticleView delete(IdOrSlug key, String ifMatch, boolean hard) {
        Article article = current(key, ifMatch);
        if (hard) {
            articles.sections(article.id).forEach(ArticleSection::delete);
            Claim.delete("article.id", article.id);
            ArticleReference.delete("article.id", article.id);
            articles.getEntityManager().flush();
            article.delete();
            return null;
        }
        article.status = ArticleStatus.ARCHIVED;
        article.updatedAt = Timestamps.now();
        articles.getEntityManager().flush();
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /** The article, once If-Match has been checked against the representation GET gives now. */
    private Article current(IdOrSlug key, String ifMatch) {
        ArticleView view = reads.get(key, BARE);
        edits.requireCurrent(ifMatch, view);
        return articles.findById(view.id());
    }

    /** Authors and topics must exist; their absence is reported with the input's other problems. */
    private List<FieldError> references(ArticleInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input != null) {
            resolve(input.authors(), "authors", authors::findWithCredentials, errors);
            resolve(input.topics(), "topics", topics::find, errors);
        }
        return errors;
    }

    private void apply(Article a, ArticleInput in) {
        if (in.status() == ArticleStatus.PUBLISHED && a.publishedAt == null) {
            a.publishedAt = Timestamps.now();
        }
        a.slug = in.slug();
        a.title = in.title();
        a.subtitle = in.subtitle();
        a.series = in.series();
        a.seriesPart = in.seriesPart();
        a.summary = in.summary();
        a.level = in.level();
        a.status = in.status();
        a.labels = new ArrayList<>(orEmpty(in.labels()));
        a.authors = new ArrayList<>(orEmpty(in.authors()).stream()
                .map(s -> Params.idOrSlugIn(s).flatMap(authors::findWithCredentials).orElseThrow()).toList());
        a.topics = new ArrayList<>(orEmpty(in.topics()).stream()
                .map(s -> Params.idOrSlugIn(s).flatMap(topics::find).orElseThrow()).toList());
        a.readingTimeMinutes = ReadingTime.minutes(in.sections());
        a.updatedAt = Timestamps.now();
    }

    /** Old sections go first (flushed), so the new ones can take their positions. */
    private void replaceSections(Article article, List<Section> sections) {
        articles.sections(article.id).forEach(ArticleSection::delete);
        articles.getEntityManager().flush();
        for (int i = 0; i < sections.size(); i++) {
            ArticleSections.toEntity(article, i + 1, sections.get(i)).persist();
        }
    }

    private void requireFreeSlug(String slug, UUID self) {
        articles.find("slug", slug).firstResultOptional().filter(other -> !Objects.equals(other.id, self))
                .ifPresent(other -> {
                    throw Edits.conflict("slug", "Another article has the slug '" + slug + "'.");
                });
    }

    /** Each of {@code keys} must name an existing author or topic. */
    private static <T> void resolve(List<String> keys, String field, Function<IdOrSlug, Optional<T>> finder,
            List<FieldError> errors) {
        List<String> values = orEmpty(keys);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && Params.idOrSlugIn(values.get(i)).flatMap(finder).isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "]", "names no existing " + field.replaceAll("s$", "")));
            }
        }
    }

    private static ArticleInput asInput(ArticleView v) {
        return new ArticleInput(v.slug(), v.title(), v.subtitle(), v.series(), v.seriesPart(), v.summary(), v.level(),
                v.labels(), v.status(), v.publishedAt(), v.authors().stream().map(a -> a.slug()).toList(),
                v.topics().stream().map(t -> t.slug()).toList(), v.sections());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
