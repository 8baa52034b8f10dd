package org.evidenceapi.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.evidenceapi.changes.ChangeOperation;
import org.evidenceapi.changes.ChangedResource;
import org.evidenceapi.changes.ContentChanged;
import org.evidenceapi.changes.ResourceType;

/**
 * Fires {@link ContentChanged} in a transaction of its own, as a writing transaction does, for the tests that need a
 * change of a given shape. The delivery after a real edit is in WebhookDeliveryTest.
 */
@ApplicationScoped
public class ChangeEvents {
    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    @Inject
    Event<ContentChanged> changed;
    @Inject
    AgroalDataSource dataSource;

    /** Commits a change of {@code resources} naming {@code cacheTags}, and answers it. */
    @Transactional
    public ContentChanged fire(List<ChangedResource> resources, List<String> cacheTags) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ContentChanged change = new ContentChanged(SEQUENCE.incrementAndGet(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS), resources, cacheTags, connection);
            changed.fire(change);
            return change;
        }
    }

    /** An author changed, with the article that names them. */
    public ContentChanged authorRenamed() throws SQLException {
        UUID author = UUID.randomUUID();
        UUID article = UUID.randomUUID();
        return fire(List.of(new ChangedResource(ResourceType.AUTHOR, author, "jane-doe", ChangeOperation.UPSERT),
                        new ChangedResource(ResourceType.ARTICLE, article, "an-article", ChangeOperation.UPSERT)),
                List.of("authors", "author:" + author, "articles", "article:" + article));
    }
}
