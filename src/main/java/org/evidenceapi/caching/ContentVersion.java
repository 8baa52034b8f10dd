package org.evidenceapi.caching;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.persistence.AfterCommit;
import org.evidenceapi.common.persistence.Jdbc;
import org.evidenceapi.common.persistence.Timestamps;
import org.jboss.logging.Logger;

/**
 * The library's content version, and what each change made stale. The version is the number of the last change
 * committed (the changes feed's head, which numbers commits in the order they happen, on whichever instance). An
 * entry an in-process cache keeps is stamped with the version it was made from and tagged with the cache tags of
 * what it shows; it stays current until a later change names one of its tags ({@link #isCurrent}), so a write
 * drops what it changed and the pages that show it, not the whole library. This instance learns its own changes
 * as they commit; those of other instances from {@code change_invalidation}, re-read every
 * {@code evidence.cache.version-refresh}, so they show within that time.
 */
@ApplicationScoped
public class ContentVersion {
    /** Before the first successful read of the database: nothing may be cached under it. */
    public static final long UNKNOWN = -1;
    /** More tags than this in one change (a large import): it is recorded as changing everything. */
    static final int MAX_TAGS = 1000;
    /** How long changes are kept for other instances to read; one further behind drops everything it holds. */
    static final Duration KEPT = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(ContentVersion.class);

    @Inject
    DataSource dataSource;
    @Inject
    TransactionManager transactionManager;
    @Inject
    EvidenceConfig config;

    private final AtomicLong known = new AtomicLong(UNKNOWN);
    /** Every change up to this number has had its tags read from the database. */
    private final AtomicLong readThrough = new AtomicLong(UNKNOWN);
    private final TagVersions tags = new TagVersions();
    private ScheduledExecutorService refresher;

    /** The version a read about to start is made from: stamp what it makes with it. */
    public long current() {
        return known.get();
    }

    /** Whether what was made from version {@code madeAt} and shows {@code shown} (its cache tags) is still so. */
    public boolean isCurrent(long madeAt, Set<String> shown) {
        if (madeAt == UNKNOWN) {
            return false;
        }
        return shown.isEmpty() || shown.contains(TagVersions.EVERYTHING) ? madeAt >= known.get()
                : tags.isCurrent(madeAt, shown);
    }

    /**
     * Records what change {@code sequence} made stale, in its own transaction through {@code connection}, for the
     * other instances; and once it has committed, here. A plain (not interposed) synchronization, because those
     * run after the interposed ones, such as the one that brings the embedded search index up to date: no answer
     * is kept under the new version before it is.
     */
    public void follow(Connection connection, long sequence, Set<String> stale) {
        List<String> recorded = stale.size() > MAX_TAGS ? List.of(TagVersions.EVERYTHING) : List.copyOf(stale);
        // an empty list is stored as an empty string, which reads back as no tags
        new Jdbc(connection).update("insert into change_invalidation (sequence, changed_at, tags) values (?, ?, ?)",
                List.of(sequence, Timestamps.now(), String.join(" ", recorded)));
        try {
            transactionManager.getTransaction().registerSynchronization(new AfterCommit(() -> {
                tags.record(sequence, recorded, System.nanoTime());
                known.accumulateAndGet(sequence, Math::max);
            }));
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("the change's transaction cannot take a synchronization", e);
        }
    }

    /** Reads the version before the first request, then keeps it fresh in the background. */
    void start(@Observes StartupEvent event) {
        refresh();
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "content-version-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.cache().versionRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
        long hourly = Duration.ofHours(1).toMillis();
        refresher.scheduleWithFixedDelay(this::purge, hourly, hourly, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        refresher.shutdownNow();
    }

    /**
     * Learns the changes committed since the last read, on any instance: their tags first, then the version, so
     * no entry is ever judged by a version whose changes are not known yet. While the database is unreachable the
     * last known version stands.
     */
    void refresh() {
        try (Connection connection = dataSource.getConnection()) {
            Jdbc jdbc = new Jdbc(connection);
            long head = jdbc.query("select sequence from change_head where id = 1", List.of(), row -> row.getLong(1))
                    .get(0);
            long from = readThrough.get();
            if (from != UNKNOWN && head > from) {
                learn(jdbc, from, head);
            }
            readThrough.set(head);
            known.accumulateAndGet(head, Math::max);
            tags.forget(System.nanoTime() - 2 * Duration.ofSeconds(config.cache().maxAge()).toNanos());
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("content version not refreshed: %s", e.getMessage());
        }
    }

    /** Records the tags of changes {@code (from, head]}; if some are gone (purged), nothing older is trusted. */
    private void learn(Jdbc jdbc, long from, long head) {
        long now = System.nanoTime();
        long read = jdbc.query("select sequence, tags from change_invalidation where sequence > ? and sequence <= ?",
                List.of(from, head), row -> {
                    String named = row.getString(2);
                    tags.record(row.getLong(1), named.isEmpty() ? List.of() : Arrays.asList(named.split(" ")), now);
                    return row;
                }).size();
        if (read < head - from) {
            tags.raiseFloor(head);
        }
    }

    private void purge() {
        try (Connection connection = dataSource.getConnection()) {
            new Jdbc(connection).update("delete from change_invalidation where changed_at < ?",
                    List.of(Timestamps.now().minus(KEPT)));
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("old invalidations not purged: %s", e.getMessage());
        }
    }
}
