package org.evidenceapi.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.common.persistence.ListParameter;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.persistence.Fetch;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;

@ApplicationScoped
public class ReferenceRepository implements PanacheRepositoryBase<Reference, UUID> {
    public static final SortKeys<Reference> SORTS = new SortKeys<>("createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, r -> r.createdAt),
            new SortKey<>("title", "e.title", CursorValue.STRING, r -> r.title));
    public static final SortKeys<ArticleReference> CITATION_ORDER = new SortKeys<>("number",
            new SortKey<>("number", "e.citationNumber", CursorValue.INTEGER, r -> r.citationNumber));

    public Optional<Reference> findWithAuthors(UUID id) {
        return find("select e from Reference e left join fetch e.authors where e.id = ?1", id).singleResultOptional();
    }

    /**
     * Every paper holding one of these DOI keys, PMIDs or PMCIDs: what an import matches against. One statement
     * per kind of identifier, each on its unique index (an "or" of the three would scan the table). Their authors
     * come along: the import compares them with the documents' (and a lazy load per paper would flush the import).
     */
    public List<Reference> withIdentities(Collection<String> doiKeys, Collection<String> pmids,
            Collection<String> pmcids) {
        List<Reference> found = new ArrayList<>();
        Map.of("doiKey", doiKeys, "pmid", pmids, "pmcid", pmcids).forEach((field, values) -> {
            if (!values.isEmpty()) {
                found.addAll(getEntityManager().createQuery("select e from Reference e left join fetch e.authors where e." + field
                        + " in :values", Reference.class).setParameter("values", values).getResultList());
            }
        });
        return found;
    }

    public PageSlice<Reference> page(Filter filter, PageRequest<Reference> request) {
        PageSlice<Reference> slice = Keyset.page(getEntityManager(), Reference.class, "Reference", filter, request,
                r -> r.id);
        fetchAuthors(slice.items().stream().map(r -> r.id).toList());
        return slice;
    }

    /** One page of an article's bibliography, in citation order, references and their authors loaded. */
    public PageSlice<ArticleReference> citedBy(UUID articleId, PageRequest<ArticleReference> request) {
        Filter filter = new Filter().and("e.articleId = :article", "article", articleId);
        PageSlice<ArticleReference> slice = Keyset.page(getEntityManager(), ArticleReference.class,
                "ArticleReference", filter, request, r -> r.id);
        Fetch.byIds(getEntityManager(), ArticleReference.class, "select e from ArticleReference e "
                + "join fetch e.reference r left join fetch r.authors where e.id in :ids",
                slice.items().stream().map(r -> r.id).toList());
        return slice;
    }

    /** The whole bibliography of an article in one statement. */
    public List<ArticleReference> citedBy(UUID articleId) {
        return citedBy(List.of(articleId));
    }

    /** The bibliographies of these articles, by article and citation number, with the papers: one statement. */
    public List<ArticleReference> citedBy(Collection<UUID> articleIds) {
        return ListParameter.query(getEntityManager(), "select e from ArticleReference e join fetch e.reference r "
                + "left join fetch r.authors where e.articleId in :articles order by e.articleId, e.citationNumber",
                ArticleReference.class, "articles", articleIds).getResultList();
    }

    /** The article's bibliography entries, without their papers. */
    public List<ArticleReference> entriesOf(UUID articleId) {
        return getEntityManager().createQuery("select e from ArticleReference e where e.articleId = :article",
                ArticleReference.class).setParameter("article", articleId).getResultList();
    }

    /** How many entries the article's bibliography has. */
    public long bibliographySize(UUID articleId) {
        return getEntityManager().createQuery("select count(e) from ArticleReference e where e.articleId = :article",
                Long.class).setParameter("article", articleId).getSingleResult();
    }

    public void persistEntry(ArticleReference entry) {
        getEntityManager().persist(entry);
    }

    public void deleteEntry(ArticleReference entry) {
        getEntityManager().remove(entry);
    }

    /** The other reference (not {@code self}) whose {@code column} holds {@code value}, if any. */
    public Optional<Reference> holderOf(String column, String value, UUID self) {
        if (value == null) {
            return Optional.empty();
        }
        return find(column, value).stream().filter(r -> !r.id.equals(self)).findFirst();
    }

    /** The slugs of the articles citing the reference, in order. */
    public List<String> articlesCiting(UUID reference) {
        return getEntityManager().createQuery("select distinct a.slug from ArticleReference e join Article a on a.id = e.articleId "
                + "where e.reference.id = :id order by a.slug", String.class).setParameter("id", reference)
                .getResultList();
    }

    /** The ids of the study summaries the reference reports. */
    public List<UUID> studiesReporting(UUID reference) {
        return getEntityManager().createQuery("select s.id from StudySummary s where s.referenceId = :id", UUID.class)
                .setParameter("id", reference).getResultList();
    }

    /** Each article's bibliography with its papers' update statuses, in one statement for all articles. */
    public Map<UUID, Bibliography> numbering(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Bibliography> numbering = new HashMap<>();
        ListParameter.query(getEntityManager(), "select e.articleId, e.citationNumber, r.id, r.updateStatus "
                + "from ArticleReference e join e.reference r where e.articleId in :ids", Object[].class, "ids",
                articleIds).getResultList()
                .forEach(row -> numbering.computeIfAbsent((UUID) row[0], k -> new Bibliography())
                        .add((Integer) row[1], (UUID) row[2], (UpdateStatus) row[3]));
        return numbering;
    }

    private void fetchAuthors(List<UUID> ids) {
        Fetch.byIds(getEntityManager(), Reference.class,
                "select e from Reference e left join fetch e.authors where e.id in :ids", ids);
    }
}
