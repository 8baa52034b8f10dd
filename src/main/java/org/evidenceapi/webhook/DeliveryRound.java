package org.evidenceapi.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.persistence.Timestamps;

/**
 * One round of dispatching: claim what is due, send it side by side outside any transaction (so the whole round
 * fits in one lease), record each outcome. Stateless: rounds may run at once, in this instance or others, and the
 * claim keeps each delivery to one of them.
 */
@ApplicationScoped
class DeliveryRound {
    @Inject
    DeliveryQueue queue;
    @Inject
    DeliverySender sender;
    @Inject
    EvidenceConfig config;

    private TargetGuard guard;
    private RetryPolicy retries;

    @PostConstruct
    void configure() {
        EvidenceConfig.Webhooks webhooks = config.webhooks();
        guard = TargetGuard.configured(webhooks);
        retries = new RetryPolicy(webhooks.retryBase(), webhooks.retryCap(), webhooks.maxAttempts(),
                RandomGenerator.getDefault());
    }

    /** Sends what is due now; answers how many deliveries it claimed. */
    int run() {
        EvidenceConfig.Webhooks webhooks = config.webhooks();
        List<ClaimedDelivery> claimed = queue.claim(webhooks.batchSize(), webhooks.lease(), Timestamps.now());
        long timestamp = Timestamps.now().getEpochSecond();
        List<CompletableFuture<Void>> sends = claimed.stream()
                .map(delivery -> attempt(delivery, timestamp).thenAccept(attempt -> queue.record(delivery,
                        retries.after(delivery.attempts(), attempt, Timestamps.now()),
                        webhooks.disableAfterFailures(), Timestamps.now())))
                .toList();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        return claimed.size();
    }

    /** The target is checked again first: its name may resolve elsewhere since it was registered. */
    private CompletableFuture<Attempt> attempt(ClaimedDelivery delivery, long timestamp) {
        Optional<String> refusal = guard.refusal(delivery.url());
        return refusal.map(reason -> CompletableFuture.completedFuture(Attempt.failed("target refused: the URL "
                + reason))).orElseGet(() -> sender.send(delivery, timestamp));
    }
}
