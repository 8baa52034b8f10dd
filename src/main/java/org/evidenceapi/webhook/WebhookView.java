package org.evidenceapi.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A registered endpoint.")
public record WebhookView(UUID id, String url,
        @Schema(description = "The events it receives; \"*\" for all.") List<String> events,
        boolean enabled,
        @Schema(description = "Why it was disabled; absent while enabled.") String disabledReason,
        @Schema(description = "Failed attempts in a row; a successful one resets it, and the endpoint is disabled "
                + "when it reaches evidence.webhooks.disable-after-failures.") int consecutiveFailures,
        @Schema(description = "The signing secret; only in the answer to registration, absent on every later read. "
                + "Keep it: it cannot be read again.") String secret,
        Instant createdAt, Instant updatedAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventList(), webhook.enabled, webhook.disabledReason,
                webhook.consecutiveFailures, null, webhook.createdAt, webhook.updatedAt);
    }

    /** The one view that carries the secret: the answer to registration. */
    static WebhookView registered(Webhook webhook) {
        WebhookView view = of(webhook);
        return new WebhookView(view.id, view.url, view.events, view.enabled, view.disabledReason,
                view.consecutiveFailures, webhook.secret, view.createdAt, view.updatedAt);
    }

    @Override
    public String toString() {
        return "WebhookView[" + id + ", " + url + "]";
    }
}
