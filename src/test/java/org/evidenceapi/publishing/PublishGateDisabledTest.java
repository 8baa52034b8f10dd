package org.evidenceapi.publishing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.evidenceapi.publishing.FlawedDocuments.flawed;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.operations.IsolatedLibrary;
import org.junit.jupiter.api.Test;

/** With evidence.publish-gate.enabled=false, articles are published whatever their integrity report says. */
@QuarkusTest
@TestProfile(PublishGateDisabledTest.GateOff.class)
class PublishGateDisabledTest {

    public static class GateOff extends IsolatedLibrary {
        @Override
        protected String database() {
            return "publish_gate_off";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("evidence.publish-gate.enabled", "false");
            return config;
        }
    }

    @Test
    void aFlawedArticleIsPublishedByAnEditorWithoutOverride() {
        editor().contentType(ContentType.JSON)
                .body(flawed("gate-off", ArticleStatus.IN_REVIEW).toString()).post(V1 + "/imports").then()
                .statusCode(201);
        String path = V1 + "/articles/gate-off";
        editor().get(path + "/integrity").then()
                .body("counts.error", equalTo(1));
        String etag = etag(path);

        editor().header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"status\": \"PUBLISHED\"}").patch(path)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get(path).then().statusCode(200);
        editor().get(path + "/revisions").then()
                .body("items[0]", not(hasKey("note")));

        editor().contentType(ContentType.JSON)
                .body(flawed("gate-off-published", ArticleStatus.PUBLISHED).toString()).post(V1 + "/imports").then()
                .statusCode(201).body("status", equalTo("PUBLISHED"));
    }
}
