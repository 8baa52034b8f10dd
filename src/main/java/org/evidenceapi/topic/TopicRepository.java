package org.evidenceapi.topic;

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
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, UUID> {
    public static final SortKeys<Topic> SORTS = new SortKeys<>("name",
            new SortKey<>("name", "e.name", CursorValue.STRING, t -> t.name),
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, t -> t.createdAt));

    public Optional<Topic> find(IdOrSlug key) {
        return find("select e from Topic e where " + key.condition("e"), Parameters.with("key", key.value()))
                .firstResultOptional();
    }

    public Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The library's topics of these slugs, in one statement. */
    public Map<String, Topic> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? Map.of() : list("slug in ?1", slugs).stream()
                .collect(Collectors.toMap(t -> t.slug, t -> t));
    }

    public PageSlice<Topic> page(PageRequest<Topic> request) {
        return Keyset.page(getEntityManager(), Topic.class, "Topic", new Filter(), request, t -> t.id);
    }

    /** The slugs of the articles filed under the topic, in order. */
    public List<String> articlesFiledUnder(UUID topic) {
        return getEntityManager().createQuery("select a.slug from Article a join a.topics t where t.id = :id "
                + "order by a.slug", String.class).setParameter("id", topic).getResultList();
    }
}
