package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.evidenceapi.author.Author;
import org.evidenceapi.author.AuthorRepository;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.persistence.Timestamps;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.editing.EditRules;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.editing.KindRules;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;
import org.evidenceapi.topic.Topic;
import org.evidenceapi.topic.TopicRepository;

/**
 * How articles are edited: a slug is one article's, a new article starts as a draft, a status follows the
 * workflow, publishedAt is the server's, the body is rewritten whole, and a change that publishes passes the
 * publish gate. Each write gets its own hooks ({@link #write}), since they carry that request's publish override
 * and the authors and topics its check looked up, which apply then writes.
 */
@ApplicationScoped
class ArticleRules {
    /** The article as GET without include answers it (its authors and topics, nothing else embedded). */
    private static final EnumSet<ArticleInclude> BARE = EnumSet.noneOf(ArticleInclude.class);

    @Inject
    ArticleService reads;
    @Inject
    ArticleRepository articles;
    @Inject
    AuthorRepository authors;
    @Inject
    TopicRepository topics;
    @Inject
    StudyRepository studies;
    @Inject
    ClaimRepository claims;
    @Inject
    ReferenceRepository references;
    @Inject
    PublishCheck gate;

    /** The hooks of one write; {@code override} is what the request says about the publish gate. */
    EditRules<IdOrSlug, ArticleInput, ArticleView, Article> write(PublishOverride override) {
        return new Edit(override);
    }

    /** Deletes the article and all it owns (claims, body, bibliography links). */
    void deleteForGood(Article article) {
        articles.sections(article.id).forEach(articles::deleteSection);
        // one by one, not in bulk: the revision history records each removal
        claims.list("articleId", article.id).forEach(claims::delete);
        references.entriesOf(article.id).forEach(references::deleteEntry);
        articles.flush();
        articles.delete(article);
    }

    ArticleView archive(Article article) {
        article.status = ArticleStatus.ARCHIVED;
        return written(article);
    }

    /** Attaching one already attached changes nothing; otherwise the article's ETag changes, as after any edit. */
    ArticleView attach(Article article, UUID studyId) {
        StudySummary study = studies.findByIdOptional(studyId).orElseThrow(() -> ProblemException.notFound(
                "No study summary has the id '" + studyId + "'."));
        if (article.studies.add(study)) {
            article.updatedAt = Timestamps.now();
        }
        return written(article);
    }

    /** A claim's studies are always its article's: one a claim rests on stays. */
    ArticleView detach(Article article, UUID studyId) {
        if (!article.studies.removeIf(s -> s.id.equals(studyId))) {
            throw ProblemException.notFound("The study summary '" + studyId + "' is not attached to the article.");
        }
        List<Integer> linking = articles.claimsRestingOn(article.id, studyId);
        if (!linking.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "Claim(s) " + linking + " of the article rest on this study "
                    + "summary, so it stays one of the article's studies. Unlink it from those claims first.", null);
        }
        article.updatedAt = Timestamps.now();
        return written(article);
    }

    /** The article as GET without include answers it, once the change is flushed. */
    private ArticleView written(Article article) {
        articles.getEntityManager().flush();
        return view(article);
    }

    private ArticleView view(Article article) {
        return reads.get(new IdOrSlug(article.id, null), BARE);
    }

    /** Old sections go first (flushed), so the new ones can take their positions. */
    private void replaceSections(Article article, List<Section> sections) {
        articles.sections(article.id).forEach(articles::deleteSection);
        articles.flush();
        ArticleMapper.sections(article, sections).forEach(articles::persistSection);
    }

    /** The input's authors and topics, each looked up once: found ones to apply, missing ones to report. */
    private record Named(List<Author> authors, List<Topic> topics, List<FieldError> missing) {
    }

    private Named lookUp(ArticleInput input) {
        List<FieldError> missing = new ArrayList<>();
        return new Named(lookUp(input.authors(), "authors", authors::find, missing),
                lookUp(input.topics(), "topics", topics::find, missing), missing);
    }

    private static <T> List<T> lookUp(List<String> keys, String field, Function<IdOrSlug, Optional<T>> finder,
            List<FieldError> missing) {
        List<T> found = new ArrayList<>();
        List<String> values = keys == null ? List.of() : keys;
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

    /** One write's hooks: what its check finds is what it applies. */
    private final class Edit extends KindRules<IdOrSlug, ArticleInput, ArticleView, Article> {
        private final PublishOverride override;
        private Named named;
        private boolean publishes;

        Edit(PublishOverride override) {
            super("article", ArticleInput.class, Article.class, ArticleView::id);
            this.override = override;
        }

        @Override
        public ArticleView read(IdOrSlug key) {
            return reads.get(key, BARE);
        }

        @Override
        public ArticleInput asInput(ArticleView current) {
            return ArticleMapper.asInput(current);
        }

        @Override
        public List<FieldError> check(ArticleInput input, Article row) {
            named = lookUp(input);
            List<FieldError> findings = new ArrayList<>(named.missing());
            if (row == null) {
                if (input.status() != ArticleStatus.DRAFT) {
                    findings.add(new FieldError("status", "a new article starts as DRAFT"));
                }
                return findings;
            }
            publishes = input.status() == ArticleStatus.PUBLISHED && row.status != ArticleStatus.PUBLISHED;
            if (input.status() != null && !StatusTransitions.allowed(row.status, input.status())) {
                findings.add(new FieldError("status", "cannot go from " + row.status + " to " + input.status()
                        + "; allowed: " + StatusTransitions.from(row.status)));
            }
            if (input.publishedAt() != null && !input.publishedAt().equals(row.publishedAt)) {
                findings.add(new FieldError("publishedAt", "is set by the server when the article is published"));
            }
            return findings;
        }

        @Override
        public void refuseConflicts(ArticleInput input, Article row) {
            Edits.refuseTaken("slug", articles.find("slug", input.slug()).firstResultOptional(),
                    row == null ? null : row.id, "Another article has the slug '" + input.slug() + "'.");
        }

        @Override
        public void apply(Article row, ArticleInput input) {
            ArticleMapper.apply(row, input, named.authors(), named.topics());
        }

        @Override
        public void written(Article row, ArticleInput input) {
            replaceSections(row, input.sections());
            if (publishes) {
                gate.admitStored(row.id, row.slug, override);
            }
        }

        @Override
        public ArticleView view(Article row) {
            return ArticleRules.this.view(row);
        }

        @Override
        public void remove(Article row) {
            deleteForGood(row);
        }
    }
}
