package org.evidenceapi.webhook;

import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.evidenceapi.changes.ChangedResource;
import org.evidenceapi.changes.ContentChanged;
import org.evidenceapi.common.Api;
import org.evidenceapi.webhook.Receiver.Answer;
import org.evidenceapi.webhook.Receiver.Received;
import org.junit.jupiter.api.Test;

/**
 * Deliveries as a receiver on 127.0.0.1 sees them, sent by the background dispatcher (test settings: polls every
 * 100 ms, 1 s request timeout, retries after at most 100 ms, 4 attempts per delivery, endpoints disabled after 6
 * failures in a row).
 */
@QuarkusTest
class WebhookDeliveryTest extends ReceiverTestBase {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Duration WAIT = Duration.ofSeconds(15);



    static String register(String url, String events) {
        return admin().contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"events\": " + events + ", \"secret\": \"" + SECRET + "\"}")
                .post(WebhookApiTest.WEBHOOKS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aChangeIsDeliveredSignedWithTheResourcesAskedForAndEveryCacheTag() throws Exception {
        String id = register(receiver.url(), "[\"author.upsert\"]");
        try (Receiver other = new Receiver()) {
            String otherId = register(other.url(), "[\"claim.delete\", \"topic.upsert\"]");
            ContentChanged change = changes.authorRenamed();

            Received delivery = receiver.await(1, WAIT).get(0);
            verifySignature(delivery);
            assertEquals("application/json", delivery.contentType());
            long age = Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp());
            assertTrue(age >= 0 && age < 60, "webhook-timestamp is unix seconds of the send: " + age);
            ChangedResource author = change.resources().get(0);
            JsonPath payload = JsonPath.from(delivery.body());
            assertEquals("content.changed", payload.getString("type"));
            assertEquals(change.changedAt(), Instant.parse(payload.getString("timestamp")));
            assertEquals(change.sequence(), payload.getLong("data.sequence"));
            assertEquals(List.of(Map.of("type", "AUTHOR", "id", author.id().toString(), "slug", "jane-doe",
                    "operation", "UPSERT", "event", "author.upsert", "href", "/api/v1/authors/jane-doe")),
                    payload.getList("data.changes"));
            assertEquals(change.cacheTags(), payload.getList("data.cacheTags"), "every tag, not only the author's");

            receiver.assertStillAt(1, Duration.ofMillis(500));
            log(id).body("items.size()", equalTo(1))
                    .body("items[0].id", equalTo(delivery.id()))
                    .body("items[0].events", contains("author.upsert"))
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(1))
                    .body("items[0].lastStatusCode", equalTo(204))
                    .body("items[0].deliveredAt", notNullValue())
                    .body("items[0]", not(hasKey("nextAttemptAt")))
                    .body("items[0]", not(hasKey("lastError")));
            assertEquals(List.of(), other.received(), "an endpoint that wants none of the changes gets nothing");
            log(otherId).body("items.size()", equalTo(0));
        }
    }

    @Test
    void anEditorsEditIsDelivered() {
        String author = Api.editor().contentType("application/json")
                .body("{\"slug\": \"webhook-author\", \"name\": \"Webhook Author\"}")
                .post(Api.V1 + "/authors").then().statusCode(201).extract().path("id");
        String path = Api.V1 + "/authors/" + author;
        try {
            String id = register(receiver.url(), "[\"author.upsert\"]");
            Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                    .body("{\"bio\": \"Writes about webhooks.\"}").patch(path).then().statusCode(200);

            Received delivery = receiver.await(1, WAIT).get(0);
            verifySignature(delivery);
            JsonPath payload = JsonPath.from(delivery.body());
            assertEquals(List.of(Map.of("type", "AUTHOR", "id", author, "slug", "webhook-author",
                    "operation", "UPSERT", "event", "author.upsert", "href", "/api/v1/authors/webhook-author")),
                    payload.getList("data.changes"));
            assertTrue(payload.getList("data.cacheTags").contains("author:" + author), payload.prettify());
            receiver.assertStillAt(1, Duration.ofMillis(300));
            Receiver.awaitTrue(() -> "DELIVERED".equals(log(id).extract().path("items[0].status")), WAIT, "logged");
        } finally {
            Api.editor().header("If-Match", Api.etag(path)).delete(path).then().statusCode(204);
        }
    }

    @Test
    void aChangeOfDraftsOnlySendsNothing() throws Exception {
        String id = register(receiver.url(), "[\"*\"]");
        changes.fire(List.of(), List.of());
        receiver.assertStillAt(0, Duration.ofMillis(500));
        log(id).body("items.size()", equalTo(0));
    }

    @Test
    void failedAttemptsAreRetriedWithTheSameIdAfterServerErrorsAndTimeOuts() throws Exception {
        receiver.answer(Answer.status(500), Answer.after(Duration.ofMillis(1500)), Answer.status(503));
        String id = register(receiver.url(), "[\"*\"]");
        changes.authorRenamed();

        List<Received> attempts = receiver.await(4, WAIT);
        assertEquals(1, attempts.stream().map(Received::id).distinct().count(), "one delivery: " + receiver.ids());
        attempts.forEach(WebhookDeliveryTest::verifySignature);
        Receiver.awaitTrue(() -> "DELIVERED".equals(log(id).extract().path("items[0].status")), WAIT, "delivered");
        log(id).body("items[0].attempts", equalTo(4)).body("items[0].lastStatusCode", equalTo(204));
        admin().get(WebhookApiTest.WEBHOOKS + "/" + id).then().body("consecutiveFailures", equalTo(0));
    }

    @Test
    void anEndpointIsDisabledAfterTheRunOfFailuresAndAnAdminReEnablesIt() throws Exception {
        receiver.answer(Answer.status(500), Answer.status(500), Answer.status(500), Answer.status(500),
                Answer.status(500), Answer.status(500));
        String id = register(receiver.url(), "[\"*\"]");
        String path = WebhookApiTest.WEBHOOKS + "/" + id;

        changes.authorRenamed();
        receiver.await(4, WAIT);
        Receiver.awaitTrue(() -> "FAILED".equals(log(id).extract().path("items[0].status")), WAIT, "given up");
        log(id).body("items[0].attempts", equalTo(4)).body("items[0].lastStatusCode", equalTo(500))
                .body("items[0].lastError", equalTo("the receiver answered 500"))
                .body("items[0]", not(hasKey("nextAttemptAt")));
        admin().get(path).then().body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(4));

        changes.authorRenamed();
        receiver.await(6, WAIT);
        Receiver.awaitTrue(() -> Boolean.FALSE.equals(admin().get(path).then().extract().path("enabled")), WAIT,
                "disabled");
        admin().get(path).then().body("consecutiveFailures", equalTo(6))
                .body("disabledReason", startsWith("Disabled after 6 failed attempts in a row; the last: the "
                        + "receiver answered 500"));
        changes.authorRenamed();
        receiver.assertStillAt(6, Duration.ofMillis(700)); // a disabled endpoint is sent nothing and queued nothing
        log(id).body("items.size()", equalTo(2))
                .body("items[0].status", equalTo("PENDING")).body("items[0].attempts", equalTo(2))
                .body("items[1].status", equalTo("FAILED"));

        admin().contentType("application/merge-patch+json").header("If-Match", WebhookApiTest.etag(path))
                .body("{\"enabled\": true}").patch(path)
                .then().statusCode(200).body("enabled", equalTo(true));
        receiver.await(7, WAIT);
        Receiver.awaitTrue(() -> "DELIVERED".equals(log(id).extract().path("items[0].status")), WAIT, "delivered");
        log(id).body("items[0].attempts", equalTo(3));
        admin().get(path).then().body("consecutiveFailures", equalTo(0)).body("$", not(hasKey("disabledReason")));
        Set<String> ids = receiver.received().stream().map(Received::id).collect(Collectors.toSet());
        assertEquals(2, ids.size(), "two deliveries, each with its one id over its attempts");
    }

    static io.restassured.response.ValidatableResponse log(String id) {
        return editor().get(WebhookApiTest.WEBHOOKS + "/" + id + "/deliveries").then().statusCode(200);
    }

    /** As a receiver does it, following the Standard Webhooks specification. */
    static void verifySignature(Received received) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
            String signed = received.id() + "." + received.timestamp() + "." + received.body();
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, received.signature());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
