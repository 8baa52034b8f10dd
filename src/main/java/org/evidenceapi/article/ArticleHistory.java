package org.evidenceapi.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.common.paging.Cursor;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.reference.CitedReference;
import org.evidenceapi.revision.Revision;
import org.evidenceapi.revision.RevisionChange;
import org.evidenceapi.revision.RevisionEntry;
import org.evidenceapi.revision.RevisionPage;
import org.evidenceapi.visibility.Visibility;
import org.evidenceapi.visibility.VisibleArticles;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * An article's revision history, read from the Envers audit tables: every revision that changed the article or
 * one of its parts (sections, claims, bibliography entries), and the article as any of them left it. Works for
 * archived and hard-deleted articles too: history is never destroyed.
 */
@ApplicationScoped
public class ArticleHistory {
    /** Newest first; the only order offered. */
    public static final SortKeys<RevisionEntry> ORDER = new SortKeys<>("-revision",
            new SortKey<>("revision", "rev", CursorValue.INTEGER, RevisionEntry::revision));
    private static final List<Class<?>> PARTS = List.of(StoredSection.class, Claim.class, ArticleReference.class);

    @Inject
    EntityManager em;
    @Inject
    ArticleRepository articles;

    @ReadOnlyTransaction
    public RevisionPage list(IdOrSlug key, PageRequest<RevisionEntry> request) {
        UUID id = articleId(key);
        long before = request.cursor() == null ? Long.MAX_VALUE : revisionOf(request.cursor());
        List<Map.Entry<Long, RevisionChange>> newestFirst = changes(id).headMap(before, false).descendingMap()
                .entrySet().stream().limit(request.limit() + 1L).toList();
        boolean more = newestFirst.size() > request.limit();
        List<Map.Entry<Long, RevisionChange>> page = more ? newestFirst.subList(0, request.limit()) : newestFirst;
        Map<Long, Revision> revisions = revisions(page.stream().map(Map.Entry::getKey).toList());
        List<RevisionEntry> items = page.stream()
                .map(e -> RevisionEntry.of(revisions.get(e.getKey()), e.getValue())).toList();
        String next = more ? new Cursor(ORDER.parse(null).toString(), false,
                String.valueOf(items.get(items.size() - 1).revision()), id).encode() : null;
        return new RevisionPage(items, new PageInfo(request.limit(), next, null));
    }

    @ReadOnlyTransaction
    public ArticleRevision at(IdOrSlug key, long number) {
        UUID id = articleId(key);
        RevisionChange change = changes(id).get(number);
        if (change == null) {
            throw ProblemException.notFound("Revision " + number + " did not change the article '" + key + "'.");
        }
        // a deletion left nothing to show at its own revision: show the article as it was just before
        long state = change == RevisionChange.DELETED ? number - 1 : number;
        return new ArticleRevision(RevisionEntry.of(em.find(Revision.class, number), change), view(id, state));
    }

    /** Every revision of the article or its parts, with what it did to the article as a whole; oldest first. */
    private TreeMap<Long, RevisionChange> changes(UUID id) {
        AuditReader reader = AuditReaderFactory.get(em);
        TreeMap<Long, RevisionChange> changes = new TreeMap<>();
        for (Class<?> part : PARTS) {
            List<?> numbers = reader.createQuery().forRevisionsOfEntity(part, false, true)
                    .add(ofArticle(part, id))
                    .addProjection(AuditEntity.revisionNumber().distinct()).getResultList();
            numbers.forEach(n -> changes.put(((Number) n).longValue(), RevisionChange.UPDATED));
        }
        List<?> own = reader.createQuery().forRevisionsOfEntity(Article.class, false, true)
                .add(AuditEntity.id().eq(id)).addProjection(AuditEntity.revisionNumber())
                .addProjection(AuditEntity.revisionType()).getResultList();
        own.forEach(row -> {
            Object[] columns = (Object[]) row;
            changes.put(((Number) columns[0]).longValue(), RevisionChange.of((RevisionType) columns[1]));
        });
        return changes;
    }

    /** The article as revision {@code number} left it, with everything an expanded read would embed. */
    private ArticleView view(UUID id, long number) {
        AuditReader reader = AuditReaderFactory.get(em);
        Article a = (Article) reader.createQuery().forEntitiesAtRevision(Article.class, number)
                .add(AuditEntity.id().eq(id)).getSingleResult();
        List<StoredSection> sections = atRevision(reader, StoredSection.class, id, number, "position").stream()
                .map(s -> (StoredSection) s).toList();
        List<ArticleReference> entries = atRevision(reader, ArticleReference.class, id, number, "citationNumber")
                .stream().map(e -> (ArticleReference) e).toList();
        Bibliography bibliography = Bibliography.of(entries);
        List<ClaimView> claims = atRevision(reader, Claim.class, id, number, "position").stream()
                .map(c -> ClaimView.of((Claim) c, bibliography)).toList();
        return ArticleMapper.view(a, sections, claims, null, entries.stream().map(CitedReference::of).toList());
    }

    private static List<?> atRevision(AuditReader reader, Class<?> part, UUID article, long number, String order) {
        return reader.createQuery().forEntitiesAtRevision(part, number).add(ofArticle(part, article))
                .addOrder(AuditEntity.property(order).asc()).getResultList();
    }

    /** The article's parts: sections hold the article itself, claims and bibliography entries its id. */
    private static AuditCriterion ofArticle(Class<?> part, UUID article) {
        return part == StoredSection.class ? AuditEntity.relatedId("article").eq(article)
                : AuditEntity.property("articleId").eq(article);
    }

    private Map<Long, Revision> revisions(List<Long> numbers) {
        Map<Long, Revision> byNumber = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("select r from Revision r where r.id in :ids", Revision.class).setParameter("ids", numbers)
                    .getResultList().forEach(r -> byNumber.put(r.id, r));
        }
        return byNumber;
    }

    /** The article's id: a current article (any status), else one the history knows by that id or slug. */
    private UUID articleId(IdOrSlug key) {
        return articles.findId(key, VisibleArticles.ALL).orElseGet(() -> {
            List<?> ids = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(Article.class, true, true)
                    .add(key.id() != null ? AuditEntity.id().eq(key.id()) : AuditEntity.property("slug").eq(key.slug()))
                    .addProjection(AuditEntity.id()).addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1)
                    .getResultList();
            if (ids.isEmpty()) {
                throw Visibility.articleNotFound(key);
            }
            return (UUID) ids.get(0);
        });
    }

    private static long revisionOf(Cursor cursor) {
        try {
            return Long.parseLong(cursor.value());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
        }
    }
}
