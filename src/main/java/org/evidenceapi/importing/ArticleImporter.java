package org.evidenceapi.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidenceapi.article.Article;
import org.evidenceapi.article.ArticleInclude;
import org.evidenceapi.article.ArticleInput;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.article.StoredSection;
import org.evidenceapi.article.ArticleMapper;
import org.evidenceapi.article.ArticleService;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.article.ArticleView;
import org.evidenceapi.article.PublishOverride;
import org.evidenceapi.article.Section;
import org.evidenceapi.author.Author;
import org.evidenceapi.author.AuthorInput;
import org.evidenceapi.author.AuthorRepository;
import org.evidenceapi.author.AuthorView;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.ClaimMapper;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.editing.EditRules;
import org.evidenceapi.integrity.IntegrityService;
import org.evidenceapi.publishing.PublishGate;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.study.StudyMapper;
import org.evidenceapi.study.StudySummary;
import org.evidenceapi.topic.Topic;
import org.evidenceapi.topic.TopicInput;
import org.evidenceapi.topic.TopicView;
import org.evidenceapi.topic.TopicRepository;

/**
 * Writes whole article documents, one or a batch, in one transaction: all of them or, on any problem, nothing.
 * Authors and topics are matched by slug and references by DOI, else PMID, else PMCID, and reused, not
 * duplicated, also among the documents of a batch. What the library holds already is read in a few statements
 * for the whole batch before anything is written, so the writes go to the database in JDBC batches at commit.
 * A document is stored as written, flaws the integrity report finds included (DocumentCheck); the documents that
 * are PUBLISHED then pass the publish gate, checked on the entities in hand.
 */
@ApplicationScoped
public class ArticleImporter {
    @Inject
    ArticleService reads;
    @Inject
    Validator validator;
    @Inject
    ArticleRepository articles;
    @Inject
    AuthorRepository authors;
    @Inject
    TopicRepository topics;
    @Inject
    ClaimRepository claimRows;
    @Inject
    ReferenceMatcher referenceMatcher;
    @Inject
    StudyMatcher studyMatcher;
    @Inject
    IntegrityService integrity;
    @Inject
    PublishGate gate;
    /** The author and topic edits' own mappings, so an imported author or topic is written as an edited one is. */
    @Inject
    EditRules<IdOrSlug, AuthorInput, AuthorView, Author> authorRules;
    @Inject
    EditRules<IdOrSlug, TopicInput, TopicView, Topic> topicRules;

    /** A document the service imports without overriding the publish gate; stored papers keep their values. */
    @Transactional
    public Article importDocument(ArticleDocument doc) {
        return importDocument(doc, PublishOverride.NONE);
    }

    @Transactional
    public Article importDocument(ArticleDocument doc, PublishOverride override) {
        return write(List.of(doc), ImportPaths.DOCUMENT, override, false).get(0).article();
    }

    /**
     * The import and the article as its answer shows it, in one transaction: a failure reading it back writes
     * nothing. {@code applyReferenceChanges} writes the document's differing bibliographic fields onto the stored
     * papers it names instead of only reporting them.
     */
    @Transactional
    public ImportedArticleView importArticle(ArticleDocument doc, PublishOverride override,
            boolean applyReferenceChanges) {
        Imported imported = write(List.of(doc), ImportPaths.DOCUMENT, override, applyReferenceChanges).get(0);
        ArticleView view = reads.get(Params.idOrSlug("id", imported.article().id.toString()),
                EnumSet.noneOf(ArticleInclude.class));
        return new ImportedArticleView(view, imported.report());
    }

    @Transactional
    public List<Article> importBatch(List<ArticleDocument> docs) {
        return importBatch(docs, PublishOverride.NONE, false).stream().map(Imported::article).toList();
    }

    /** The batch's articles in the batch's order; problems are named {@code [index].path}. */
    @Transactional
    public List<Imported> importBatch(List<ArticleDocument> docs, PublishOverride override,
            boolean applyReferenceChanges) {
        return write(docs, ImportPaths.BATCH, override, applyReferenceChanges);
    }

    /**
     * An article an import wrote, what the import did with its document, and what its integrity report reads,
     * all in hand.
     */
    public record Imported(Article article, ImportReport report, List<StoredSection> sections,
            List<ArticleReference> bibliography, List<Claim> claims) {
    }

    private List<Imported> write(List<ArticleDocument> docs, ImportPaths paths, PublishOverride override,
            boolean applyReferenceChanges) {
        Library library = new Library(authors.bySlugs(slugs(docs, ArticleImporter::authorSlugs)),
                topics.bySlugs(slugs(docs, ArticleImporter::topicSlugs)));
        refuseProblems(docs, paths, library);
        refuseTakenSlugs(docs, paths);
        ReferenceMatcher.Matching matching = referenceMatcher.matching(docs.stream().map(ArticleDocument::references)
                .toList(), applyReferenceChanges);
        StudyMatcher.Matching summaries = studyMatcher.matching(matching.libraryReferenceIds());
        List<Imported> written = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            written.add(write(docs.get(i), paths.at(i), library, matching, summaries));
        }
        gate.admit(written.stream().filter(a -> a.article().status == ArticleStatus.PUBLISHED)
                .map(this::publication).toList(), override);
        return written;
    }

    /** Checked on the entities just built: no statement per article, however large the batch. */
    private PublishGate.Publication publication(Imported a) {
        return new PublishGate.Publication(a.article().slug, () -> integrity.errors(a.claims(), a.bibliography(),
                List.copyOf(a.article().studies), a.sections()));
    }

    private Imported write(ArticleDocument doc, String at, Library library, ReferenceMatcher.Matching matching,
            StudyMatcher.Matching summaries) {
        Article article = article(doc, library);
        List<StoredSection> sections = sections(article, doc.article().sections());
        ReferenceMatcher.DocumentBibliography bibliography = matching.bibliography(article, doc.references(), at);
        Map<String, StudySummary> studies = new HashMap<>();
        List<ImportedStudy> studyOutcomes = new ArrayList<>();
        for (DocumentStudy input : doc.studies()) {
            StudySummary candidate = new StudySummary();
            StudyMapper.apply(candidate, input, bibliography.entries.get(input.referenceNumber() - 1).reference);
            StudyMatcher.Resolved study = summaries.resolve(candidate);
            article.studies.add(study.summary());
            studies.put(input.key(), study.summary());
            studyOutcomes.add(new ImportedStudy(studyOutcomes.size(), input.key(), study.summary().id,
                    study.outcome()));
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < doc.claims().size(); i++) {
            Claim claim = claim(article, i + 1, doc.claims().get(i), studies);
            claimRows.persist(claim);
            claims.add(claim);
        }
        return new Imported(article, new ImportReport(studyOutcomes, bibliography.outcomes, bibliography.applied,
                bibliography.warnings), sections, bibliography.entries, claims);
    }

    /** Every problem of every document (and slugs repeated within the batch), or nothing. */
    private void refuseProblems(List<ArticleDocument> docs, ImportPaths paths, Library library) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, Integer> slugOwners = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            ArticleDocument doc = docs.get(i);
            String at = paths.at(i);
            if (doc == null) {
                problems.add(new FieldError(paths.document(i), "must be an article document, not null"));
                continue;
            }
            DocumentCheck.problems(doc, validator, library.authors::containsKey, library.topics::containsKey)
                    .forEach(p -> problems.add(new FieldError(at + p.field(), p.message())));
            String slug = doc.article() == null ? null : doc.article().slug();
            Integer owner = slug == null ? null : slugOwners.putIfAbsent(slug, i);
            if (owner != null) {
                problems.add(new FieldError(at + "article.slug", "is also the slug of document " + owner
                        + " of this batch"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, paths.subject() + " has " + problems.size()
                    + " problem(s); nothing was written.", problems);
        }
    }

    private void refuseTakenSlugs(List<ArticleDocument> docs, ImportPaths paths) {
        List<String> slugs = docs.stream().map(d -> d.article().slug()).toList();
        Set<String> taken = new HashSet<>(articles.takenSlugs(slugs));
        if (taken.isEmpty()) {
            return;
        }
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (taken.contains(slugs.get(i))) {
                problems.add(new FieldError(paths.at(i) + "article.slug", "is taken"));
            }
        }
        throw new ProblemException(Status.CONFLICT, "Articles with the slug(s) " + taken.stream().sorted().toList()
                + " exist already; nothing was written.", problems);
    }

    /** The authors and topics the library holds under the slugs the import names, read once. */
    private record Library(Map<String, Author> authors, Map<String, Topic> topics) {
        Library {
            authors = new HashMap<>(authors);
            topics = new HashMap<>(topics);
        }
    }

    private static Set<String> slugs(List<ArticleDocument> docs, Function<ArticleDocument, Stream<String>> slugs) {
        return docs.stream().filter(Objects::nonNull).flatMap(slugs).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Stream<String> authorSlugs(ArticleDocument doc) {
        return Stream.concat(doc.authors().stream().filter(Objects::nonNull).map(AuthorInput::slug),
                doc.article() == null ? Stream.empty() : orEmpty(doc.article().authors()).stream());
    }

    private static Stream<String> topicSlugs(ArticleDocument doc) {
        return Stream.concat(doc.topics().stream().filter(Objects::nonNull).map(TopicInput::slug),
                doc.article() == null ? Stream.empty() : orEmpty(doc.article().topics()).stream());
    }

    private Article article(ArticleDocument doc, Library library) {
        ArticleInput in = doc.article();
        doc.authors().forEach(a -> library.authors.computeIfAbsent(a.slug(), slug -> stored(authorRules, authors, a)));
        doc.topics().forEach(t -> library.topics.computeIfAbsent(t.slug(), slug -> stored(topicRules, topics, t)));
        Article a = new Article();
        a.publishedAt = in.publishedAt(); // a document may say when it was published; else publishing stamps it
        ArticleMapper.apply(a, in, orEmpty(in.authors()).stream().map(library.authors::get).toList(),
                orEmpty(in.topics()).stream().map(library.topics::get).toList());
        articles.persist(a);
        return a;
    }

    private List<StoredSection> sections(Article article, List<Section> inputs) {
        List<StoredSection> sections = ArticleMapper.sections(article, inputs);
        sections.forEach(articles::persistSection);
        return sections;
    }

    /** A new author or topic, for a slug neither the library nor an earlier document of the import has. */
    private static <I, E> E stored(EditRules<?, I, ?, E> rules, PanacheRepositoryBase<E, UUID> rows, I in) {
        E row = rules.newRow(in);
        rules.apply(row, in);
        rows.persist(row);
        return row;
    }

    private static Claim claim(Article article, int position, DocumentClaim in, Map<String, StudySummary> studies) {
        Claim c = new Claim();
        c.articleId = article.id;
        c.position = position;
        ClaimMapper.apply(c, in, orEmpty(in.studies()).stream().map(studies::get).toList());
        return c;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
