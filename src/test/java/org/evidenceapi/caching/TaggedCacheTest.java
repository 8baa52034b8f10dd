package org.evidenceapi.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaggedCacheTest {
    record Made(long version, Set<String> tags, int number) implements TaggedCache.Entry {
    }

    @Inject
    ContentVersion version;

    private final AtomicInteger made = new AtomicInteger();

    @Test
    void requestsForAnEntryBeingMadeWaitForItInsteadOfMakingTheirOwn() throws Exception {
        TaggedCache<String, Made> cache = new TaggedCache<>("test-coalescing", Caffeine.newBuilder().maximumSize(10),
                Duration.ofMinutes(1), version, new SimpleMeterRegistry());
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Made> first = CompletableFuture.supplyAsync(() -> cache.get("article:a", from -> {
            making.countDown();
            await(release);
            return new Made(from, Set.of("article:a"), made.incrementAndGet());
        }));
        assertTrue(making.await(5, TimeUnit.SECONDS));
        CompletableFuture<Made> second = CompletableFuture.supplyAsync(() -> cache.get("article:a",
                from -> new Made(from, Set.of("article:a"), made.incrementAndGet())));
        Thread.sleep(200); // the second request is waiting, not making
        release.countDown();
        assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
        assertEquals(1, made.get(), "made once");
    }

    @Test
    void aStaleEntryIsMadeAgain() {
        TaggedCache<String, Made> cache = new TaggedCache<>("test-stale", Caffeine.newBuilder().maximumSize(10),
                Duration.ofMinutes(1), version, new SimpleMeterRegistry());
        Made before = cache.get("article:b", from -> new Made(from, Set.of("article:b"), made.incrementAndGet()));
        assertSame(before, cache.get("article:b", from -> new Made(from, Set.of("article:b"), made.incrementAndGet())));
        InProcessCaches.changedElsewhere("article:b");
        Made after = cache.get("article:b", from -> new Made(from, Set.of("article:b"), made.incrementAndGet()));
        assertEquals(before.number() + 1, after.number());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
