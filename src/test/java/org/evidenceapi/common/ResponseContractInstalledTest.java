package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every @QuarkusTest's requests go through the contract check: a walk that checked nothing would pass silently. */
@QuarkusTest
class ResponseContractInstalledTest {
    @Test
    void restAssuredChecksEveryResponse() {
        assertTrue(RestAssured.filters().contains(ResponseContractFilter.INSTANCE), "filters: " + RestAssured.filters());
    }

    /** A topic as the service sends it, against a contract that also requires a field no topic has. */
    @Test
    void aResponseThatBreaksTheContractFailsTheRequest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        (document.withObject("/components/schemas/Topic").withArray("required")).add("colour");
        String doctored = json.writeValueAsString(document);
        AssertionError failure = assertThrows(AssertionError.class, () -> given()
                .filter(new ResponseContractFilter(() -> new ResponseContract(doctored)))
                .get(Api.V1 + "/topics/acupuncture"));
        assertTrue(failure.getMessage().contains("GET /api/v1/topics/{idOrSlug} 200 application/json: (the body) ")
                && failure.getMessage().contains("colour"), failure.getMessage());
    }
}
