package org.evidenceapi.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidenceapi.common.http.RetryLater;

/**
 * How often one client address may post comments: a token bucket per address (capacity posts, refilled
 * over the period), forgotten after a period of silence. Per instance; behind N instances the limit is N times.
 */
@ApplicationScoped
public class PostingLimit {
    private final int capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    PostingLimit(@ConfigProperty(name = "evidence.comments.rate-limit.posts", defaultValue = "5") int capacity,
            @ConfigProperty(name = "evidence.comments.rate-limit.period", defaultValue = "PT10M") Duration period) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(100_000).build();
    }

    /** Takes one post from this client's allowance, or refuses with 429 and when to retry. */
    public void acquire(String client) {
        Bucket bucket = buckets.get(client, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw RetryLater.tooManyRequests("Too many comments from your address: at most " + capacity + " per "
                    + period.toMinutes() + " minutes. Try again in " + seconds + " seconds.", seconds);
        }
    }

    /** Forgets every allowance (tests start each case from a full bucket). */
    void reset() {
        buckets.invalidateAll();
    }
}
