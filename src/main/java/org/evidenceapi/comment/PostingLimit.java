package org.evidenceapi.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.evidenceapi.common.config.EvidenceConfig;
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

    PostingLimit(EvidenceConfig config) {
        this.capacity = config.comments().rateLimit().posts();
        this.period = config.comments().rateLimit().period();
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
