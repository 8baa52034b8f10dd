package org.evidenceapi.common.paging;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** JPQL conditions on a collection query, each added only when the client set that filter. */
public final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final Set<String> heldEqual = new LinkedHashSet<>();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is not null. */
    public Filter and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Adds {@code path = :name} when {@code value} is not null. The page order then starts with {@code path} (one
     * value, so the order is the same): that lets a database such as H2 read a (path, sort key, id) index in order
     * and stop after a page, instead of sorting every row that matches.
     */
    public Filter equal(String path, String name, Object value) {
        if (value != null) {
            heldEqual.add(path);
        }
        return and(path + " = :" + name, name, value);
    }

    /** The conditions as a JPQL where clause, or "" when there are none. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Sets the conditions' parameters on a query built with {@link #where()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    Set<String> heldEqual() {
        return heldEqual;
    }

    List<String> conditions() {
        return conditions;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
