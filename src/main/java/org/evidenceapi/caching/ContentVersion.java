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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.persistence.AfterCommit;
import org.jboss.logging.Logger;

/**
 * The library's content version: the number of the last change committed (the changes feed's head, which numbers
 * commits in the order they happen, on whichever instance). A cache keyed by this number never serves what has
 * since changed, even when a change commits after a later-begun one. Reading it costs nothing: the number is held in memory, moved forward by this instance's own
 * commits as they happen and re-read from the database every {@code evidence.cache.version-refresh} for the
 * commits of other instances, which therefore show within that lifetime.
 */
@ApplicationScoped
public class ContentVersion {
    /** Before the first successful read of the database: nothing may be cached under it. */
    public static final long UNKNOWN = -1;
    private static final Logger LOG = Logger.getLogger(ContentVersion.class);

    @Inject
    DataSource dataSource;
    @Inject
    TransactionManager transactionManager;
    @Inject
    EvidenceConfig config;

    private final AtomicLong known = new AtomicLong(UNKNOWN);
    private ScheduledExecutorService refresher;

    public long current() {
        return known.get();
    }

    /**
     * Moves the version to the change's number as soon as the transaction writing it has committed. A plain
     * (not interposed) synchronization, because those run after the interposed ones, such as the one that brings
     * the embedded search index up to date: no answer is kept under the new version before it is.
     */
    public void follow(LongSupplier revision) {
        try {
            transactionManager.getTransaction().registerSynchronization(new AfterCommit(() -> committed(revision.getAsLong())));
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("the revision's transaction cannot take a synchronization", e);
        }
    }

    private void committed(long revision) {
        known.accumulateAndGet(revision, Math::max);
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
    }

    void stop(@Observes ShutdownEvent event) {
        refresher.shutdownNow();
    }

    private long newest() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet newest = query.executeQuery("select sequence from change_head where id = 1")) {
            return newest.next() ? newest.getLong(1) : 0;
        }
    }

    /** Reads the newest change's number; while the database is unreachable the last known version stands. */
    void refresh() {
        try {
            committed(newest());
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("content version not refreshed: %s", e.getMessage());
        }
    }
}
