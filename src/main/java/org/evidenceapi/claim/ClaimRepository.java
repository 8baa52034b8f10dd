package org.evidenceapi.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.common.persistence.ListParameter;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.visibility.VisibleArticles;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {
    public static final SortKeys<Claim> SORTS = new SortKeys<>("createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, c -> c.createdAt));
    public static final SortKeys<Claim> ARTICLE_ORDER = new SortKeys<>("position",
            new SortKey<>("position", "e.position", CursorValue.INTEGER, c -> c.position));

    @Inject
    StudyRepository studies;

    /** The claim with its details, if its article is one of the {@code visible} ones. */
    public Optional<Claim> findWithDetails(UUID id, VisibleArticles visible) {
        Optional<Claim> claim = visible.bind(getEntityManager().createQuery("select e from Claim e"
                + (visible.all() ? "" : " join Article a on a.id = e.articleId") + " where e.id = :id" + visible.and("a"),
                Claim.class).setParameter("id", id)).setMaxResults(1)
                .getResultStream().findFirst();
        claim.ifPresent(c -> fetchDetails(List.of(c.id)));
        return claim;
    }

    public PageSlice<Claim> page(Filter filter, PageRequest<Claim> request) {
        PageSlice<Claim> slice = Keyset.page(getEntityManager(), Claim.class, "Claim", filter, request, c -> c.id);
        fetchDetails(slice.items().stream().map(c -> c.id).toList());
        return slice;
    }

    /** Every claim of an article in position order, with everything a ClaimView needs, in three statements. */
    public List<Claim> ofArticle(UUID articleId) {
        return ofArticles(List.of(articleId));
    }

    /** The claims of these articles, by article and position, with citations, studies and factors: three statements. */
    public List<Claim> ofArticles(Collection<UUID> articleIds) {
        return collections("e.articleId in :articles", "articles", articleIds, " order by e.articleId, e.position");
    }

    /**
     * The claims matching {@code condition} with their three lists, one statement each: fetching two lists in one
     * statement would return every pairing of a claim's citations and studies.
     */
    private List<Claim> collections(String condition, String name, Collection<UUID> values, String order) {
        List<Claim> claims = ListParameter.query(getEntityManager(), "select e from Claim e left join fetch e.citations "
                + "where " + condition + order, Claim.class, name, values).getResultList();
        for (String list : List.of("studies", "certaintyFactors")) {
            ListParameter.query(getEntityManager(), "select e from Claim e left join fetch e." + list + " where "
                    + condition, Claim.class, name, values).getResultList();
        }
        return claims;
    }

    /** Whether an article has this id; articles are known here by id only. */
    public boolean articleExists(UUID article) {
        return getEntityManager().createQuery("select count(a) from Article a where a.id = :id", Long.class)
                .setParameter("id", article).getSingleResult() > 0;
    }

    /** The highest position among the article's claims; 0 when it has none. */
    public int lastPosition(UUID articleId) {
        return getEntityManager().createQuery("select coalesce(max(e.position), 0) from Claim e "
                + "where e.articleId = :article", Integer.class).setParameter("article", articleId).getSingleResult();
    }

    /** Citations, studies with outcomes and certainty factors of the given claims: four statements. */
    private void fetchDetails(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Claim> claims = collections("e.id in :ids", "ids", ids, "");
        studies.fetchOutcomes(claims.stream().flatMap(c -> c.studies.stream()).map(s -> s.id).distinct().toList());
    }
}
