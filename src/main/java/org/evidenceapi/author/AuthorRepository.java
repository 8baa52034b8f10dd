package org.evidenceapi.author;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.persistence.Fetch;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;

@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {
    public static final SortKeys<Author> SORTS = new SortKeys<>("name",
            new SortKey<>("name", "e.name", CursorValue.STRING, a -> a.name),
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, a -> a.createdAt));

    public Optional<Author> findWithCredentials(IdOrSlug key) {
        return find("select e from Author e left join fetch e.credentials where " + key.condition("e"),
                Parameters.with("key", key.value())).singleResultOptional();
    }

    public Optional<Author> find(IdOrSlug key) {
        return find("select e from Author e where " + key.condition("e"), Parameters.with("key", key.value()))
                .firstResultOptional();
    }

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The library's authors of these slugs, in one statement. */
    public Map<String, Author> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? Map.of() : list("slug in ?1", slugs).stream()
                .collect(Collectors.toMap(a -> a.slug, a -> a));
    }

    public PageSlice<Author> page(PageRequest<Author> request) {
        PageSlice<Author> slice = Keyset.page(getEntityManager(), Author.class, "Author", new Filter(), request,
                a -> a.id);
        Fetch.byIds(getEntityManager(), Author.class,
                "select e from Author e left join fetch e.credentials where e.id in :ids",
                slice.items().stream().map(a -> a.id).toList());
        return slice;
    }

    /** The slugs of the articles naming the author, in order. */
    public List<String> articlesNaming(UUID author) {
        return getEntityManager().createQuery("select a.slug from Article a join a.authors au where au.id = :id "
                + "order by a.slug", String.class).setParameter("id", author).getResultList();
    }
}
