package org.evidenceapi.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.persistence.Timestamps;
import org.evidenceapi.webhook.Receiver.Answer;
import org.evidenceapi.webhook.Receiver.Received;
import org.junit.jupiter.api.Test;

/**
 * The queue under concurrency and failure, with the rounds run by the test (no background dispatcher): two
 * dispatchers side by side send each delivery once, a round passes over rows another claim holds locked, and a
 * claim whose dispatcher died is sent again after its lease.
 * The two dispatchers are two threads of this JVM running rounds at once, each with its own connections and
 * transactions: what two instances on one database do.
 */
@QuarkusTest
@TestProfile(ManualDispatch.class)
class DeliveryQueueTest extends ReceiverTestBase {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    DeliveryRound round;
    @Inject
    DeliveryQueue queue;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    EvidenceConfig config;
    @Inject
    AgroalDataSource dataSource;


    @Test
    void twoDispatchersAtOnceSendEachDeliveryOnce() throws Exception {
        String id = WebhookDeliveryTest.register(receiver.url(), "[\"*\"]");
        for (int i = 0; i < 8; i++) {
            receiver.answer(new Answer(Duration.ofMillis(40), 204));
        }
        int queued = 24;
        for (int i = 0; i < queued; i++) {
            changes.authorRenamed();
        }
        assertEquals(queued, pending(), "the deliveries wait in the database until a dispatcher runs");

        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = dispatchers.submit(dispatchUntilEmpty());
            Future<Integer> second = dispatchers.submit(dispatchUntilEmpty());
            int claimedByFirst = first.get();
            int claimedBySecond = second.get();
            assertEquals(queued, claimedByFirst + claimedBySecond, "claims in all");
            assertTrue(claimedByFirst > 0 && claimedBySecond > 0,
                    "both dispatchers sent some: " + claimedByFirst + " and " + claimedBySecond);
        } finally {
            dispatchers.shutdownNow();
        }

        receiver.assertStillAt(queued, Duration.ofMillis(300));
        List<String> ids = receiver.received().stream().map(Received::id).toList();
        assertEquals(queued, ids.stream().distinct().count(), "each delivery once: " + ids);
        receiver.received().forEach(WebhookDeliveryTest::verifySignature);
        List<WebhookDelivery> stored = Api.inTransaction(() -> deliveries.list("endpointId", UUID.fromString(id)));
        assertEquals(queued, stored.size());
        stored.forEach(d -> {
            assertEquals(DeliveryStatus.DELIVERED, d.status, d.id.toString());
            assertEquals(1, d.attempts, d.id.toString());
        });
    }

    private Callable<Integer> dispatchUntilEmpty() {
        return () -> {
            int claimed = 0;
            Instant end = Instant.now().plus(WAIT);
            while (pending() > 0 && Instant.now().isBefore(end)) {
                claimed += round.run();
            }
            return claimed;
        };
    }

    private long pending() {
        return Api.inTransaction(() -> deliveries.count("status", DeliveryStatus.PENDING));
    }

    /** Another dispatcher in the middle of its claim holds the rows: a round passes them by, neither waits nor takes them. */
    @Test
    void aRoundSkipsDeliveriesAnotherClaimHoldsLocked() throws Exception {
        String id = WebhookDeliveryTest.register(receiver.url(), "[\"*\"]");
        changes.authorRenamed();
        ExecutorService dispatcher = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.executeQuery("SELECT id FROM webhook_delivery FOR UPDATE").close();
            }
            assertEquals(0, dispatcher.submit(round::run).get(3, TimeUnit.SECONDS), "skipped, without waiting");
            other.rollback();
        } finally {
            dispatcher.shutdownNow();
        }
        receiver.assertStillAt(0, Duration.ofMillis(200));
        assertEquals(1, round.run(), "released: claimed now");
        assertEquals(1, receiver.await(1, WAIT).size());
        WebhookDeliveryTest.log(id).body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(1));
    }

    @Test
    void aClaimWhoseDispatcherDiedIsSentAgainAfterItsLease() throws Exception {
        String id = WebhookDeliveryTest.register(receiver.url(), "[\"author.upsert\"]");
        changes.authorRenamed();
        List<ClaimedDelivery> claimed = queue.claim(10, config.webhooks().lease(), Timestamps.now());
        assertEquals(1, claimed.size());
        // ...and the dispatcher dies here: nothing is sent and no outcome recorded.

        assertEquals(0, round.run(), "the claim holds it while its lease runs");
        receiver.assertStillAt(0, Duration.ofMillis(200));
        Receiver.pause(config.webhooks().lease());
        assertEquals(1, round.run(), "the lease ran out: due again");

        Received sent = receiver.await(1, WAIT).get(0);
        assertEquals(claimed.get(0).id().toString(), sent.id(), "the same webhook-id: receivers can drop duplicates");
        WebhookDeliveryTest.verifySignature(sent);
        WebhookDeliveryTest.log(id).body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(2));

        Outcome late = new Outcome(DeliveryStatus.FAILED, Attempt.failed("too late"), null, null);
        assertFalse(queue.record(claimed.get(0), late, 6, Timestamps.now()), "a lapsed claim records nothing");
        WebhookDeliveryTest.log(id).body("items[0].status", equalTo("DELIVERED"));
        assertEquals(0, Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)).consecutiveFailures));
    }
}
