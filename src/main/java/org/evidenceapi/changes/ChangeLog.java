package org.evidenceapi.changes;

import org.evidenceapi.common.persistence.Jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The feed's tables as a committing transaction writes them (V8__changes_feed.sql says why they are so). */
final class ChangeLog {
    /** What the feed held for a resource before this change. */
    record Entry(String slug, boolean wasPublic) {
    }

    private ChangeLog() {
    }

    /**
     * The transaction's number: one more than the last committed one. Updating the head row locks it until this
     * transaction ends, so no other can take a number, let alone commit one, before this one has committed.
     */
    static long next(Jdbc jdbc) {
        jdbc.update("update change_head set sequence = sequence + 1 where id = 1", List.of());
        return jdbc.query("select sequence from change_head where id = 1", List.of(), row -> row.getLong(1)).get(0);
    }

    /**
     * The entries of the resources a change touched, by id alone: H2 looks an IN list up in an index only on the
     * index's first column, so with the type in the condition it read every entry of the type instead.
     */
    static final String ENTRIES = "select resource_type, resource_id, slug, was_public from change_entry"
            + " where resource_id in (%s)";

    static Map<ResourceKey, Entry> entries(Jdbc jdbc, Set<ResourceKey> keys) {
        Map<ResourceKey, Entry> entries = new HashMap<>();
        jdbc.queryIn(ENTRIES, keys.stream().map(ResourceKey::id).distinct().toList(), row -> {
            ResourceKey key = new ResourceKey(ResourceType.valueOf(row.getString(1)), row.getObject(2, UUID.class));
            if (keys.contains(key)) {
                entries.put(key, new Entry(row.getString(3), row.getBoolean(4)));
            }
            return null;
        });
        return entries;
    }

    /** Moves every key's entry to {@code sequence}, remembering its slug and whether readers have seen it. */
    static void write(Jdbc jdbc, long sequence, Instant at, Set<ResourceKey> keys, Map<ResourceKey, PublicState.State> now,
            Map<ResourceKey, Entry> before) {
        List<List<?>> updates = new ArrayList<>();
        List<List<?>> inserts = new ArrayList<>();
        for (ResourceKey key : keys) {
            PublicState.State state = now.get(key);
            String slug = state == null ? null : state.slug();
            boolean visible = state != null && state.visible();
            if (before.containsKey(key)) {
                updates.add(Arrays.asList(sequence, at, slug, visible, key.type().name(), key.id()));
            } else {
                inserts.add(Arrays.asList(key.type().name(), key.id(), sequence, at, slug, visible));
            }
        }
        jdbc.batch("update change_entry set sequence = ?, changed_at = ?, slug = coalesce(?, slug),"
                + " was_public = (was_public or ?) where resource_type = ? and resource_id = ?", updates);
        jdbc.batch("insert into change_entry (resource_type, resource_id, sequence, changed_at, slug, was_public)"
                + " values (?, ?, ?, ?, ?, ?)", inserts);
    }
}
