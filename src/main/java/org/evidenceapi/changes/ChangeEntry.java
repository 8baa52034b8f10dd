package org.evidenceapi.changes;

import java.time.Instant;
import java.util.UUID;

/** A row of the feed: the resource and its latest change. */
record ChangeEntry(ResourceType type, UUID id, long sequence, Instant changedAt, String slug) {
}
