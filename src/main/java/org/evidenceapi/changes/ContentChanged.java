package org.evidenceapi.changes;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * What one writing transaction changed in public content: fired synchronously inside it, after its changes have
 * their place in the feed and before it commits. Observers write through {@code connection}, the transaction's
 * own (the ORM session has already been flushed), so what they store commits or rolls back with the change.
 *
 * @param sequence   the change's place in commit order; the feed's tokens count in it
 * @param resources  public resources changed, directly or through what they contain; empty when only drafts were
 * @param cacheTags  the cache tags of every public response the change can have made stale
 */
public record ContentChanged(long sequence, Instant changedAt, List<ChangedResource> resources,
        List<String> cacheTags, Connection connection) {
}
