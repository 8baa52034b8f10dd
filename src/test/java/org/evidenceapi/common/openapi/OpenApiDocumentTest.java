package org.evidenceapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.openapi.OpenApiContract;

/**
 * The committed contract (openapi/) is, byte for byte, the document the service serves, and says what clients
 * generated from it need to be told truthfully: no host of ours (the one server is the serving host), one
 * security scheme, the security of each operation, nothing beside a $ref, and examples that stay strings in YAML. When the comparison fails,
 * regenerate with {@code ./mvnw -B package -DskipTests} and commit openapi/.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final String HOW_TO_FIX = "openapi/ differs from the code: run ./mvnw -B package -DskipTests "
            + "and commit openapi/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads YAML and JSON (a JSON text is YAML) alike, as the JSON data model. */
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Writes anyone may make: readers comment without an account. */
    private static final Set<String> PUBLIC_WRITES = Set.of("postComment");
    private static final JsonNode REQUIRED = JSON.createArrayNode().add(JSON.createObjectNode()
            .set(OpenApiContract.BEARER, JSON.createArrayNode()));
    private static final JsonNode OPTIONAL = JSON.createArrayNode().add(JSON.createObjectNode())
            .add(JSON.createObjectNode().set(OpenApiContract.BEARER, JSON.createArrayNode()));

    /** CI checks that the build left openapi/ unchanged; the test build stores its document here. */
    @Test
    void committedFilesAreWhatTheBuildStores() throws IOException {
        for (String file : List.of("openapi.yaml", "openapi.json")) {
            assertEquals(committed(file), Files.readString(Paths.get("target/openapi-test", file)), HOW_TO_FIX);
        }
    }

    /**
     * Whole documents, every key and value: the service re-reads its document at startup, so only the order of
     * keys may differ. The served ones are left in target/openapi-served/ for a diff.
     */
    @Test
    void committedDocumentsAreWhatTheServiceServes() throws IOException {
        Files.createDirectories(Paths.get("target/openapi-served"));
        for (String format : List.of("yaml", "json")) {
            String served = served(format);
            Files.writeString(Paths.get("target/openapi-served", "openapi." + format), served);
            assertEquals(YAML.readTree(committed("openapi." + format)), YAML.readTree(served), HOW_TO_FIX);
        }
        assertEquals(JSON.readTree(committed("openapi.json")), YAML.readTree(committed("openapi.yaml")),
                "openapi.yaml and openapi.json say different things");
    }

    /**
     * A generated client would default to a listed host; the service can run anywhere, so the one server is the
     * relative "/": the host serving the document.
     */
    @Test
    void namesOnlyTheServingHost() throws IOException {
        JsonNode servers = document().path("servers");
        assertEquals(1, servers.size(), "servers: " + servers);
        assertEquals("/", servers.path(0).path("url").asText(), "servers: " + servers);
    }

    @Test
    void hasOneSecuritySchemeBearer() throws IOException {
        List<String> schemes = new ArrayList<>();
        document().path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(List.of(OpenApiContract.BEARER), schemes);
    }

    /** Writes need a token (but a comment); reads take an optional one, editor-only reads a required one. */
    @Test
    void everyOperationDeclaresItsSecurity() throws IOException {
        operations(document()).forEach((name, op) -> {
            JsonNode security = op.path("security");
            String id = op.path("operationId").asText();
            if (name.startsWith("get ") || PUBLIC_WRITES.contains(id)) {
                assertTrue(security.equals(OPTIONAL) || security.equals(REQUIRED), name + " security: " + security);
            } else {
                assertEquals(REQUIRED, security, name + " must require a bearer token");
            }
        });
    }

    /** What the contract says of each operation is what the code enforces: required exactly where @RolesAllowed. */
    @Test
    void securityIsRequiredExactlyWhereRolesAreChecked() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        operations(document()).values().forEach(op -> byId.put(op.path("operationId").asText(), op.path("security")));
        Map<String, Boolean> restricted = restrictedOperations();
        assertEquals(byId.keySet(), restricted.keySet(), "operations documented vs implemented");
        restricted.forEach((id, roles) ->
                assertEquals(roles ? REQUIRED : OPTIONAL, byId.get(id), id + " security"));
    }

    /**
     * An optional token that decides what a read shows (drafts) is verified: a bad one is the 401 the contract
     * lists, not a silent anonymous answer; a valid one shows drafts.
     */
    @Test
    void anOptionalTokenIsVerifiedWhereItShowsMore() {
        for (String token : List.of("Bearer not.a.jwt", Tokens.expired())) {
            given().header("Authorization", token).get(Api.V1 + "/articles?limit=1").then().statusCode(401);
        }
        editor().get(Api.V1 + "/articles?status=DRAFT&limit=1")
                .then().statusCode(200);
    }

    /** Generators warn about, or drop, keywords written beside a $ref. */
    @Test
    void noRefHasSiblings() throws IOException {
        List<String> offenders = new ArrayList<>();
        walk(document(), "#", (node, at) -> {
            if (node.has("$ref") && node.size() > 1) {
                offenders.add(at);
            }
        });
        assertEquals(List.of(), offenders);
    }

    /** YAML 1.1 readers load an unquoted 2026-11-24T12:47:46Z as a date; every example is a JSON value. */
    @Test
    void yamlHoldsNoDates() throws IOException {
        for (String yaml : List.of(committed("openapi.yaml"), served("yaml"))) {
            List<String> dates = new ArrayList<>();
            findDates(new Yaml().load(yaml), "#", dates);
            assertEquals(List.of(), dates, "values a YAML reader loads as dates");
        }
    }

    @Test
    void everyOperationIsDocumentedCompletely() throws IOException {
        Map<String, JsonNode> operations = operations(document());
        assertTrue(operations.size() >= 12, "operations: " + operations.keySet());
        operations.forEach(this::assertDocumented);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private void assertDocumented(String name, JsonNode op) {
        for (String field : List.of("operationId", "summary", "description", "tags")) {
            assertTrue(op.has(field), name + " lacks " + field);
        }
        JsonNode responses = op.path("responses");
        JsonNode content = (responses.has("200") ? responses.get("200") : responses.path("201")).path("content");
        boolean export = !content.isMissingNode() && !content.has("application/json"); // Accept plays no part
        List<String> expected = new ArrayList<>(name.startsWith("get ")
                ? List.of("304", "400", "401", "500") : List.of("400", "401", "500"));
        if (export) {
            assertTrue(!responses.has("406"), name + " produces any type, so never answers 406");
        } else {
            expected.add("406");
        }
        if (op.path("security").equals(REQUIRED)) {
            expected.add("403");
        }
        for (String status : expected) {
            assertTrue(responses.has(status), name + " lacks response " + status);
        }
        if (op.has("requestBody")) {
            assertTrue(responses.has("413"), name + " lacks response 413");
            assertTrue(responses.has("415"), name + " lacks response 415");
            assertTrue(anyHas(op.path("requestBody").path("content"), "examples"), name + " has no example request");
        }
        JsonNode ok = responses.has("200") ? responses.get("200") : responses.get("201");
        if (ok == null) {
            assertTrue(name.startsWith("delete ") && responses.has("204"), name + " has no success response");
            return;
        }
        // JSON, or for the exports (exportReference, getArticleLinkedData, ...) a JSON-based type among theirs
        assertTrue(hasJson(ok.path("content")), name + " has no JSON response");
        ok.path("content").fields().forEachRemaining(media ->
                assertTrue(media.getValue().has("examples"), name + " has no example response for " + media.getKey()));
        op.path("parameters").forEach(p -> assertTrue(p.has("description")
                || "If-None-Match".equals(p.path("name").asText()), name + " parameter " + p.get("name") + " undocumented"));
    }

    private static boolean hasJson(JsonNode content) {
        for (Iterator<String> types = content.fieldNames(); types.hasNext();) {
            String type = types.next();
            if (type.equals("application/json") || type.endsWith("+json")) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHas(JsonNode content, String field) {
        for (JsonNode media : content) {
            if (media.has(field)) {
                return true;
            }
        }
        return false;
    }

    private static String committed(String file) throws IOException {
        return Files.readString(Paths.get("openapi", file));
    }

    private static String served(String format) {
        return given().get("/q/openapi?format=" + format).then().statusCode(200).extract().asString();
    }

    private static JsonNode document() throws IOException {
        return JSON.readTree(served("json"));
    }

    /** Every operation, keyed "method path". */
    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    /** Each documented resource method's operationId, and whether it (or its class) is @RolesAllowed. */
    private static Map<String, Boolean> restrictedOperations() throws IOException {
        Map<String, Boolean> restricted = new HashMap<>();
        java.nio.file.Path classes = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                Class<?> type = load(classes.relativize(file).toString());
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation != null && !operation.hidden()) {
                        restricted.put(operation.operationId(), method.isAnnotationPresent(RolesAllowed.class)
                                || type.isAnnotationPresent(RolesAllowed.class));
                    }
                }
            }
        }
        return restricted;
    }

    private static Class<?> load(String classFile) {
        String name = classFile.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(JsonNode node, String at, BiConsumer<JsonNode, String> visitor) {
        if (node.isObject()) {
            visitor.accept(node, at);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), at + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visitor);
            }
        }
    }

    private static void findDates(Object value, String at, List<String> into) {
        if (value instanceof Date date) {
            into.add(at + " = " + date.toInstant());
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> findDates(member, at + "/" + key, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                findDates(list.get(i), at + "/" + i, into);
            }
        }
    }
}
