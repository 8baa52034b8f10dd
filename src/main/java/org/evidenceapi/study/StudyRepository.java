package org.evidenceapi.study;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.common.persistence.ListParameter;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.persistence.Fetch;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.persistence.InLists;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;

@ApplicationScoped
public class StudyRepository implements PanacheRepositoryBase<StudySummary, UUID> {
    public static final SortKeys<StudySummary> SORTS = new SortKeys<>("createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, s -> s.createdAt),
            new SortKey<>("title", "e.title", CursorValue.STRING, s -> s.title));

    /**
     * An article's studies: those attached to it and those its claims link — never another article's summary of
     * a paper it also cites. One set of ids, as an "or" of the two subqueries is no index condition.
     */
    public static final String OF_ARTICLE = "e.id in (" + members("st.id", "s.id", "= :article") + ")";

    private static final String OF_ARTICLES = "e.id in (" + members("st.id", "s.id", "in :articles") + ")";
    private static final String MEMBERSHIPS = members("c.articleId, st.id", "a.id, s.id", "in :articles");

    /** The membership rule, written once: what to select of linked and of attached studies, for which articles. */
    private static String members(String linked, String attached, String articles) {
        return "select " + linked + " from Claim c join c.studies st where c.articleId " + articles
                + " union select " + attached + " from Article a join a.studies s where a.id " + articles;
    }

    public Optional<StudySummary> findWithOutcomes(UUID id) {
        return find("select e from StudySummary e left join fetch e.outcomes where e.id = ?1", id)
                .singleResultOptional();
    }

    public PageSlice<StudySummary> page(Filter filter, PageRequest<StudySummary> request) {
        PageSlice<StudySummary> slice = Keyset.page(getEntityManager(), StudySummary.class, "StudySummary", filter,
                request, s -> s.id);
        fetchOutcomes(slice.items().stream().map(s -> s.id).toList());
        return slice;
    }

    /** All of an article's studies with their outcomes, in one statement. */
    public List<StudySummary> ofArticle(UUID articleId) {
        return getEntityManager().createQuery("select e from StudySummary e left join fetch e.outcomes where "
                + OF_ARTICLE + " order by e.createdAt, e.id", StudySummary.class)
                .setParameter("article", articleId).getResultList();
    }

    /**
     * Which studies are these articles' (see {@link #OF_ARTICLE}) as (article id, study id) pairs, in one statement;
     * the studies themselves come from {@link #ofArticlesWithReferences}.
     */
    public List<Object[]> memberships(Collection<UUID> articleIds) {
        return ListParameter.query(getEntityManager(), MEMBERSHIPS, Object[].class, "articles", articleIds)
                .getResultList();
    }

    /** The studies of these articles (see {@link #OF_ARTICLE}) with the papers that report them, in one statement. */
    public List<StudySummary> ofArticlesWithReferences(Collection<UUID> articleIds) {
        return ListParameter.query(getEntityManager(), "select e from StudySummary e join fetch e.reference where "
                + OF_ARTICLES + " order by e.createdAt, e.id", StudySummary.class, "articles", articleIds)
                .getResultList();
    }

    /** Every summary of these papers with its outcomes, in one statement per slice of ids. */
    public List<StudySummary> ofReferences(Collection<UUID> referenceIds) {
        return InLists.sliced(referenceIds, slice -> ListParameter.query(getEntityManager(), "select distinct e from "
                + "StudySummary e left join fetch e.outcomes where e.referenceId in :ids", StudySummary.class, "ids",
                slice).getResultList());
    }

    /** The slugs of the articles whose claims rest on the study summary, in order. */
    public List<String> articlesRestingOn(UUID study) {
        return getEntityManager().createQuery("select distinct a.slug from Claim c join Article a on a.id = c.articleId join c.studies s "
                + "where s.id = :id order by a.slug", String.class).setParameter("id", study).getResultList();
    }

    public void fetchOutcomes(Collection<UUID> ids) {
        Fetch.byIds(getEntityManager(), StudySummary.class,
                "select e from StudySummary e left join fetch e.outcomes where e.id in :ids", ids);
    }
}
