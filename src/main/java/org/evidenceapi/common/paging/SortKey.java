package org.evidenceapi.common.paging;

import java.util.function.Function;

/**
 * A column a collection can be sorted by. The key must be NOT NULL in the schema and backed by an
 * index ending in the id, so that keyset paging ({@code (key, id) > (:v, :id)}) stays an index range scan.
 */
public record SortKey<T>(String name, String path, CursorValue type, Function<T, Object> value) {
}
