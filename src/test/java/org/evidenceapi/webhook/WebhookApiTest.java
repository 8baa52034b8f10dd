package org.evidenceapi.webhook;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registering, reading, changing and deleting endpoints: admins only, every bad input a 400 naming the field. */
@QuarkusTest
class WebhookApiTest {
    static final String WEBHOOKS = Api.V1 + "/webhooks";
    /** Nothing listens there: these tests send nothing (no change is fired). */
    private static final String TARGET = "http://127.0.0.1:9/hooks";

    @Inject
    WebhookRepository webhooks;

    @AfterEach
    void removeEndpoints() {
        Api.inTransaction(() -> webhooks.deleteAll());
    }

    static String register(String url, String events) {
        return admin().contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"events\": " + events + "}")
                .post(WEBHOOKS).then().statusCode(201).extract().path("id");
    }

    @Test
    void theGeneratedSecretIsShownOnceAndStored() {
        Response created = admin().contentType("application/json")
                .body("{\"url\": \"" + TARGET + "\", \"events\": [\"article.upsert\", \"reference.delete\"]}")
                .post(WEBHOOKS);
        created.then().statusCode(201)
                .header("Location", endsWith(WEBHOOKS + "/" + created.path("id")))
                .body("url", equalTo(TARGET))
                .body("events", contains("article.upsert", "reference.delete"))
                .body("enabled", equalTo(true))
                .body("consecutiveFailures", equalTo(0))
                .body("$", not(hasKey("disabledReason")))
                .body("secret", startsWith("whsec_"));
        String id = created.path("id");
        String secret = created.path("secret");
        assertEquals(secret, Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)).secret));

        admin().get(WEBHOOKS + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("$", not(hasKey("secret")));
        admin().get(WEBHOOKS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items[0]", not(hasKey("secret")));
    }

    @Test
    void aGivenSecretIsKept() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = admin().contentType("application/json")
                .body("{\"url\": \"" + TARGET + "\", \"events\": [\"*\"], \"secret\": \"" + secret + "\"}")
                .post(WEBHOOKS).then().statusCode(201).body("secret", equalTo(secret)).extract().path("id");
        assertEquals(secret, Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)).secret));
    }

    @Test
    void badRegistrationsAreRefusedNamingTheField() {
        refused("{\"url\": \"/relative\", \"events\": [\"*\"]}", "url");
        refused("{\"url\": \"ftp://127.0.0.1/hooks\", \"events\": [\"*\"]}", "url");
        refused("{\"url\": \"not a url\", \"events\": [\"*\"]}", "url");
        refused("{\"events\": [\"*\"]}", "url");
        refused("{\"url\": \"" + TARGET + "\", \"events\": [\"article.upsert\", \"article.created\"]}", "events[1]");
        refused("{\"url\": \"" + TARGET + "\", \"events\": [\"ARTICLE.UPSERT\"]}", "events[0]");
        refused("{\"url\": \"" + TARGET + "\", \"events\": []}", "events");
        refused("{\"url\": \"" + TARGET + "\"}", "events");
        refused("{\"url\": \"" + TARGET + "\", \"events\": [\"*\"], \"secret\": \"s3cret\"}", "secret");
        refused("{\"url\": \"" + TARGET + "\", \"events\": [\"*\"], \"retries\": 3}", "retries");
        refused("{\"url\": \"" + TARGET + "\", \"events\": \"*\"}", "events");
        assertEquals(0L, Api.inTransaction(() -> webhooks.count()));
    }

    private static void refused(String body, String field) {
        Api.problem(admin().contentType("application/json").body(body).post(WEBHOOKS), 400, "Bad Request", WEBHOOKS)
                .body("errors.field", hasItem(field));
    }

    @Test
    void anAdminReEnablesADisabledEndpoint() {
        String id = register(TARGET, "[\"*\"]");
        Api.inTransaction(() -> {
            Webhook webhook = webhooks.findById(UUID.fromString(id));
            webhook.enabled = false;
            webhook.disabledReason = "Disabled after 6 failed attempts in a row; the last: the receiver answered 500";
            webhook.consecutiveFailures = 6;
            return webhook;
        });
        admin().get(WEBHOOKS + "/" + id).then().statusCode(200).body("enabled", equalTo(false))
                .body("disabledReason", startsWith("Disabled after 6 failed attempts"))
                .body("consecutiveFailures", equalTo(6));

        patch(id, "{\"enabled\": true}").then().statusCode(200)
                .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0))
                .body("$", not(hasKey("disabledReason"))).body("$", not(hasKey("secret")));
        Webhook stored = Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)));
        assertEquals(true, stored.enabled);
        assertEquals(0, stored.consecutiveFailures);

        patch(id, "{\"enabled\": false, \"events\": [\"claim.delete\"]}").then().statusCode(200)
                .body("enabled", equalTo(false)).body("events", contains("claim.delete"))
                .body("disabledReason", equalTo(WebhookService.DISABLED_BY_ADMIN));
    }

    @Test
    void aPatchCanReplaceTheSecretButNeverReadsItBack() {
        String id = register(TARGET, "[\"*\"]");
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[40]);
        patch(id, "{\"secret\": \"" + secret + "\"}").then().statusCode(200).body("$", not(hasKey("secret")));
        assertEquals(secret, Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)).secret));
    }

    @Test
    void badPatchesAreRefusedAndChangeNothing() {
        String id = register(TARGET, "[\"article.upsert\"]");
        String path = WEBHOOKS + "/" + id;
        Api.problem(patch(id, "{\"events\": [\"article.upsert\", \"nope\"]}"), 400, "Bad Request", path)
                .body("errors.field", contains("events[1]"));
        Api.problem(patch(id, "{\"url\": \"gopher://127.0.0.1/\"}"), 400, "Bad Request", path)
                .body("errors.field", contains("url"));
        Api.problem(patch(id, "{\"url\": null}"), 400, "Bad Request", path).body("errors.field", contains("url"));
        Api.problem(patch(id, "{\"colour\": \"red\"}"), 400, "Bad Request", path)
                .body("errors.field", contains("colour"));
        Api.problem(patch(id, "[]"), 400, "Bad Request", path);
        Api.problem(admin().contentType("application/json").body("{\"enabled\": true}").patch(path), 415,
                "Unsupported Media Type", path);
        Webhook stored = Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)));
        assertEquals("article.upsert", stored.events);
        assertEquals(TARGET, stored.url);
    }

    @Test
    void changesNameTheEndpointTheyAreBasedOn() {
        String id = register(TARGET, "[\"*\"]");
        String path = WEBHOOKS + "/" + id;
        String stale = etag(path);
        patch(id, "{\"events\": [\"article.upsert\"]}").then().statusCode(200);
        Api.problem(admin().contentType("application/merge-patch+json").body("{\"enabled\": false}").patch(path), 428,
                "Precondition Required", path);
        Api.problem(admin().contentType("application/merge-patch+json").header("If-Match", stale)
                .body("{\"enabled\": false}").patch(path), 412, "Precondition Failed", path);
        Api.problem(admin().delete(path), 428, "Precondition Required", path);
        Api.problem(admin().header("If-Match", stale).delete(path), 412, "Precondition Failed", path);
        Webhook stored = Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)));
        assertEquals(true, stored.enabled);
        assertEquals("article.upsert", stored.events);
    }

    @Test
    void deletedEndpointsAreGone() {
        String id = register(TARGET, "[\"*\"]");
        admin().header("If-Match", etag(WEBHOOKS + "/" + id)).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        Api.notFound(admin().get(WEBHOOKS + "/" + id), WEBHOOKS + "/" + id, id);
        assertFalse(Api.inTransaction(() -> webhooks.findByIdOptional(UUID.fromString(id)).isPresent()));
    }

    @Test
    void unknownAndMalformedIds() {
        String path = WEBHOOKS + "/" + Api.UNKNOWN_ID;
        Api.notFound(admin().get(path), path, Api.UNKNOWN_ID);
        Api.notFound(patch(Api.UNKNOWN_ID, "{\"enabled\": true}"), path, Api.UNKNOWN_ID);
        Api.notFound(admin().delete(path), path, Api.UNKNOWN_ID);
        Api.notFound(editor().get(path + "/deliveries"), path + "/deliveries", Api.UNKNOWN_ID);
        Api.badParameter(admin().get(WEBHOOKS + "/42"), WEBHOOKS + "/42", "id");
    }

    @Test
    void onlyAdminsManageEndpointsAndEditorsReadTheLog() {
        String id = register(TARGET, "[\"*\"]");
        String path = WEBHOOKS + "/" + id;
        String body = "{\"url\": \"" + TARGET + "\", \"events\": [\"*\"]}";
        Api.problem(given().contentType("application/json").body(body).post(WEBHOOKS), 401, "Unauthorized", WEBHOOKS);
        Api.problem(given().get(WEBHOOKS), 401, "Unauthorized", WEBHOOKS);
        Api.problem(given().get(path + "/deliveries"), 401, "Unauthorized", path + "/deliveries");
        Api.problem(editor().contentType("application/json").body(body).post(WEBHOOKS), 403, "Forbidden", WEBHOOKS);
        Api.problem(editor().get(WEBHOOKS), 403, "Forbidden", WEBHOOKS);
        Api.problem(editor().get(path), 403, "Forbidden", path);
        Api.problem(editor().contentType("application/merge-patch+json").body("{\"enabled\": false}").patch(path),
                403, "Forbidden", path);
        Api.problem(editor().delete(path), 403, "Forbidden", path);
        editor().get(path + "/deliveries").then().statusCode(200).body("items.size()", equalTo(0));
        assertEquals(1L, Api.inTransaction(() -> webhooks.count()));
        assertEquals(true, Api.inTransaction(() -> webhooks.findById(UUID.fromString(id)).enabled));
    }

    private static Response patch(String id, String body) {
        String path = WEBHOOKS + "/" + id;
        return admin().contentType("application/merge-patch+json").header("If-Match", etag(path)).body(body)
                .patch(path);
    }

    /** The endpoint's ETag as an admin reads it; "*" (any) for one that does not exist. */
    static String etag(String path) {
        String tag = admin().get(path).header("ETag");
        return tag != null ? tag : "*";
    }
}
