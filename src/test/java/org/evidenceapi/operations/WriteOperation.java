package org.evidenceapi.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A write operation as the OpenAPI document states it: method, path template, the media type and schema of its
 * body (null for DELETE) and the body of its first example.
 */
record WriteOperation(String method, String path, String operationId, String mediaType, JsonNode schema,
        JsonNode example) {

    private static final String CSV = "text/csv";
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    /** Every write operation of the document; for several body media types, the JSON one. */
    static List<WriteOperation> all(JsonNode document) {
        List<WriteOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : WRITES) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(of(method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private static WriteOperation of(String method, String path, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        String operationId = operation.get("operationId").asText();
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (type.endsWith("json")) {
                JsonNode body = content.get(type);
                JsonNode example = body.path("examples").elements().next().get("value");
                return new WriteOperation(method, path, operationId, type, body.get("schema"), example);
            }
        }
        // A CSV body (the Retraction Watch upload): no JSON schema to vary, so BadInputs#ofCsv sends its own corpus.
        if (content.has(CSV)) {
            return new WriteOperation(method, path, operationId, CSV, null, null);
        }
        return new WriteOperation(method, path, operationId, null, null, null);
    }

    boolean takesCsv() {
        return CSV.equals(mediaType);
    }

    boolean hasBody() {
        return schema != null;
    }

    boolean isMergePatch() {
        return "application/merge-patch+json".equals(mediaType);
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + path + ")";
    }
}
