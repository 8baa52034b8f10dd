package org.evidenceapi.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** A "random" source at the top of its range: the wait is the whole back-off. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 8, HIGHEST);

    @Test
    void backOffDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(10), policy.delay(1));
        assertEquals(Duration.ofSeconds(20), policy.delay(2));
        assertEquals(Duration.ofSeconds(160), policy.delay(5));
        assertEquals(Duration.ofMinutes(5), policy.delay(6));
        assertEquals(Duration.ofMinutes(5), policy.delay(60));
    }

    @Test
    void jitterSpreadsWaitsBetweenZeroAndTheBackOff() {
        RetryPolicy jittered = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 8,
                RandomGenerator.of("L64X128MixRandom"));
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> jittered.delay(3)).distinct().count();
        assertTrue(distinct > 10, "waits vary: " + distinct);
        java.util.stream.IntStream.range(0, 200).forEach(i -> {
            Duration wait = jittered.delay(3);
            assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofSeconds(40)) <= 0, wait.toString());
        });
    }

    @Test
    void twoHundredsAreDelivered() {
        Outcome outcome = policy.after(3, Attempt.answered(204), NOW);
        assertEquals(DeliveryStatus.DELIVERED, outcome.status());
        assertEquals(NOW, outcome.deliveredAt());
        assertNull(outcome.nextAttemptAt());
        assertNull(outcome.attempt().error());
    }

    @Test
    void failuresAreRetriedUntilTheLastAttempt() {
        Outcome retry = policy.after(2, Attempt.answered(500), NOW);
        assertEquals(DeliveryStatus.PENDING, retry.status());
        assertEquals(NOW.plusSeconds(20), retry.nextAttemptAt());
        assertEquals("the receiver answered 500", retry.attempt().error());
        Outcome redirect = policy.after(1, Attempt.answered(301), NOW);
        assertEquals(DeliveryStatus.PENDING, redirect.status());
        Outcome last = policy.after(8, Attempt.failed("no answer within 5000 ms"), NOW);
        assertEquals(DeliveryStatus.FAILED, last.status());
        assertNull(last.nextAttemptAt());
        assertNull(last.deliveredAt());
    }
}
