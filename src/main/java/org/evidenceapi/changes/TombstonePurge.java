package org.evidenceapi.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.persistence.Timestamps;
import org.jboss.logging.Logger;

/**
 * Keeps the feed from growing with every resource ever deleted: tombstones older than the retention go, and
 * tokens that might have needed them are answered 410 from then on. Each instance purges; purges are idempotent.
 */
@ApplicationScoped
public class TombstonePurge {
    private static final Logger LOG = Logger.getLogger(TombstonePurge.class);

    @Inject
    ChangeEntryRepository entries;
    @Inject
    EvidenceConfig config;

    private ScheduledExecutorService purger;

    /** Purges the tombstones of resources gone before {@code before}; answers how many. */
    @Transactional
    public int purge(Instant before) {
        return entries.purge(before);
    }

    void start(@Observes StartupEvent event) {
        purger = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tombstone-purge");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.changes().purgeEvery().toMillis();
        purger.scheduleWithFixedDelay(this::purgeExpired, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        purger.shutdownNow();
    }

    private void purgeExpired() {
        try {
            int purged = purge(Timestamps.now().minus(config.changes().tombstoneRetention()));
            LOG.debugf("purged %d tombstones from the changes feed", purged);
        } catch (RuntimeException e) {
            LOG.warnf("tombstones not purged: %s", e.getMessage());
        }
    }
}
