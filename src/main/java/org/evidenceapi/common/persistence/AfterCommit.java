package org.evidenceapi.common.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/** Runs an action once the current transaction has committed, and never if it rolls back. */
public record AfterCommit(Runnable action) implements Synchronization {

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            action.run();
        }
    }
}
