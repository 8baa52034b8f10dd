package org.evidenceapi.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.evidenceapi.operations.SchemaLocations.Location;

/**
 * The bad-input corpus of one write operation, generated from its schema and example: at every location a value
 * of the wrong JSON type, a null, a missing required value, a value out of its range or past its length, a
 * non-finite number, an injection string where a pattern, format or enumeration constrains the value; and the
 * whole body with a wrong, empty or unparseable Content-Type, or over the size limit.
 */
final class BadInputs {
    /**
     * A request that must be refused: 400 naming {@code field} when it is given, else any listed status. Its path
     * is the operation's target unless {@code path} names another.
     */
    record BadRequest(WriteOperation operation, String what, String path, String contentType, String body,
            String field, List<Integer> statuses) {
        @Override
        public String toString() {
            return operation.operationId() + ": " + what;
        }
    }

    static final List<String> INJECTIONS = List.of("'; DROP TABLE article; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "\u0000");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Integer> MEDIA_TYPE_REFUSALS = List.of(400, 415);

    private final ObjectMapper json;
    private final SchemaLocations schemas;
    private final int bodyLimitBytes;

    BadInputs(ObjectMapper json, SchemaLocations schemas, int bodyLimitBytes) {
        this.json = json;
        this.schemas = schemas;
        this.bodyLimitBytes = bodyLimitBytes;
    }

    List<BadRequest> of(WriteOperation operation) {
        List<BadRequest> corpus = new ArrayList<>(wholeBody(operation));
        for (Location location : schemas.of(operation.schema())) {
            for (JsonNode value : badValues(location)) {
                corpus.add(set(operation, location, value));
            }
            if (location.required() && !operation.isMergePatch() && isIn(operation.example(), location)) {
                corpus.add(set(operation, location, NODES.nullNode()));
                corpus.add(request(operation, "missing " + location.path(), without(operation, location),
                        location.path()));
            }
            if (location.type().equals("array")) {
                ArrayNode withNull = NODES.arrayNode().add(NODES.nullNode());
                corpus.add(set(operation, location, withNull));
            }
        }
        return corpus;
    }

    /**
     * The corpus of an operation taking CSV: wrong media types, and bodies that are not the CSV it reads (empty,
     * JSON, binary noise, a header without its columns, a quote never closed), each a 4xx that writes nothing.
     */
    List<BadRequest> ofCsv(WriteOperation operation) {
        String header = "Record ID,RetractionDate,RetractionDOI,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature";
        String valid = header + "\n1,1/1/2024 0:00,10.9/n,10.9999/none,0,Retraction\n";
        return List.of(
                new BadRequest(operation, "as text/plain", null, "text/plain", valid, null, MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "as application/json", null, "application/json", valid, null,
                        MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "without Content-Type", null, "", valid, null, MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "with an unparseable Content-Type", null, ";;;", valid, null,
                        MEDIA_TYPE_REFUSALS),
                csv(operation, "empty", "", null),
                csv(operation, "JSON", "{\"OriginalPaperDOI\": \"10.1016/j.jpain.2017.11.005\"}", null),
                csv(operation, "binary noise", "\u0000\u0001\u0002\uFFFD\u0000,\"\u0007\n\u0000", null),
                csv(operation, "a header without RetractionNature", header.replace(",RetractionNature", "")
                        + "\n1,1/1/2024 0:00,10.9/n,10.9999/none,0\n", "RetractionNature"),
                csv(operation, "an injection as the header", INJECTIONS.get(0) + "\n" + INJECTIONS.get(1), null),
                csv(operation, "a quote never closed", valid + "2,\"1/1/2024 0:00,never closed\n", null));
    }

    private static BadRequest csv(WriteOperation operation, String what, String body, String field) {
        return new BadRequest(operation, what, null, operation.mediaType(), body, field, List.of(400));
    }

    private List<BadRequest> wholeBody(WriteOperation operation) {
        String example = operation.example().toString();
        String oversize = "{\"padding\": \"" + "x".repeat(bodyLimitBytes) + "\"}";
        return List.of(
                new BadRequest(operation, "as text/plain", null, "text/plain", example, null, MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "as application/xml", null, "application/xml", example, null,
                        MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "without Content-Type", null, "", example, null, MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "with a wildcard Content-Type", null, "*/*", example, null,
                        MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "with an unparseable Content-Type", null, ";;;", example, null,
                        MEDIA_TYPE_REFUSALS),
                new BadRequest(operation, "over the size limit", null, operation.mediaType(), oversize, null,
                        List.of(413)),
                new BadRequest(operation, "not JSON", null, operation.mediaType(), example.substring(1), null,
                        List.of(400)),
                new BadRequest(operation, "two bodies", null, operation.mediaType(), example + example, null,
                        List.of(400)));
    }

    /** Values the schema at {@code location} rules out. */
    private List<JsonNode> badValues(Location location) {
        JsonNode schema = location.schema();
        List<JsonNode> values = new ArrayList<>(wrongTypes(location.type()));
        if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            values.addAll(List.of(text("NOT_A_VALUE"), text(first.toLowerCase()), text(first + "\u0000"),
                    text(" " + first), NODES.numberNode(0)));
        }
        if (schema.has("maxLength")) {
            values.add(text("x".repeat(schema.get("maxLength").asInt() + 1)));
        }
        if (isConstrainedText(schema)) {
            INJECTIONS.stream().filter(injection -> !matches(schema, injection)).map(this::text).forEach(values::add);
        }
        values.addAll(outOfRange(schema));
        return values;
    }

    private List<JsonNode> wrongTypes(String type) {
        return switch (type) {
            case "string" -> List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode());
            case "integer" -> List.of(text("7"), NODES.numberNode(1.5), NODES.booleanNode(true),
                    NODES.numberNode(new java.math.BigDecimal("1e309")));
            case "number" -> List.of(text("7"), NODES.booleanNode(true), text("NaN"), text("Infinity"),
                    NODES.numberNode(new java.math.BigDecimal("1e309")),
                    NODES.numberNode(new java.math.BigDecimal("-1e309")));
            case "boolean" -> List.of(text("true"), NODES.numberNode(1));
            case "array" -> List.of(NODES.objectNode(), text("x"));
            case "object" -> List.of(NODES.arrayNode(), text("x"), NODES.numberNode(1));
            default -> List.of();
        };
    }

    private static List<JsonNode> outOfRange(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        if (schema.has("minimum")) {
            values.add(NODES.numberNode(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
        }
        if (schema.has("exclusiveMinimum")) {
            values.add(NODES.numberNode(schema.get("exclusiveMinimum").decimalValue()));
        }
        if (schema.has("maximum")) {
            values.add(NODES.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
        }
        if (schema.has("exclusiveMaximum")) {
            values.add(NODES.numberNode(schema.get("exclusiveMaximum").decimalValue()));
        }
        return values;
    }

    private static boolean isConstrainedText(JsonNode schema) {
        return schema.path("type").asText().equals("string")
                && (schema.has("pattern") || schema.has("format") || schema.has("enum"));
    }

    private static boolean matches(JsonNode schema, String value) {
        return schema.has("pattern") && !schema.has("format") && !schema.has("enum")
                && Pattern.compile(schema.get("pattern").asText()).matcher(value).find();
    }

    private BadRequest set(WriteOperation operation, Location location, JsonNode value) {
        JsonNode body = operation.example().deepCopy();
        body = put(body, location.segments(), 0, value);
        return request(operation, location.path() + " = " + abbreviate(value.toString()), body, location.path());
    }

    private BadRequest request(WriteOperation operation, String what, JsonNode body, String field) {
        return new BadRequest(operation, what, null, operation.mediaType(), body.toString(), field, List.of(400));
    }

    /** {@code container} with {@code value} at {@code segments[from..]}, creating what is missing on the way. */
    private JsonNode put(JsonNode container, List<Object> segments, int from, JsonNode value) {
        if (from == segments.size()) {
            return value;
        }
        Object segment = segments.get(from);
        if (segment instanceof Integer index) {
            ArrayNode array = container instanceof ArrayNode existing ? existing : NODES.arrayNode();
            while (array.size() <= index) {
                array.add(array.isEmpty() ? NODES.objectNode() : array.get(0).deepCopy());
            }
            array.set(index, put(array.get(index), segments, from + 1, value));
            return array;
        }
        ObjectNode object = container instanceof ObjectNode existing ? existing : NODES.objectNode();
        object.set((String) segment, put(object.get((String) segment), segments, from + 1, value));
        return object;
    }

    private static boolean isIn(JsonNode body, Location location) {
        JsonNode node = body;
        for (Object segment : location.segments()) {
            node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
        }
        return !node.isMissingNode();
    }

    private JsonNode without(WriteOperation operation, Location location) {
        JsonNode body = operation.example().deepCopy();
        List<Object> segments = location.segments();
        JsonNode parent = body;
        for (Object segment : segments.subList(0, segments.size() - 1)) {
            parent = segment instanceof Integer index ? parent.path(index) : parent.path((String) segment);
        }
        if (parent instanceof ObjectNode object) {
            object.remove((String) segments.get(segments.size() - 1));
        }
        return body;
    }

    private JsonNode text(String value) {
        return json.getNodeFactory().textNode(value);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    }
}
