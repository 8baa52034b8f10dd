package org.evidenceapi.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.author.AuthorRef;
import org.evidenceapi.topic.TopicRef;
import org.evidenceapi.common.persistence.ListParameter;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.persistence.Fetch;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;
import org.evidenceapi.visibility.VisibleArticles;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {
    public static final SortKeys<Article> SORTS = new SortKeys<>("-createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, a -> a.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", CursorValue.INSTANT, a -> a.updatedAt),
            new SortKey<>("title", "e.title", CursorValue.STRING, a -> a.title));

    /** The article with its labels, if it is one of the {@code visible} ones. */
    public Optional<Article> findWithLabels(IdOrSlug key, VisibleArticles visible) {
        return visible.bind(getEntityManager().createQuery("select e from Article e left join fetch e.labels where "
                + key.condition("e") + visible.and("e"), Article.class).setParameter("key", key.value()))
                .getResultList().stream().findFirst();
    }

    public Optional<UUID> findId(IdOrSlug key, VisibleArticles visible) {
        return visible.bind(getEntityManager().createQuery("select e.id from Article e where " + key.condition("e")
                + visible.and("e"), UUID.class).setParameter("key", key.value())).getResultStream().findFirst();
    }

    /** Which of these slugs articles hold already, in one statement. */
    public List<String> takenSlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : getEntityManager().createQuery(
                "select e.slug from Article e where e.slug in :slugs", String.class)
                .setParameter("slugs", slugs).getResultList();
    }

    /** A page of articles; their labels, authors and topics come from {@link #links}. */
    public PageSlice<Article> page(Filter filter, PageRequest<Article> request) {
        return Keyset.page(getEntityManager(), Article.class, "Article", filter, request, a -> a.id);
    }

    /**
     * The labels, authors and topics of these articles as a list shows them, in their order: three statements of
     * plain values, so no collection of the articles is loaded.
     */
    public Map<UUID, ArticleLinks> links(List<UUID> ids) {
        Map<UUID, ArticleLinks> links = new HashMap<>();
        ids.forEach(id -> links.put(id, new ArticleLinks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        if (!ids.isEmpty()) {
            rows("select e.id, l from Article e join e.labels l where e.id in :ids order by e.id, index(l)", ids)
                    .forEach(row -> links.get((UUID) row[0]).labels().add((String) row[1]));
            rows("select e.id, a.id, a.slug, a.name from Article e join e.authors a where e.id in :ids "
                    + "order by e.id, index(a)", ids).forEach(row -> links.get((UUID) row[0]).authors()
                            .add(new AuthorRef((UUID) row[1], (String) row[2], (String) row[3])));
            rows("select e.id, t.id, t.slug, t.name from Article e join e.topics t where e.id in :ids "
                    + "order by e.id, index(t)", ids).forEach(row -> links.get((UUID) row[0]).topics()
                            .add(new TopicRef((UUID) row[1], (String) row[2], (String) row[3])));
        }
        return links;
    }

    private List<Object[]> rows(String jpql, List<UUID> ids) {
        return ListParameter.query(getEntityManager(), jpql, Object[].class, "ids", ids).getResultList();
    }

    public void fetchAuthors(List<UUID> ids, boolean withCredentials) {
        Fetch.byIds(getEntityManager(), Article.class, "select e from Article e left join fetch e.authors au "
                + (withCredentials ? "left join fetch au.credentials " : "") + "where e.id in :ids", ids);
    }

    public void fetchTopics(List<UUID> ids) {
        Fetch.byIds(getEntityManager(), Article.class,
                "select e from Article e left join fetch e.topics where e.id in :ids", ids);
    }

    /** The body: sections, their blocks and list items, in one statement. */
    public List<StoredSection> sections(UUID articleId) {
        return sections(List.of(articleId));
    }

    /** The bodies of these articles, by article and position, in one statement. */
    public List<StoredSection> sections(Collection<UUID> articleIds) {
        return ListParameter.query(getEntityManager(), "select distinct s from StoredSection s left join fetch s.blocks b "
                + "left join fetch b.items where s.article.id in :articles order by s.article.id, s.position",
                StoredSection.class, "articles", articleIds).getResultList();
    }

    public void persistSection(StoredSection section) {
        getEntityManager().persist(section);
    }

    public void deleteSection(StoredSection section) {
        getEntityManager().remove(section);
    }

    /**
     * Up to {@code limit} articles matching {@code filter} (conditions on {@code e}) in id order, from {@code from}
     * on or after {@code after} (one of them, or neither for the first), as (id, slug, title, status) rows: a walk
     * over the library in steps of a fixed size.
     */
    public List<Object[]> walk(Filter filter, UUID from, UUID after, int limit) {
        filter.and("e.id >= :from", "from", from).and("e.id > :after", "after", after);
        return filter.bind(getEntityManager().createQuery("select e.id, e.slug, e.title, e.status from Article e"
                + filter.where() + " order by e.id", Object[].class)).setMaxResults(limit).getResultList();
    }

    /** The positions of the article's claims that rest on the study summary, in order. */
    public List<Integer> claimsRestingOn(UUID articleId, UUID studyId) {
        return getEntityManager().createQuery("select c.position from Claim c join c.studies s where "
                + "c.articleId = :article and s.id = :study order by c.position", Integer.class)
                .setParameter("article", articleId).setParameter("study", studyId).getResultList();
    }
}
