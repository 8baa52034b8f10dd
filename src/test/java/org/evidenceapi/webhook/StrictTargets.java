package org.evidenceapi.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The SSRF guard as production has it: https only, no internal addresses. */
public class StrictTargets implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("evidence.webhooks.allow-http", "false", "evidence.webhooks.allow-private-targets", "false");
    }
}
