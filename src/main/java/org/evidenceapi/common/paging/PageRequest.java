package org.evidenceapi.common.paging;

import org.evidenceapi.common.problem.ProblemException;

/**
 * What a client asked of a collection: page size, sort and position. Validated on construction, so a
 * bad {@code limit}, {@code sort} or {@code cursor} is a 400 naming the parameter.
 */
public record PageRequest<T>(int limit, SortOrder<T> sort, Cursor cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static <T> PageRequest<T> of(String limit, String sort, String cursor, SortKeys<T> keys) {
        int size = limit(limit);
        SortOrder<T> order = keys.parse(sort);
        Cursor position = cursor == null ? null : Cursor.decode(cursor);
        if (position != null && !position.sort().equals(order.toString())) {
            throw ProblemException.badParameter("cursor",
                    "was issued for sort '" + position.sort() + "', not '" + order + "'");
        }
        return new PageRequest<>(size, order, position);
    }

    /** The page size a {@code limit} parameter asks for, the default when absent; 400 when out of range. */
    public static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badParameter("limit", "must be a whole number between 1 and " + MAX_LIMIT);
    }
}
