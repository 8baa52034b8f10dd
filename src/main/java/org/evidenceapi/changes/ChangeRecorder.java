package org.evidenceapi.changes;

import org.evidenceapi.common.persistence.Jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evidenceapi.caching.ContentVersion;
import org.evidenceapi.common.persistence.Timestamps;
import org.evidenceapi.revision.RevisionStarted;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Puts every committing change in the feed, in commit order, moves the content version to it once committed, and
 * tells {@link ContentChanged} observers. It runs
 * last in the transaction, after Envers has written the revision's audit rows, which say what was written.
 */
@ApplicationScoped
public class ChangeRecorder {
    private static final Comparator<ChangedResource> ORDER = Comparator.comparing(ChangedResource::type)
            .thenComparing(ChangedResource::id);

    @Inject
    EntityManager em;
    @Inject
    Event<ContentChanged> changed;
    @Inject
    ContentVersion version;

    /** Envers makes the revision in the session's before-completion callbacks: this one is queued after it. */
    void started(@Observes RevisionStarted revision) {
        em.unwrap(SessionImplementor.class).getActionQueue()
                .registerCallback((BeforeCompletionCallback) session -> record(session, revision.number().getAsLong()));
    }

    private void record(SharedSessionContractImplementor session, long revision) {
        Jdbc jdbc = new Jdbc(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection());
        long sequence = ChangeLog.next(jdbc);
        Set<ResourceKey> keys = ChangeImpact.of(jdbc, revision);
        Map<ResourceKey, PublicState.State> now = PublicState.of(jdbc, keys);
        Map<ResourceKey, ChangeLog.Entry> before = ChangeLog.entries(jdbc, keys);
        Instant at = Timestamps.now();
        ChangeLog.write(jdbc, sequence, at, keys, now, before);
        List<ChangedResource> resources = keys.stream().map(key -> publicChange(key, now.get(key), before.get(key)))
                .filter(Objects::nonNull).sorted(ORDER).toList();
        Set<String> publicTags = CacheTags.invalidatedBy(resources, before);
        version.follow(jdbc.connection(), sequence, CacheTags.staleInProcess(publicTags, keys, now, before));
        changed.fire(new ContentChanged(sequence, at, resources, List.copyOf(publicTags), jdbc.connection()));
    }

    /** The change as readers without a token see it; null when they never saw the resource and still do not. */
    private static ChangedResource publicChange(ResourceKey key, PublicState.State now, ChangeLog.Entry before) {
        if (now != null && now.visible()) {
            return new ChangedResource(key.type(), key.id(), now.slug(), ChangeOperation.UPSERT);
        }
        if (before != null && before.wasPublic()) {
            return new ChangedResource(key.type(), key.id(), now != null ? now.slug() : before.slug(),
                    ChangeOperation.DELETE);
        }
        return null;
    }
}
