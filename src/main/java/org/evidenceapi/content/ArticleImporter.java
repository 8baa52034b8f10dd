package org.evidenceapi.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidenceapi.article.Article;
import org.evidenceapi.article.ArticleInput;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.article.ArticleSections;
import org.evidenceapi.article.ArticleStatus;
import org.evidenceapi.article.ReadingTime;
import org.evidenceapi.author.Author;
import org.evidenceapi.author.AuthorInput;
import org.evidenceapi.author.AuthorRepository;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.ClaimMapper;
import org.evidenceapi.common.FieldError;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.Timestamps;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.study.StudyMapper;
import org.evidenceapi.study.StudySummary;
import org.evidenceapi.topic.Topic;
import org.evidenceapi.topic.TopicInput;
import org.evidenceapi.topic.TopicRepository;

/**
 * Writes a whole article document in one transaction: all of it or, on any problem, nothing. Authors and
 * topics are matched by slug and references by DOI, else PMID, else PMCID, and reused, not duplicated.
 */
@ApplicationScoped
public class ArticleImporter {
    @Inject
    Validator validator;
    @Inject
    ArticleRepository articles;
    @Inject
    AuthorRepository authors;
    @Inject
    TopicRepository topics;
    @Inject
    ReferenceMatcher referenceMatcher;

    @Transactional
    public Article importDocument(ArticleDocument doc) {
        List<FieldError> problems = DocumentCheck.problems(doc, validator,
                slug -> authors.findBySlug(slug).isPresent(), slug -> topics.findBySlug(slug).isPresent());
        if (!problems.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST,
                    "The document has " + problems.size() + " problem(s); nothing was written.", problems);
        }
        if (articles.count("slug", doc.article().slug()) > 0) {
            throw new ProblemException(Status.CONFLICT, "An article with the slug '" + doc.article().slug()
                    + "' exists already; nothing was written.", List.of(new FieldError("article.slug", "is taken")));
        }
        Article article = article(doc);
        List<ArticleReference> bibliography = referenceMatcher.bibliography(article, doc.references());
        Map<String, StudySummary> studies = new HashMap<>();
        for (DocumentStudy input : doc.studies()) {
            StudySummary study = new StudySummary();
            StudyMapper.apply(study, input, bibliography.get(input.referenceNumber() - 1).reference);
            study.persist();
            studies.put(input.key(), study);
        }
        for (int i = 0; i < doc.claims().size(); i++) {
            claim(article, i + 1, doc.claims().get(i), studies).persist();
        }
        return article;
    }

    private Article article(ArticleDocument doc) {
        ArticleInput in = doc.article();
        Map<String, Author> docAuthors = new HashMap<>();
        doc.authors().forEach(a -> docAuthors.put(a.slug(), author(a)));
        Map<String, Topic> docTopics = new HashMap<>();
        doc.topics().forEach(t -> docTopics.put(t.slug(), topic(t)));
        Article a = new Article();
        a.slug = in.slug();
        a.title = in.title();
        a.subtitle = in.subtitle();
        a.series = in.series();
        a.seriesPart = in.seriesPart();
        a.summary = in.summary();
        a.level = in.level();
        a.status = in.status();
        a.publishedAt = in.publishedAt() == null && in.status() == ArticleStatus.PUBLISHED
                ? Timestamps.now() : in.publishedAt();
        a.labels = new ArrayList<>(orEmpty(in.labels()));
        a.authors = new ArrayList<>(orEmpty(in.authors()).stream().map(docAuthors::get).toList());
        a.topics = new ArrayList<>(orEmpty(in.topics()).stream().map(docTopics::get).toList());
        a.readingTimeMinutes = ReadingTime.minutes(in.sections());
        a.persist();
        for (int i = 0; i < in.sections().size(); i++) {
            ArticleSections.toEntity(a, i + 1, in.sections().get(i)).persist();
        }
        return a;
    }

    /** The document's author, or the library's author of that slug, left as the library has it. */
    private Author author(AuthorInput in) {
        return authors.findBySlug(in.slug()).orElseGet(() -> {
            Author a = new Author();
            a.slug = in.slug();
            a.name = in.name();
            a.bio = in.bio();
            a.credentials = new ArrayList<>(orEmpty(in.credentials()));
            a.persist();
            return a;
        });
    }

    private Topic topic(TopicInput in) {
        return topics.findBySlug(in.slug()).orElseGet(() -> {
            Topic t = new Topic();
            t.slug = in.slug();
            t.name = in.name();
            t.description = in.description();
            t.persist();
            return t;
        });
    }

    private static Claim claim(Article article, int position, DocumentClaim in, Map<String, StudySummary> studies) {
        Claim c = new Claim();
        c.article = article;
        c.position = position;
        ClaimMapper.apply(c, in, orEmpty(in.studies()).stream().map(studies::get).toList());
        return c;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
