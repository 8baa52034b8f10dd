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

/**
 * Gathers what a transaction changes of searchable content and, once it has committed, fires one SearchChanges
 * event for all of it (nothing on rollback). Fired in the committing thread, so the writing request answers only
 * after its observers (the embedded index) have taken the change in.
 */
@ApplicationScoped
@Unremovable // looked up by SearchableChangeListener, which Hibernate creates
public class SearchChangeCollector {
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Event<SearchChanges> committed;

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
                    if (status == Status.STATUS_COMMITTED) {
                        committed.fire(new SearchChanges(Set.copyOf(created.articles()), Set.copyOf(created.studies())));
                    }
                }
            });
            return created;
        }
        return changes;
    }
}
