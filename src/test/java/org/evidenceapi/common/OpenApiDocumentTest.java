package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/) is what the code generates. When this fails, regenerate with
 * {@code ./mvnw -B package -DskipTests} and commit openapi/.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final String HOW_TO_FIX = "openapi/ differs from the code: run ./mvnw -B package -DskipTests "
            + "and commit openapi/";

    @Test
    void committedYamlIsWhatTheCodeGenerates() throws IOException {
        assertEquals(Files.readString(Path.of("target/openapi-test/openapi.yaml")),
                Files.readString(Path.of("openapi/openapi.yaml")), HOW_TO_FIX);
    }

    @Test
    void committedJsonIsWhatTheCodeGenerates() throws IOException {
        assertEquals(Files.readString(Path.of("target/openapi-test/openapi.json")),
                Files.readString(Path.of("openapi/openapi.json")), HOW_TO_FIX);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedCompletely() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        assertTrue(paths.size() >= 12, "paths: " + paths.keySet());
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String name = method + " " + path;
            for (String field : List.of("operationId", "summary", "description", "tags")) {
                assertTrue(op.containsKey(field), name + " lacks " + field);
            }
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            boolean read = method.equals("get");
            List<String> expected = read ? List.of("304", "400", "406", "500") : List.of("400", "500");
            if (op.containsKey("security")) {
                expected = new ArrayList<>(expected);
                expected.addAll(List.of("401", "403"));
            }
            for (String status : expected) {
                assertTrue(responses.containsKey(status), name + " lacks response " + status);
            }
            if (op.containsKey("requestBody")) {
                assertTrue(responses.containsKey("413"), name + " lacks response 413");
                assertTrue(responses.containsKey("415"), name + " lacks response 415");
                Map<String, Map<String, Object>> bodies = (Map<String, Map<String, Object>>)
                        ((Map<String, Object>) op.get("requestBody")).get("content");
                assertTrue(bodies.values().stream().anyMatch(body -> body.containsKey("examples")),
                        name + " has no example request");
            }
            Map<String, Object> ok = (Map<String, Object>) responses.getOrDefault("200", responses.get("201"));
            if (ok == null) {
                assertTrue(method.equals("delete") && responses.containsKey("204"), name + " has no success response");
                return;
            }
            Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) ok.get("content");
            assertTrue(content.containsKey("application/json"), name + " has no JSON response");
            content.forEach((type, media) ->
                    assertTrue(media.containsKey("examples"), name + " has no example response for " + type));
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
            parameters.stream().filter(p -> !"If-None-Match".equals(p.get("name"))).forEach(p ->
                    assertTrue(p.containsKey("description"), name + " parameter " + p.get("name") + " undocumented"));
        }));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
