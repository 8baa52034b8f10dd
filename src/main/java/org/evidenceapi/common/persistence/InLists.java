package org.evidenceapi.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a {@code ... in :values} query over short slices of a long list of values. H2 checks every row it reads
 * against the list one value at a time, so one query over n values that reads n rows costs n² comparisons, which
 * shows in a batch import's search index updates. Slices keep it linear.
 */
public final class InLists {
    static final int SLICE = 50;

    private InLists() {
    }

    public static <V, R> List<R> sliced(Collection<V> values, Function<List<V>, List<R>> query) {
        List<V> all = List.copyOf(values);
        if (all.size() <= SLICE) {
            return all.isEmpty() ? List.of() : query.apply(all);
        }
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SLICE) {
            rows.addAll(query.apply(all.subList(i, Math.min(all.size(), i + SLICE))));
        }
        return rows;
    }
}
