package org.evidenceapi.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A query with {@code in :name} over a list, bound as that many single parameters. Hibernate does not keep the plan
 * of a query with a collection-valued parameter, so it translated such a query from HQL to SQL at every execution:
 * half of a list page's time, read through the database. Here the list becomes {@code (:name_0, :name_1, ...)},
 * padded to a power of two by repeating the last value, so a handful of query strings cover every length and
 * each keeps its plan. An empty list binds one null, which matches nothing.
 */
public final class ListParameter {
    private ListParameter() {
    }

    public static <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type, String name,
            Collection<?> values) {
        List<?> all = List.copyOf(values);
        int slots = slots(all.size());
        Matcher in = Pattern.compile("\\bin :" + Pattern.quote(name) + "\\b").matcher(jpql);
        if (!in.find()) {
            throw new IllegalArgumentException("no 'in :" + name + "' in " + jpql);
        }
        String list = IntStream.range(0, slots).mapToObj(i -> ":" + name + "_" + i)
                .collect(Collectors.joining(", ", "in (", ")"));
        TypedQuery<T> query = em.createQuery(in.replaceAll(Matcher.quoteReplacement(list)), type);
        for (int i = 0; i < slots; i++) {
            query.setParameter(name + "_" + i, all.isEmpty() ? null : all.get(Math.min(i, all.size() - 1)));
        }
        return query;
    }

    /** The smallest power of two that holds {@code size} values, at least 1. */
    static int slots(int size) {
        return size <= 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
    }
}
