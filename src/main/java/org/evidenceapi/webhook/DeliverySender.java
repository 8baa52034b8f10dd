package org.evidenceapi.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * Sends one delivery, signed as Standard Webhooks has it: {@code webhook-id} (the delivery's id, the same on every
 * retry, so receivers can drop duplicates), {@code webhook-timestamp} (unix seconds) and {@code webhook-signature}.
 * Short timeouts and no redirects: a slow or redirecting receiver cannot tie the dispatcher up or steer it
 * elsewhere.
 */
@ApplicationScoped
class DeliverySender {
    private final HttpClient client;
    private final Duration requestTimeout;
    /** Bounds the whole exchange, body included, which the request timeout alone does not. */
    private final Duration deadline;

    @Inject
    DeliverySender(EvidenceConfig config) {
        EvidenceConfig.Webhooks webhooks = config.webhooks();
        this.client = HttpClient.newBuilder().connectTimeout(webhooks.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = webhooks.requestTimeout();
        this.deadline = webhooks.connectTimeout().plus(webhooks.requestTimeout());
    }

    CompletableFuture<Attempt> send(ClaimedDelivery delivery, long timestamp) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "evidence-api-webhooks")
                .header("webhook-id", delivery.id().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSecret.signature(delivery.secret(), delivery.id().toString(), timestamp,
                                delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null ? Attempt.answered(response.statusCode())
                        : Attempt.failed(describe(failure)));
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "no answer within " + requestTimeout.toMillis() + " ms";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
