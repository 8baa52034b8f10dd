package org.evidenceapi.operations;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.inject.Inject;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.ResponseContract;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.operations.BadInputs.BadRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The bad-input corpus, generated from the OpenAPI document's request schemas (see {@link BadInputs}), sent to
 * every write operation by an admin with a current If-Match: each request is a 4xx problem (a 400 naming the field
 * that is wrong), nothing an editor can read changes, and the service stays healthy.
 */
@QuarkusTest
@TestProfile(IsolatedLibrary.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** These requests bypass RestAssured, so its contract check; each answer is checked here instead. */
    private static final ResponseContract CONTRACT = ResponseContract.committed();

    @TestHTTPResource("/")
    URI root;
    @Inject
    EvidenceConfig config;

    @Test
    @Order(1)
    void everyBadInputIsRefusedAndNothingIsWritten() throws Exception {
        importSecondArticleSharingPapers();
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").asString());
        int bodyLimit = (int) config.maxBodySize().bytes().asLongValue();
        BadInputs corpus = new BadInputs(JSON, new SchemaLocations(document), bodyLimit);
        WriteTargets targets = WriteTargets.find();
        Map<String, List<Object>> before = LibrarySnapshot.take();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (WriteOperation operation : WriteOperation.all(document)) {
            List<BadRequest> requests = new ArrayList<>(operation.hasBody() ? corpus.of(operation)
                    : operation.takesCsv() ? corpus.ofCsv(operation) : List.of());
            requests.addAll(injectedPathParameters(operation));
            String path = targets.path(operation.path());
            String ifMatch = operation.method().equals("POST") ? null : targets.etag(path);
            for (BadRequest bad : requests) {
                HttpResponse<String> response = send(bad, bad.path() == null ? path : bad.path(), ifMatch);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                sent++;
                refusalProblem(bad, response).ifPresent(failures::add);
                failures.addAll(CONTRACT.violations(bad.operation().method(), response.uri().getRawPath(),
                        response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                        response.body()));
            }
        }

        System.out.printf("Bad-input corpus: %d requests, statuses %s, %d not refused as they should be%n", sent,
                statuses, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " bad requests were not refused "
                + "properly:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(before, LibrarySnapshot.take(), "the corpus changed what an editor can read");
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** Afterwards every article, whatever the corpus tried, can still be read, changed and deleted. */
    @Test
    @Order(2)
    void everyArticleStaysReadableEditableAndDeletable() {
        List<String> articles = LibrarySnapshot.articleKeys(LibrarySnapshot.take());
        assertTrue(articles.size() >= 2, "the demo article and the imported one");
        for (String id : articles) {
            String path = Api.V1 + "/articles/" + id;
            admin().queryParam("include", "claims,studies,references,authors,topics")
                    .get(path).then().statusCode(200);
            admin().accept("application/ld+json").get(path).then().statusCode(200);
            admin().header("If-Match", etag(path))
                    .contentType("application/merge-patch+json").body("{\"subtitle\": \"Still editable\"}")
                    .patch(path).then().statusCode(200);
            admin().header("If-Match", etag(path)).queryParam("hard", true)
                    .delete(path).then().statusCode(204);
            admin().get(path).then().statusCode(404);
        }
        assertEquals(List.of(), LibrarySnapshot.articleKeys(LibrarySnapshot.take()));
    }

    private static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void importSecondArticleSharingPapers() throws IOException {
        editor().contentType("application/json")
                .body(Files.readString(Path.of("src/main/resources/openapi-examples/importArticle.request.json")))
                .post(Api.V1 + "/imports").then().statusCode(201);
    }

    /** Each path parameter replaced by injection strings: refused (400, 404) without reaching the body. */
    private List<BadRequest> injectedPathParameters(WriteOperation operation) {
        if (!operation.path().contains("{")) {
            return List.of();
        }
        String body = operation.hasBody() ? operation.example().toString() : "";
        return BadInputs.INJECTIONS.stream().map(injection -> new BadRequest(operation, "path " + injection,
                operation.path().replaceAll("\\{[^}]+}", URLEncoder.encode(injection, StandardCharsets.UTF_8)
                        .replace("+", "%20")), operation.mediaType(), body, null, List.of(400, 404))).toList();
    }

    private HttpResponse<String> send(BadRequest bad, String path, String ifMatch)
            throws IOException, InterruptedException {
        String body = bad.body();
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .method(bad.operation().method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", Tokens.admin());
        if (bad.contentType() != null && !bad.contentType().isEmpty()) {
            request.header("Content-Type", bad.contentType());
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Why {@code response} is not the refusal {@code bad} deserves, if it is not. */
    private static java.util.Optional<String> refusalProblem(BadRequest bad, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!bad.statuses().contains(status) || !type.startsWith(Api.PROBLEM_JSON)) {
            return java.util.Optional.of(bad + " -> " + status + " " + type + " " + abbreviate(response.body()));
        }
        if (bad.field() != null && !namesField(response.body(), bad.field())) {
            return java.util.Optional.of(bad + " -> 400 that does not name " + bad.field() + ": "
                    + abbreviate(response.body()));
        }
        return java.util.Optional.empty();
    }

    /** The problem names {@code field}, a path inside it, or the object or list that holds it. */
    private static boolean namesField(String problem, String field) {
        try {
            JsonNode body = JSON.readTree(problem);
            for (JsonNode error : body.path("errors")) {
                String named = error.path("field").asText();
                if (isWithin(named, field) || isWithin(field, named)) {
                    return true;
                }
            }
            return body.path("detail").asText().contains("'" + field + "'");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isWithin(String inner, String outer) {
        return inner.equals(outer) || !outer.isEmpty()
                && (inner.startsWith(outer + ".") || inner.startsWith(outer + "["));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
