package org.evidenceapi.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One delivery to an endpoint, as the delivery log shows it.")
public record DeliveryView(
        @Schema(description = "The delivery's id, sent as webhook-id on every attempt.") UUID id,
        @Schema(description = "The events the delivery reports.") List<String> events,
        DeliveryStatus status,
        @Schema(description = "Attempts made so far, including one in progress.") int attempts,
        @Schema(description = "The receiver's status code at the last attempt; absent before the first answer or "
                + "when it gave none.") Integer lastStatusCode,
        @Schema(description = "What went wrong at the last attempt; absent when it succeeded or none was made.")
        String lastError,
        Instant createdAt,
        @Schema(description = "When it is (re)tried next; absent once DELIVERED or FAILED.") Instant nextAttemptAt,
        @Schema(description = "When the receiver accepted it; absent unless DELIVERED.") Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, WebhookEvents.parse(d.eventTypes), d.status, d.attempts, d.lastStatusCode,
                d.lastError, d.createdAt, d.nextAttemptAt, d.deliveredAt);
    }
}
