package org.evidenceapi.webhook;

import static org.evidenceapi.common.Api.admin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

/** With the production settings, registering an http or internal target is a 400 naming the url (TargetGuardTest has the cases). */
@QuarkusTest
@TestProfile(StrictTargets.class)
class StrictTargetsTest {
    @Inject
    WebhookRepository webhooks;

    @Test
    void httpAndInternalTargetsAreRefused() {
        refused("http://93.184.216.34/hooks", "must use https");
        refused("https://127.0.0.1:8443/hooks", "resolves to 127.0.0.1");
        refused("https://169.254.169.254/latest/meta-data", "resolves to 169.254.169.254");
        refused("https://[fd00::1]/hooks", "resolves to fd00:");
        assertEquals(0L, Api.inTransaction(() -> webhooks.count()));
    }

    private static void refused(String url, String message) {
        Api.problem(admin().contentType("application/json").body("{\"url\": \"" + url + "\", \"events\": [\"*\"]}")
                .post(WebhookApiTest.WEBHOOKS), 400, "Bad Request", WebhookApiTest.WEBHOOKS)
                .body("errors.field", contains("url"))
                .body("errors[0].message", startsWith(message));
    }
}
