package org.evidenceapi.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.evidenceapi.common.problem.ProblemException;

/**
 * Keyset pagination: every page is "rows after (key, id) in (key, id) order, limit n+1", so a deep
 * page costs what the first costs. Walking back reverses the order and the rows.
 */
public final class Keyset {
    private Keyset() {
    }

    /**
     * @param entity JPQL entity name, aliased {@code e} in conditions and sort paths
     * @param idOf   the row's id, the tie-breaker of every order
     */
    public static <T> PageSlice<T> page(EntityManager em, Class<T> type, String entity, Filter filter,
            PageRequest<T> request, Function<T, UUID> idOf) {
        SortOrder<T> sort = request.sort();
        Cursor cursor = request.cursor();
        boolean backward = cursor != null && cursor.backward();
        boolean ascending = sort.descending() == backward;
        List<String> conditions = new ArrayList<>(filter.conditions());
        String path = sort.key().path();
        if (cursor != null) {
            // The first bound is implied by the second; it is there so the database starts the index range at the
            // cursor instead of reading every row before it (an "or" alone is no index condition).
            String op = ascending ? ">" : "<";
            conditions.add(path + " " + op + "= :keyValue");
            conditions.add("(" + path + " " + op + " :keyValue or (" + path + " = :keyValue and e.id " + op + " :keyId))");
        }
        String direction = ascending ? " asc" : " desc";
        StringBuilder order = new StringBuilder();
        filter.heldEqual().forEach(held -> order.append(held).append(direction).append(", "));
        String jpql = "select e from " + entity + " e"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + order + path + direction + ", e.id" + direction;
        TypedQuery<T> query = em.createQuery(jpql, type).setMaxResults(request.limit() + 1);
        filter.parameters().forEach(query::setParameter);
        if (cursor != null) {
            query.setParameter("keyValue", parseValue(sort, cursor));
            query.setParameter("keyId", cursor.id());
        }
        List<T> rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > request.limit();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backward) {
            Collections.reverse(rows);
        }
        return new PageSlice<>(rows, info(request, rows, more, idOf));
    }

    private static <T> Object parseValue(SortOrder<T> sort, Cursor cursor) {
        try {
            return sort.key().type().parse(cursor.value());
        } catch (RuntimeException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
        }
    }

    private static <T> PageInfo info(PageRequest<T> request, List<T> rows, boolean more, Function<T, UUID> idOf) {
        Cursor cursor = request.cursor();
        boolean backward = cursor != null && cursor.backward();
        boolean hasNext = backward ? cursor != null : more;
        boolean hasPrev = backward ? more : cursor != null;
        String next = hasNext && !rows.isEmpty() ? cursorAt(request, rows.get(rows.size() - 1), false, idOf) : null;
        String prev = hasPrev && !rows.isEmpty() ? cursorAt(request, rows.get(0), true, idOf) : null;
        return new PageInfo(request.limit(), next, prev);
    }

    private static <T> String cursorAt(PageRequest<T> request, T row, boolean backward, Function<T, UUID> idOf) {
        SortOrder<T> sort = request.sort();
        String value = CursorValue.format(sort.key().value().apply(row));
        return new Cursor(sort.toString(), backward, value, idOf.apply(row)).encode();
    }
}
