package org.evidenceapi.changes;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evidenceapi.revision.RevisionStarted;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Holds the next writing transaction just before it commits, for tests that interleave transactions: either once
 * its revision is stored but before the feed numbers it, or once it holds its number.
 */
@ApplicationScoped
public class TransactionPause {
    enum Point { AFTER_REVISION, AFTER_NUMBER }

    @Inject
    EntityManager em;

    private volatile Point armed;
    private volatile CountDownLatch reached = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile long revision;

    /** The next transaction to write will wait at {@code point} until {@link #release()}. */
    void arm(Point point) {
        reached = new CountDownLatch(1);
        release = new CountDownLatch(1);
        armed = point;
    }

    /** Waits until the armed transaction has reached its point; answers its revision number. */
    long awaitReached() throws InterruptedException {
        if (!reached.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no transaction reached the pause");
        }
        return revision;
    }

    void release() {
        release.countDown();
    }

    /** Queued before the recorder's callback (lower priority runs first), so it runs after Envers, before numbering. */
    void revision(@Observes @Priority(1) RevisionStarted started) {
        if (armed == Point.AFTER_REVISION) {
            armed = null;
            em.unwrap(SessionImplementor.class).getActionQueue().registerCallback(
                    (BeforeCompletionCallback) session -> pause(started.number().getAsLong()));
        }
    }

    void numbered(@Observes ContentChanged change) {
        if (armed == Point.AFTER_NUMBER) {
            armed = null;
            pause(change.sequence());
        }
    }

    private void pause(long number) {
        revision = number;
        reached.countDown();
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the paused transaction was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
