package org.evidenceapi.common.paging;

/** A sort key and its direction, written as the client writes it: {@code title} or {@code -title}. */
public record SortOrder<T>(SortKey<T> key, boolean descending) {
    @Override
    public String toString() {
        return (descending ? "-" : "") + key.name();
    }
}
