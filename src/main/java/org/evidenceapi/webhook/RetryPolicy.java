package org.evidenceapi.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential back-off with full jitter (a random wait between zero and
 * base × 2^(attempts−1), capped), so receivers coming back from an outage are not hit by every retry at once; and
 * after {@code maxAttempts}, never.
 */
final class RetryPolicy {
    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final RandomGenerator random;

    RetryPolicy(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** What becomes of a delivery whose {@code attempts}-th attempt (counting this one) came to {@code attempt}. */
    Outcome after(int attempts, Attempt attempt, Instant now) {
        if (attempt.delivered()) {
            return new Outcome(DeliveryStatus.DELIVERED, attempt, null, now);
        }
        if (attempts >= maxAttempts) {
            return new Outcome(DeliveryStatus.FAILED, attempt, null, null);
        }
        return new Outcome(DeliveryStatus.PENDING, attempt, now.plus(delay(attempts)), null);
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration delay(int attempts) {
        long ceiling = cap.toMillis();
        long grown = base.toMillis();
        for (int i = 1; i < attempts && grown < ceiling; i++) {
            grown *= 2;
        }
        return Duration.ofMillis(random.nextLong(Math.min(grown, ceiling) + 1));
    }
}
