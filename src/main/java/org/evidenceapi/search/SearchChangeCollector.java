package org.evidenceapi.search;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gathers what a transaction changes of searchable content and, once it has committed, fires one SearchChanges
 * event for all of it (nothing on rollback). Fired in the committing thread, so the writing request answers only
 * after its observers (the embedded index) have taken the change in. Counts the transactions whose changes are
 * noted but not yet taken in: a transaction is counted from its first searchable write (before Envers writes its
 * revision, at commit) until its observers return, so while none is counted, every revision that exists is taken in.
 */
@ApplicationScoped
@Unremovable // looked up by SearchableChangeListener, which Hibernate creates
public class SearchChangeCollector {
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Event<SearchChanges> committed;

    private final AtomicInteger inFlight = new AtomicInteger();

    /** Transactions with searchable changes that are still open or whose changes are being taken in. */
    int inFlight() {
        return inFlight.get();
    }

    void article(UUID id) {
        pending().articles().add(id);
    }

    void study(UUID id) {
        pending().studies().add(id);
    }

    private SearchChanges pending() {
        SearchChanges changes = (SearchChanges) transactions.getResource(SearchChangeCollector.class);
        if (changes == null) {
            SearchChanges created = new SearchChanges(new LinkedHashSet<>(), new LinkedHashSet<>());
            transactions.putResource(SearchChangeCollector.class, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    try {
                        if (status == Status.STATUS_COMMITTED) {
                            committed.fire(new SearchChanges(Set.copyOf(created.articles()),
                                    Set.copyOf(created.studies())));
                        }
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            });
            inFlight.incrementAndGet();
            return created;
        }
        return changes;
    }
}
