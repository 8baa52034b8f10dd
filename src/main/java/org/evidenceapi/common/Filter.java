package org.evidenceapi.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JPQL conditions on a collection query, each added only when the client set that filter. */
public final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is not null. */
    public Filter and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    List<String> conditions() {
        return conditions;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
