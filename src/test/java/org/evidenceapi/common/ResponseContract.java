package org.evidenceapi.common;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the committed contract (openapi/openapi.json) says of one response, checked: the operation documents its
 * status, documents its media type for that status, and a JSON body is valid against the schema given there
 * (JSON Schema 2020-12, as OpenAPI 3.1 uses it: {@code required}, types, enums, formats). Bodies of other media
 * types (CSV, BibTeX, RIS, formatted text, HTML) are not JSON and are checked only for being documented.
 */
public final class ResponseContract {
    /** Where the document is registered for the validator; schemas refer into it by JSON pointer. */
    private static final String DOCUMENT = "https://contract.evidenceapi.test/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public ResponseContract(String documentText) {
        document = JSON.readTree(documentText);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true).build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT, documentText)).schemaRegistryConfig(config));
        document.path("paths").propertyNames().forEach(path -> templates.add(Template.of(path)));
        // A literal segment beats a parameter: /articles/import before /articles/{idOrSlug}.
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /** The committed document, as the tests run from the project's directory. */
    public static ResponseContract committed() {
        try {
            return new ResponseContract(Files.readString(Path.of("openapi", "openapi.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with this response by the contract, one line each; empty when nothing is, and when the
     * request's path or method is not an operation of the document (/q/health, a route that does not exist).
     * A HEAD is checked as the GET it mirrors, without a body.
     */
    public List<String> violations(String method, String requestPath, int status, String contentType, String body) {
        String verb = "head".equalsIgnoreCase(method) ? "get" : method.toLowerCase(Locale.ROOT);
        Optional<Template> template = templates.stream().filter(t -> t.matches(requestPath)).findFirst();
        if (!METHODS.contains(verb) || template.isEmpty()
                || !document.path("paths").path(template.get().path()).has(verb)) {
            return List.of();
        }
        String operation = verb.toUpperCase(Locale.ROOT) + " " + template.get().path();
        JsonNode response = resolve(document.path("paths").path(template.get().path()).path(verb)
                .path("responses").path(String.valueOf(status)));
        if (response.isMissingNode()) {
            return List.of(operation + " answered " + status + ", a status the operation does not document");
        }
        if (body == null || body.isEmpty() || "head".equalsIgnoreCase(method)) {
            return List.of();
        }
        String media = mediaType(contentType);
        JsonNode content = response.path("content").path(media);
        if (content.isMissingNode()) {
            return List.of(operation + " " + status + " answered " + media + ", a media type it does not document");
        }
        if (!media.endsWith("json") || content.path("schema").isMissingNode() || isDownload(content.path("schema"))) {
            return List.of();
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of(operation + " " + status + " " + media + ": the body is not JSON: " + e.getOriginalMessage());
        }
        List<Error> errors = schema(operation, status, media, content.path("schema")).validate(json);
        return errors.stream().map(e -> operation + " " + status + " " + media + ": " + pointer(e) + " "
                + e.getMessage() + " (" + e.getKeyword() + " at " + e.getSchemaLocation() + ")").toList();
    }

    private Schema schema(String operation, int status, String media, JsonNode schema) {
        return compiled.computeIfAbsent(operation + " " + status + " " + media,
                key -> registry.getSchema(anchored(schema.deepCopy())));
    }

    /** The response's own schema, its references made to point into the registered document. */
    private static JsonNode anchored(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asString().startsWith("#")) {
                object.put("$ref", DOCUMENT + ref.asString());
            }
            object.forEach(ResponseContract::anchored);
        } else if (schema.isArray()) {
            schema.forEach(ResponseContract::anchored);
        }
        return schema;
    }

    /** A response given as {@code $ref: #/components/responses/...}, as the shared error responses are. */
    private JsonNode resolve(JsonNode response) {
        JsonNode ref = response.get("$ref");
        return ref == null ? response : document.at(ref.asString().substring(1));
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String pointer(Error error) {
        String at = error.getInstanceLocation().toString();
        return at.isEmpty() ? "(the body)" : at;
    }

    /** A path of the document as a pattern over request paths: each {parameter} is one segment. */
    private record Template(String path, Pattern pattern, int parameters) {
        static Template of(String path) {
            String[] segments = path.split("/", -1);
            String regex = Arrays.stream(segments).map(s -> s.startsWith("{") ? "[^/]+" : Pattern.quote(s))
                    .collect(Collectors.joining("/"));
            int parameters = (int) Arrays.stream(segments).filter(s -> s.startsWith("{")).count();
            return new Template(path, Pattern.compile(regex), parameters);
        }

        boolean matches(String requestPath) {
            return pattern.matcher(requestPath).matches();
        }
    }

    /** An export's body is a file to the contract ({@code format: binary}), whatever its media type: bytes, no schema. */
    private static boolean isDownload(JsonNode schema) {
        return "binary".equals(schema.path("format").asText());
    }
}
