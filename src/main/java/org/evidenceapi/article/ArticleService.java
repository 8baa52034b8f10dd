package org.evidenceapi.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.ClaimPage;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.claim.ClaimService;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditCycle;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.reference.CitedReference;
import org.evidenceapi.reference.CitedReferencePage;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.reference.ReferenceView;
import org.evidenceapi.study.StudyPage;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;
import org.evidenceapi.study.StudyView;
import org.evidenceapi.visibility.Visibility;

/**
 * Reads and edits articles and reads what hangs off them. Each read runs in one transaction and issues a fixed
 * number of statements: the article with its authors and topics four, expanded at most eight, whatever its
 * size. Articles that are not published do not exist for anonymous callers. Every change names the ETag it was
 * based on (If-Match) and is all or nothing; claims and bibliography are written through the import or their own
 * resources.
 */
@ApplicationScoped
public class ArticleService {
    @Inject
    ArticleRepository articles;
    @Inject
    ClaimRepository claims;
    @Inject
    StudyRepository studies;
    @Inject
    ReferenceRepository references;
    @Inject
    Visibility visibility;
    @Inject
    ClaimService claimService;
    @Inject
    ArticleRules rules;
    @Inject
    EditCycle edits;

    @ReadOnlyTransaction
    public ArticlePage list(ArticleFilter filter, PageRequest<Article> request) {
        PageSlice<Article> slice = articles.page(filter.toFilter(visibility.articles()), request);
        Map<UUID, ArticleLinks> links = articles.links(slice.items().stream().map(a -> a.id).toList());
        return new ArticlePage(slice.map(a -> ArticleMapper.listItem(a, links.get(a.id))), slice.page());
    }

    @ReadOnlyTransaction
    public ArticleView get(IdOrSlug key, Set<ArticleInclude> include) {
        Article a = visibility.article(key, articles::findWithLabels);
        // authors and topics always come with the article, as with a list's items: two statements, any size
        articles.fetchAuthors(List.of(a.id), true);
        articles.fetchTopics(List.of(a.id));
        List<StoredSection> sections = articles.sections(a.id);
        List<StudySummary> articleStudies = include.contains(ArticleInclude.CLAIMS)
                || include.contains(ArticleInclude.STUDIES) ? studies.ofArticle(a.id) : List.of();
        List<ArticleReference> entries = include.contains(ArticleInclude.REFERENCES) ? references.citedBy(a.id) : null;
        List<ClaimView> claimViews = include.contains(ArticleInclude.CLAIMS) ? claimViews(a.id, entries) : null;
        List<StudyView> studyViews = include.contains(ArticleInclude.STUDIES)
                ? articleStudies.stream().map(StudyView::of).toList() : null;
        List<CitedReference> bibliography = entries == null ? null
                : entries.stream().map(CitedReference::of).toList();
        return ArticleMapper.view(a, sections, claimViews, studyViews, bibliography);
    }

    /** Creates a DRAFT article; a new article cannot publish, so no override applies. */
    public ArticleView create(ArticleInput input) {
        return edits.create(rules.write(PublishOverride.NONE), input);
    }

    /** The rules of PUT; a change that publishes passes the publish gate, on the article as it would be. */
    public ArticleView replace(IdOrSlug key, ArticleInput input, String ifMatch, PublishOverride override) {
        return edits.replace(rules.write(override), key, input, ifMatch);
    }

    /** JSON Merge Patch on the article as editors write it (the PUT body), then the rules of PUT. */
    public ArticleView patch(IdOrSlug key, JsonNode patch, String ifMatch, PublishOverride override)
            throws JsonProcessingException {
        return edits.patch(rules.write(override), key, patch, ifMatch);
    }

    /** Archives the article; with {@code hard}, deletes it and all it owns and answers null. */
    @Transactional
    public ArticleView delete(IdOrSlug key, String ifMatch, boolean hard) {
        Article article = current(key, ifMatch);
        if (hard) {
            rules.deleteForGood(article);
            return null;
        }
        return rules.archive(article);
    }

    /** Makes a study summary one of the article's studies (its evidence table, report and search follow). */
    @Transactional
    public ArticleView attachStudy(IdOrSlug key, UUID studyId, String ifMatch) {
        return rules.attach(current(key, ifMatch), studyId);
    }

    /** Detaches a study summary the article's document or an edit attached; its claims' links stay its own. */
    @Transactional
    public ArticleView detachStudy(IdOrSlug key, UUID studyId, String ifMatch) {
        return rules.detach(current(key, ifMatch), studyId);
    }

    private Article current(IdOrSlug key, String ifMatch) {
        return edits.current(rules.write(PublishOverride.NONE), key, ifMatch);
    }

    @ReadOnlyTransaction
    public ClaimPage claims(IdOrSlug key, PageRequest<Claim> request) {
        UUID id = visibility.article(key, articles::findId);
        var slice = claims.page(new Filter().and("e.articleId = :article", "article", id), request);
        return new ClaimPage(claimService.views(slice.items()), slice.page());
    }

    @ReadOnlyTransaction
    public StudyPage studies(IdOrSlug key, PageRequest<StudySummary> request) {
        UUID id = visibility.article(key, articles::findId);
        var slice = studies.page(new Filter().and(StudyRepository.OF_ARTICLE, "article", id), request);
        return new StudyPage(slice.map(StudyView::of), slice.page());
    }

    @ReadOnlyTransaction
    public CitedReferencePage references(IdOrSlug key, PageRequest<ArticleReference> request) {
        UUID id = visibility.article(key, articles::findId);
        PageSlice<ArticleReference> slice = references.citedBy(id, request);
        return new CitedReferencePage(slice.map(CitedReference::of), slice.page());
    }

    /** The article's whole bibliography in citation order, in one statement: what citation formats render. */
    @ReadOnlyTransaction
    public List<ReferenceView> bibliography(IdOrSlug key) {
        UUID id = visibility.article(key, articles::findId);
        return references.citedBy(id).stream().map(entry -> ReferenceView.of(entry.reference)).toList();
    }

    /** The bibliography already loaded serves the evidence summaries; otherwise it costs one statement. */
    private List<ClaimView> claimViews(UUID articleId, List<ArticleReference> entries) {
        if (entries == null) {
            return claimService.views(claims.ofArticle(articleId));
        }
        Bibliography bibliography = Bibliography.of(entries);
        return claims.ofArticle(articleId).stream().map(c -> ClaimView.of(c, bibliography)).toList();
    }
}
