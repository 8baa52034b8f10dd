package org.evidenceapi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The check every test's responses go through finds what breaks the contract, so a clean walk means something. */
@Tag("unit")
class ResponseContractTest {
    private static final ResponseContract CONTRACT = ResponseContract.committed();
    private static final String TOPICS = Api.V1 + "/topics";
    private static final String TOPIC = "{\"id\": \"01a20d8a-0000-7000-8000-000000000000\", \"slug\": \"acupuncture\", "
            + "\"name\": \"Acupuncture\"}";

    @Test
    void aResponseAsDocumentedPasses() {
        assertEquals(List.of(), topics(200, "application/json", page(TOPIC, "{\"limit\": 20}")));
    }

    @Test
    void aMissingRequiredFieldIsNamedWithItsPlace() {
        String violation = single(topics(200, "application/json",
                page("{\"id\": \"01a20d8a-0000-7000-8000-000000000000\", \"name\": \"Acupuncture\"}", "{\"limit\": 20}")));
        assertTrue(violation.startsWith("GET /api/v1/topics 200 application/json: /items/0 "), violation);
        assertTrue(violation.contains("slug") && violation.contains("required"), violation);
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPlace() {
        String violation = single(topics(200, "application/json", page(TOPIC, "{\"limit\": \"20\"}")));
        assertTrue(violation.contains("/page/limit") && violation.contains("type"), violation);
    }

    @Test
    void aNullIsAViolation() {
        String violation = single(topics(200, "application/json",
                page(TOPIC.replace("}", ", \"description\": null}"), "{\"limit\": 20}")));
        assertTrue(violation.contains("/items/0/description") && violation.contains("type"), violation);
    }

    @Test
    void anUndocumentedStatusIsAViolation() {
        assertEquals(List.of("GET /api/v1/topics answered 418, a status the operation does not document"),
                topics(418, "application/json", "{}"));
    }

    @Test
    void anUndocumentedMediaTypeIsAViolation() {
        assertEquals(List.of("GET /api/v1/topics 200 answered text/plain, a media type it does not document"),
                topics(200, "text/plain", "acupuncture"));
    }

    /** The shared error responses are $refs to components/responses; their problem bodies are checked too. */
    @Test
    void aProblemWithoutTitleIsAViolation() {
        String violation = single(CONTRACT.violations("GET", TOPICS + "/acupuncture", 404,
                "application/problem+json", "{\"type\": \"about:blank\", \"status\": 404, \"detail\": \"No topic.\"}"));
        assertTrue(violation.startsWith("GET /api/v1/topics/{idOrSlug} 404 application/problem+json: (the body) "),
                violation);
        assertTrue(violation.contains("title"), violation);
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals(List.of("POST /api/v1/imports/batch answered 418, a status the operation does not document"),
                CONTRACT.violations("POST", Api.V1 + "/imports/batch", 418, "application/json", "{}"));
    }

    @Test
    void whatTheDocumentDoesNotDescribeIsLeftAlone() {
        assertEquals(List.of(), CONTRACT.violations("GET", "/q/health", 200, "application/json", "{\"status\": 1}"));
        assertEquals(List.of(), CONTRACT.violations("OPTIONS", TOPICS, 204, null, ""));
    }

    /** What the contract shows a client as an answer, the shared error responses' included, is one it allows. */
    @Test
    void everyExampleResponseIsValid() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Files.readString(Path.of("openapi", "openapi.json")));
        List<String> violations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    JsonNode shared = response.getValue().path("$ref");
                    JsonNode answer = shared.isTextual() ? document.at(shared.asText().substring(1)) : response.getValue();
                    answer.path("content").fields().forEachRemaining(media -> media.getValue().path("examples")
                            .forEach(example -> violations.addAll(CONTRACT.violations(op.getKey(), path.getKey(),
                                    Integer.parseInt(response.getKey()), media.getKey(), text(example.path("value"))))));
                })));
        assertEquals(List.of(), violations);
    }

    /** JSON examples are JSON values in the document; the others (BibTeX, CSV, ...) are strings. */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static List<String> topics(int status, String contentType, String body) {
        return CONTRACT.violations("GET", TOPICS, status, contentType, body);
    }

    private static String page(String item, String page) {
        return "{\"items\": [" + item + "], \"page\": " + page + "}";
    }

    private static String single(List<String> violations) {
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }
}
