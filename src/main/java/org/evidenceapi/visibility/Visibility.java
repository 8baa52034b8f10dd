package org.evidenceapi.visibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Metamodel;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;

/**
 * Who may see which articles, in one place: anonymous readers see published articles and what belongs to them
 * only; editors and admins see every status. An article this reader may not see does not exist for them (404).
 */
@ApplicationScoped
public class Visibility {
    /** The entity, attribute and value that make an article public, as JPQL names them. */
    static final String ARTICLE = "Article";
    static final String STATUS = "status";
    static final String PUBLIC_STATUS = "PUBLISHED";

    @Inject
    Viewer viewer;
    @Inject
    EntityManager em;

    private volatile VisibleArticles published;

    /** The articles the current reader sees. */
    public VisibleArticles articles() {
        return viewer.seesDrafts() ? VisibleArticles.ALL : published();
    }

    /** The article {@code find} returns among those the current reader sees, or the 404 every such lookup gives. */
    public <T> T article(IdOrSlug key, BiFunction<IdOrSlug, VisibleArticles, Optional<T>> find) {
        return find.apply(key, articles()).orElseThrow(() -> articleNotFound(key));
    }

    public static ProblemException articleNotFound(IdOrSlug key) {
        return ProblemException.notFound("No article has the id or slug '" + key + "'.");
    }

    private VisibleArticles published() {
        if (published == null) {
            published = new VisibleArticles(publicStatus(em.getMetamodel()));
        }
        return published;
    }

    /**
     * Article.status's public value, found through the mapping: the article package depends on this one, so this
     * one names the status as queries do instead of importing its type.
     */
    static Enum<?> publicStatus(Metamodel model) {
        Class<?> type = model.getEntities().stream().filter(e -> e.getName().equals(ARTICLE)).findFirst()
                .orElseThrow().getAttribute(STATUS).getJavaType();
        return Arrays.stream(type.getEnumConstants()).map(Enum.class::cast)
                .filter(value -> value.name().equals(PUBLIC_STATUS)).findFirst().orElseThrow();
    }
}
