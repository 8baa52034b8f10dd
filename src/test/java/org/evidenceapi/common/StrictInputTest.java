package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.evidenceapi.editing.MergePatch;

/**
 * Bodies are read as the contract types them: every coercion Jackson would allow is a 400 naming the field and
 * the type it must have, and nothing is written. (BadInputCorpusTest sends the same kinds of value everywhere.)
 */
@QuarkusTest
class StrictInputTest {
    @Inject
    ObjectMapper json;

    static Stream<Arguments> coercions() {
        return Stream.of(
                Arguments.of("{\"status\": 0}", "status", "must be one of"),
                Arguments.of("{\"level\": 0}", "level", "must be one of"),
                Arguments.of("{\"level\": \"BEGINNER\\u0000\"}", "level", "must be one of"),
                Arguments.of("{\"level\": \" BEGINNER\"}", "level", "must be one of"),
                Arguments.of("{\"title\": 12345}", "title", "must be a string"),
                Arguments.of("{\"title\": true}", "title", "must be a string"),
                Arguments.of("{\"seriesPart\": 1.5}", "seriesPart", "must be a whole number"),
                Arguments.of("{\"seriesPart\": \"7\"}", "seriesPart", "must be a whole number"),
                Arguments.of("{\"publishedAt\": \"\"}", "publishedAt", "must be a date-time"),
                Arguments.of("{\"publishedAt\": []}", "publishedAt", "must be a date-time"),
                Arguments.of("{\"publishedAt\": 1700000000}", "publishedAt", "must be a date-time"),
                Arguments.of("{\"labels\": [\"a\", null]}", "labels[1]", "must not be null"),
                Arguments.of("{\"title\": \"a\\u0000b\"}", "title", "must not contain the NUL character"),
                Arguments.of("{\"labels\": [\"a\\u0000\"]}", "labels[0]", "must not contain the NUL character"),
                Arguments.of("{\"sections\": [{\"blocks\": [{\"type\": \"LIST\", \"items\": [null, \"b\"]}]}]}",
                        "sections[0].blocks[0].items[0]", "must not be null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coercions")
    void aPatchThatNeedsACoercionIsRefused(String patch, String field, String message) {
        String before = editor().get(SEED_PATH).asString();
        refused(editor().header("If-Match", "*")
                .contentType(MergePatch.MEDIA_TYPE).body(patch).patch(SEED_PATH), field, message);
        editor().get(SEED_PATH).then().body(equalTo(before));
    }

    static Stream<Arguments> nonFiniteNumbers() {
        return Stream.of(Arguments.of("1e309"), Arguments.of("-1e309"), Arguments.of("\"NaN\""),
                Arguments.of("\"Infinity\""));
    }

    @ParameterizedTest(name = "value {0}")
    @MethodSource("nonFiniteNumbers")
    void aNumberThatIsNotFiniteIsRefused(String value) {
        String study = Api.seedStudyId("Individual patient data");
        refused(editor().header("If-Match", "*")
                .contentType(MergePatch.MEDIA_TYPE)
                .body("{\"outcomes\": [{\"name\": \"pain\", \"effect\": {\"metric\": \"MEAN_DIFFERENCE\", \"value\": "
                        + value + "}}]}")
                .patch(V1 + "/studies/" + study), "outcomes[0].effect.value", "must be a finite number");
    }

    @Test
    void anImportWithANullInAListWritesNothing() {
        ObjectNode document = json.valueToTree(TestDocuments.article("strict-null-item", 1, 1));
        document.withArray("references").addNull();
        refused(editor().contentType("application/json")
                .body(document.toString()).post(V1 + "/imports"), "references[1]", "must not be null");
        editor().get(V1 + "/articles/strict-null-item").then().statusCode(404);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"", "*/*", "application/*"})
    void aBodyWithoutAConcreteContentTypeIsA415Problem(String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + V1
                        + "/topics")).header("Authorization", Tokens.editor())
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\": \"strict\", \"name\": \"S\"}"));
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Api.PROBLEM_JSON));
        assertTrue(response.body().contains("Content-Type"), response.body());
        given().get(V1 + "/topics/strict").then().statusCode(404);
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() {
        String padding = "x".repeat(1024 * 1024 + 1);
        editor().contentType("application/json")
                .body(new java.io.ByteArrayInputStream(("{\"slug\": \"chunky\", \"name\": \"" + padding + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post(V1 + "/topics").then().statusCode(413).contentType(startsWith(Api.PROBLEM_JSON))
                .body("detail", containsString("larger than this service accepts"));
    }

    @Test
    void aNulCharacterInTheUriIsA400Problem() {
        given().urlEncodingEnabled(false).get(V1 + "/articles?label=a%00b").then().statusCode(400)
                .contentType(startsWith(Api.PROBLEM_JSON)).body("detail", containsString("NUL"));
    }

    @Test
    void anOverlongUriIsA414Problem() {
        given().get(V1 + "/articles/" + "a".repeat(10_000)).then().statusCode(414)
                .contentType(startsWith(Api.PROBLEM_JSON)).body("status", equalTo(414));
    }

    private static ValidatableResponse refused(io.restassured.response.Response response, String field,
            String message) {
        return response.then().statusCode(400).contentType(startsWith(Api.PROBLEM_JSON))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", startsWith(message));
    }
}
