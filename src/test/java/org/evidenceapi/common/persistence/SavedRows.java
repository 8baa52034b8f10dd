package org.evidenceapi.common.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Rows as the database hands them back, for mapping tests without one: the server-set fields a view only copies. */
public final class SavedRows {
    private SavedRows() {
    }

    /** The row with an id and both timestamps set, as after its first save and a later edit. */
    public static <E extends ContentEntity> E saved(E row) {
        row.id = UUID.randomUUID();
        row.createdAt = Instant.parse("2026-01-02T03:04:05Z");
        row.updatedAt = Instant.parse("2026-02-03T04:05:06Z");
        return row;
    }

    /** Id, created and updated, in that order: what a view of the row must show unchanged. */
    public static List<Object> stamps(ContentEntity row) {
        return List.of(row.id, row.createdAt, row.updatedAt);
    }
}
