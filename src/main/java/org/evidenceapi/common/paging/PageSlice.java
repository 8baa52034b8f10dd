package org.evidenceapi.common.paging;

import java.util.List;
import java.util.function.Function;

/** The rows of one page and the page's cursors; the service maps the rows to response records. */
public record PageSlice<T>(List<T> items, PageInfo page) {
    public <R> List<R> map(Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }
}
