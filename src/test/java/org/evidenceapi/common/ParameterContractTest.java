package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.badParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parameters as generated clients see them: every enumeration typed, descending sorts named, the sort values
 * the document lists exactly those the service takes, and every operation's parameters in the one documented
 * order (path, required, optional query, optional headers).
 */
@QuarkusTest
class ParameterContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyEnumerationHasAType() throws IOException {
        List<String> untyped = new ArrayList<>();
        document().findParents("enum").forEach(schema -> {
            if (!schema.has("type")) {
                untyped.add(schema.toString());
            }
        });
        assertEquals(List.of(), untyped);
    }

    @Test
    void theSortValuesListedAreTheOnesTheServiceTakes() throws IOException {
        JsonNode document = document();
        int sorted = 0;
        for (var path = document.get("paths").fields(); path.hasNext();) {
            var entry = path.next();
            JsonNode sort = parameter(entry.getValue().path("get"), "sort");
            if (sort == null) {
                continue;
            }
            sorted++;
            JsonNode schema = resolve(document, sort.get("schema"));
            List<String> values = texts(schema.get("enum"));
            String allowed = badParameter(given().queryParam("sort", "nonsense").get(entry.getKey()), entry.getKey(),
                    "sort").extract().path("errors[0].message");
            assertEquals("must be one of " + String.join(", ", values), allowed, entry.getKey());
            assertEquals(values.stream().map(v -> v.startsWith("-") ? capitalised(v.substring(1)) + "Descending"
                    : capitalised(v)).toList(), texts(schema.get("x-enum-varnames")), entry.getKey());
            values.forEach(value -> given().queryParam("sort", value).get(entry.getKey()).then().statusCode(200));
            assertEquals(given().queryParam("sort", schema.get("default").asText()).get(entry.getKey()).asString(),
                    given().get(entry.getKey()).asString(), "the default sort of " + entry.getKey());
        }
        assertEquals(6, sorted, "the six sortable collections");
    }

    @Test
    void parametersArePathThenRequiredThenOptionalQueryThenOptionalHeaders() throws IOException {
        JsonNode document = document();
        List<String> misordered = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey()) || !op.getValue().has("parameters")) {
                return;
            }
            List<JsonNode> given = new ArrayList<>();
            op.getValue().get("parameters").forEach(given::add);
            List<JsonNode> ordered = new ArrayList<>(given);
            ordered.sort(Comparator.comparingInt((JsonNode p) -> group(p))
                    .thenComparingInt(p -> path.getKey().indexOf("{" + p.get("name").asText() + "}"))
                    .thenComparing(p -> p.get("name").asText()));
            if (!names(ordered).equals(names(given))) {
                misordered.add(op.getKey() + " " + path.getKey() + ": " + names(given));
            }
        }));
        assertEquals(List.of(), misordered);
    }

    @Test
    void includeIsAListOfAllowedValuesInTheCommaForm() throws IOException {
        JsonNode document = document();
        JsonNode include = parameter(document.at("/paths/~1api~1v1~1articles~1{idOrSlug}/get"), "include");
        assertEquals("form", include.get("style").asText());
        assertFalse(include.get("explode").asBoolean());
        assertEquals("array", include.at("/schema/type").asText());
        assertEquals(List.of("claims", "studies", "references", "authors", "topics"),
                texts(resolve(document, include.at("/schema/items")).get("enum")));
        assertTrue(include.get("example").isArray(), include.toString());
    }

    private static int group(JsonNode parameter) {
        String in = parameter.get("in").asText();
        boolean required = parameter.path("required").asBoolean();
        if (in.equals("path")) {
            return 0;
        }
        if (required) {
            return in.equals("query") ? 1 : 2;
        }
        return in.equals("query") ? 3 : 4;
    }

    private static List<String> names(List<JsonNode> parameters) {
        return parameters.stream().map(p -> p.get("in").asText() + ":" + p.get("name").asText()).toList();
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema : document.at(ref.substring(1));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
