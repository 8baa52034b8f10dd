package org.evidenceapi.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Loads collections of rows already in the persistence context with one fetch-join query per level
 * ({@code ... where e.id in :ids}), so a page or an article costs a fixed number of statements.
 */
public final class Fetch {
    private Fetch() {
    }

    public static <T> List<T> byIds(EntityManager em, Class<T> type, String jpql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ListParameter.query(em, jpql, type, "ids", ids).getResultList();
    }
}
