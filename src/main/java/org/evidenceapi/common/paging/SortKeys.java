package org.evidenceapi.common.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidenceapi.common.problem.ProblemException;

/** The documented whitelist of sort keys of one collection, with its default order. */
public final class SortKeys<T> {
    private final Map<String, SortKey<T>> keys = new LinkedHashMap<>();
    private final String defaultSort;

    @SafeVarargs
    public SortKeys(String defaultSort, SortKey<T>... keys) {
        for (SortKey<T> key : keys) {
            this.keys.put(key.name(), key);
        }
        this.defaultSort = defaultSort;
    }

    public SortOrder<T> parse(String sort) {
        String value = sort == null || sort.isBlank() ? defaultSort : sort;
        boolean descending = value.startsWith("-");
        SortKey<T> key = keys.get(descending ? value.substring(1) : value);
        if (key == null) {
            throw ProblemException.badParameter("sort", "must be one of " + allowed());
        }
        return new SortOrder<>(key, descending);
    }

    private String allowed() {
        List<String> names = keys.keySet().stream().flatMap(k -> List.of(k, "-" + k).stream()).toList();
        return names.stream().collect(Collectors.joining(", "));
    }
}
