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
import org.evidenceapi.author.Author;
import org.evidenceapi.author.AuthorRepository;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.Timestamps;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;
import org.evidenceapi.topic.Topic;
import org.evidenceapi.topic.TopicRepository;

/**
 * Creates and changes articles: their own fields, body, authors, topics and status. Every change names
 * the ETag it was based on (If-Match) and is all or nothing. Claims and bibliography are written with them
 * through the import, or through their own resources.
 */
@ApplicationScoped
public class ArticleWriter {
    /** The article as GET without include answers it (its authors and topics, nothing else embedded). */
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
    @Inject
    StudyRepository studies;
    @Inject
    PublishCheck gate;

    @Transactional
    public ArticleView create(ArticleInput input) {
        Named named = lookUp(input);
        List<FieldError> findings = new ArrayList<>(named.missing());
        if (input != null && input.status() != ArticleStatus.DRAFT) {
            findings.add(new FieldError("status", "a new article starts as DRAFT"));
        }
        edits.validate("article", input, findings);
        requireFreeSlug(input.slug(), null);
        Article article = new Article();
        apply(article, input, named);
        article.persist();
        replaceSections(article, input.sections());
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /** The rules of PUT; a change that publishes passes the publish gate, on the article as it would be. */
    @Transactional
    public ArticleView replace(IdOrSlug key, ArticleInput input, String ifMatch, PublishOverride override) {
        Article article = current(key, ifMatch);
        boolean publishes = input != null && input.status() == ArticleStatus.PUBLISHED
                && article.status != ArticleStatus.PUBLISHED;
        Named named = lookUp(input);
        List<FieldError> findings = new ArrayList<>(named.missing());
        if (input != null && input.status() != null && !StatusTransitions.allowed(article.status, input.status())) {
            findings.add(new FieldError("status", "cannot go from " + article.status + " to " + input.status()
                    + "; allowed: " + StatusTransitions.from(article.status)));
        }
        if (input != null && input.publishedAt() != null && !input.publishedAt().equals(article.publishedAt)) {
            findings.add(new FieldError("publishedAt", "is set by the server when the article is published"));
        }
        edits.validate("article", input, findings);
        requireFreeSlug(input.slug(), article.id);
        apply(article, input, named);
        articles.getEntityManager().flush();
        replaceSections(article, input.sections());
        if (publishes) {
            gate.admitStored(article.id, article.slug, override);
        }
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /** JSON Merge Patch on the article as editors write it (the PUT body), then the rules of PUT. */
    @Transactional
    public ArticleView patch(IdOrSlug key, JsonNode patch, String ifMatch, PublishOverride override)
            throws JsonProcessingException {
        ArticleView current = reads.get(key, BARE);
        return replace(key, edits.merge(asInput(current), patch, ArticleInput.class), ifMatch, override);
    }

    /** Archives the article; with {@code hard}, deletes it and all it owns (claims, body, bibliography links). */
    @Transactional
    public ArticleView delete(IdOrSlug key, String ifMatch, boolean hard) {
        Article article = current(key, ifMatch);
        if (hard) {
            articles.sections(article.id).forEach(StoredSection::delete);
            // one by one, not in bulk: the revision history records each removal
            Claim.<Claim>list("article.id", article.id).forEach(Claim::delete);
            ArticleReference.<ArticleReference>list("article.id", article.id).forEach(ArticleReference::delete);
            articles.getEntityManager().flush();
            article.delete();
            return null;
        }
        article.status = ArticleStatus.ARCHIVED;
        articles.getEntityManager().flush();
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /**
     * Makes a study summary one of the article's studies (its evidence table, report and search follow). Attaching
     * one already attached changes nothing; otherwise the article's ETag changes, as after any edit.
     */
    @Transactional
    public ArticleView attachStudy(IdOrSlug key, UUID studyId, String ifMatch) {
        Article article = current(key, ifMatch);
        StudySummary study = studies.findByIdOptional(studyId).orElseThrow(() -> ProblemException.notFound(
                "No study summary has the id '" + studyId + "'."));
        if (article.studies.add(study)) {
            article.updatedAt = Timestamps.now();
        }
        articles.getEntityManager().flush();
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /** Detaches a study summary the article's document or an edit attached; its claims' links stay its own. */
    @Transactional
    public ArticleView detachStudy(IdOrSlug key, UUID studyId, String ifMatch) {
        Article article = current(key, ifMatch);
        if (!article.studies.removeIf(s -> s.id.equals(studyId))) {
            throw ProblemException.notFound("The study summary '" + studyId + "' is not attached to the article.");
        }
        List<Integer> linking = articles.getEntityManager().createQuery("select c.position from Claim c join "
                + "c.studies s where c.article.id = :article and s.id = :study order by c.position", Integer.class)
                .setParameter("article", article.id).setParameter("study", studyId).getResultList();
        if (!linking.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "Claim(s) " + linking + " of the article rest on this study "
                    + "summary, so it stays one of the article's studies. Unlink it from those claims first.", null);
        }
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

    /** The input's authors and topics, each looked up once: found ones to apply, missing ones to report. */
    private record Named(List<Author> authors, List<Topic> topics, List<FieldError> missing) {
    }

    private Named lookUp(ArticleInput input) {
        List<FieldError> missing = new ArrayList<>();
        if (input == null) {
            return new Named(List.of(), List.of(), missing);
        }
        return new Named(lookUp(input.authors(), "authors", authors::find, missing),
                lookUp(input.topics(), "topics", topics::find, missing), missing);
    }

    private static <T> List<T> lookUp(List<String> keys, String field, Function<IdOrSlug, Optional<T>> finder,
            List<FieldError> missing) {
        List<T> found = new ArrayList<>();
        List<String> values = orEmpty(keys);
        for (int i = 0; i < values.size(); i++) {
            Optional<T> match = Optional.ofNullable(values.get(i)).flatMap(Params::idOrSlugIn).flatMap(finder);
            if (match.isPresent()) {
                found.add(match.get());
            } else if (values.get(i) != null) {
                missing.add(new FieldError(field + "[" + i + "]", "names no existing " + field.replaceAll("s$", "")));
            }
        }
        return found;
    }


    private static void apply(Article a, ArticleInput in, Named named) {
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
        a.authors = new ArrayList<>(named.authors());
        a.topics = new ArrayList<>(named.topics());
        a.readingTimeMinutes = ReadingTime.minutes(in.sections());
        a.updatedAt = Timestamps.now(); // dirties the row even when only the body changes, so version advances
    }

    /** Old sections go first (flushed), so the new ones can take their positions. */
    private void replaceSections(Article article, List<Section> sections) {
        articles.sections(article.id).forEach(StoredSection::delete);
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

    private static ArticleInput asInput(ArticleView v) {
        return new ArticleInput(v.slug(), v.title(), v.subtitle(), v.series(), v.seriesPart(), v.summary(), v.level(),
                v.labels(), v.status(), v.publishedAt(), v.authors().stream().map(a -> a.slug()).toList(),
                v.topics().stream().map(t -> t.slug()).toList(), v.sections());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
