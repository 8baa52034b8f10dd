package org.evidenceapi.retractionwatch;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.problem;
import static org.evidenceapi.retractionwatch.RetractionWatchUploadTest.UPLOAD;
import static org.evidenceapi.retractionwatch.RetractionWatchUploadTest.csv;
import static org.evidenceapi.retractionwatch.RetractionWatchUploadTest.row;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.operations.IsolatedLibrary;
import org.junit.jupiter.api.Test;

/**
 * The upload's own body limit (here 8K), declared by Content-Length or reached while a chunked body streams in: a
 * 413 problem naming the setting, and nothing applied. Every other route keeps the service's limit (1M).
 */
@QuarkusTest
@TestProfile(RetractionWatchLimitTest.SmallLimit.class)
class RetractionWatchLimitTest {
    private static final String PAPER = "10.1186/s12991-021-00327-5";
    private static final String SETTING = "evidence.retraction-watch.max-upload-size";

    public static class SmallLimit extends IsolatedLibrary {
        @Override
        protected String database() {
            return "retraction_watch_limit";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put(SETTING, "8K");
            return config;
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedAtOnce() {
        problem(RetractionWatchUploadTest.upload(overLimit()), 413, "Request Entity Too Large", UPLOAD)
                .body("detail", containsString("8K")).body("detail", containsString(SETTING));
        unchanged();
    }

    @Test
    void aChunkedBodyIsRefusedWhenItOutgrowsTheLimit() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve(UPLOAD))
                .header("Authorization", Tokens.admin()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(overLimit().getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Api.PROBLEM_JSON));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertEquals(413, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains(SETTING), response.body());
        unchanged();
    }

    @Test
    void otherRoutesKeepTheServiceLimit() {
        String padding = "x".repeat(20_000);
        admin().contentType("application/json")
                .body("{\"title\": \"" + padding + "\"}").post(V1 + "/references").then().statusCode(400);
        problem(admin().contentType("application/json")
                .body("{\"title\": \"" + "x".repeat(1_100_000) + "\"}").post(V1 + "/references"), 413,
                "Request Entity Too Large", V1 + "/references").body("detail", containsString("(1M)"));
        RetractionWatchUploadTest.upload(csv(row("10.9/n", "1/1/2024 0:00", "10.9999/none", "Retraction")))
                .then().statusCode(200).body("unmatched", equalTo(1));
    }

    /** A retraction of a stored paper first, then unmatched rows past the limit. */
    private static String overLimit() {
        String filler = row("10.9/n", "1/1/2024 0:00", "10.9999/none", "Retraction");
        String[] rows = new String[2 + 8192 / filler.length()];
        rows[0] = row("10.1186/notice.1", "1/1/2024 0:00", PAPER, "Retraction");
        for (int i = 1; i < rows.length; i++) {
            rows[i] = filler;
        }
        return csv(rows);
    }

    private static void unchanged() {
        given().queryParam("doi", PAPER).get(V1 + "/references").then().statusCode(200)
                .body("items[0].updateStatus", equalTo("NONE")).body("items[0].updateNoticeDate", nullValue());
    }
}
