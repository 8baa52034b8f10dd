package org.evidenceapi.visibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    @Inject
    Viewer viewer;

    /** The articles the current reader sees. */
    public VisibleArticles articles() {
        return viewer.seesDrafts() ? VisibleArticles.ALL : VisibleArticles.PUBLISHED;
    }

    /** The article {@code find} returns among those the current reader sees, or the 404 every such lookup gives. */
    public <T> T article(IdOrSlug key, BiFunction<IdOrSlug, VisibleArticles, Optional<T>> find) {
        return find.apply(key, articles()).orElseThrow(() -> articleNotFound(key));
    }

    public static ProblemException articleNotFound(IdOrSlug key) {
        return ProblemException.notFound("No article has the id or slug '" + key + "'.");
    }
}
