package org.evidenceapi.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.evidenceapi.changes.ChangedResource;
import org.evidenceapi.changes.ContentChanged;

/**
 * Queues one delivery per enabled endpoint that wants at least one of a change's resources, inside the writing
 * transaction: a delivery exists exactly when its change committed, and a restart loses none.
 */
@ApplicationScoped
class ChangeDeliveries {
    @Inject
    DeliveryQueue queue;
    @Inject
    ObjectMapper json;

    void on(@Observes ContentChanged change) {
        if (change.resources().isEmpty()) {
            return;
        }
        for (DeliveryQueue.Subscription subscription : queue.subscriptions(change.connection())) {
            List<ChangedResource> wanted = change.resources().stream()
                    .filter(resource -> WebhookEvents.wanted(subscription.events(), resource)).toList();
            if (!wanted.isEmpty()) {
                List<String> events = wanted.stream().map(ChangedResource::event).distinct().toList();
                queue.enqueue(change.connection(), subscription.endpoint(), events,
                        DeliveryPayload.of(change, wanted).json(json), change.changedAt());
            }
        }
    }
}
