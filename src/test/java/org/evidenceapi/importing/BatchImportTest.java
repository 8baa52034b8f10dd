package org.evidenceapi.importing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.reference.ReferenceRepository;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BatchImportTest {
    private static final String BATCH = "/api/v1/imports/batch";

    @Inject
    ObjectMapper json;
    @Inject
    ReferenceRepository references;

    @Test
    void aBatchWritesEveryArticleInOrderSharingTheirCommonPaperInOneRevision() {
        ArrayNode batch = batch("batch-ok", 3);
        for (JsonNode doc : batch) {
            ((ObjectNode) doc.get("references").get(1)).put("doi", "10.5555/batch-ok.shared");
        }
        long before = referenceCount();

        Response imported = post(Tokens.editor(), batch.toString());
        imported.then().statusCode(200).contentType(ContentType.JSON)
                .body("count", equalTo(3))
                .body("articles.slug", equalTo(List.of("batch-ok-0", "batch-ok-1", "batch-ok-2")))
                .body("articles[0].location", startsWith("http"))
                .body("articles[0].location", containsString("/api/v1/articles/" + imported.path("articles[0].id")))
                .body("articles[0].import.references.outcome", equalTo(List.of("CREATED", "CREATED")))
                .body("articles[0].import.studies.outcome", equalTo(List.of("CREATED", "CREATED")))
                .body("articles[2].import.references.outcome", equalTo(List.of("CREATED", "MATCHED")))
                .body("articles[2].import.references[1].matchedBy", equalTo("DOI"))
                // the shared paper's summary is the same study each time: the first document's is linked
                .body("articles[2].import.studies.outcome", equalTo(List.of("CREATED", "REUSED")))
                .body("articles[2].import.studies[1].summaryId", equalTo(imported.path("articles[0].import.studies[1].summaryId")))
                // each document titles the shared paper after itself: the first one's title stays, the others are warned
                .body("articles[2].import.warnings.field", equalTo(List.of("title")))
                .body("articles[2].import.warnings[0].stored", equalTo("Paper 2 for batch-ok-0"))
                .body("articles[2].import.warnings[0].document", equalTo("Paper 2 for batch-ok-2"));

        assertEquals(before + 3 + 1, referenceCount(), "each article's own paper, and one shared");
        String shared = given().get("/api/v1/references?doi=10.5555/batch-ok.shared").then().body("items", hasSize(1))
                .body("items[0].title", equalTo("Paper 2 for batch-ok-0")).extract().path("items[0].id");
        assertEquals(shared, imported.path("articles[1].import.references[1].referenceId"));
        List<Integer> revisions = IntStream.range(0, 3).mapToObj(i -> {
            String path = "/api/v1/articles/batch-ok-" + i;
            given().get(path + "?include=claims,references").then().statusCode(200)
                    .body("title", equalTo("Test article batch-ok-" + i)).body("claims", hasSize(3))
                    .body("references[1].reference.id", equalTo(shared));
            return editor().get(path + "/revisions").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].change", equalTo("CREATED"))
                    .extract().<Integer>path("items[0].revision");
        }).toList();
        assertEquals(1, revisions.stream().distinct().count(), "one revision for the whole batch: " + revisions);
    }

    @Test
    void aBatchLongerThanOneQuerySliceIsIndexedWholeAndPlacedInItsTopics() {
        // the search index reads what a batch wrote in slices of 50 ids (InLists): 60 articles span two slices
        post(Tokens.editor(), batch("quillomb", 60).toString()).then().statusCode(200).body("count", equalTo(60));

        List<String> found = given().queryParam("q", "quillomb").queryParam("kind", "ARTICLE")
                .queryParam("topic", "test-topic").queryParam("limit", 100).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("items.article.slug", String.class);
        assertEquals(IntStream.range(0, 60).mapToObj(i -> "quillomb-" + i).collect(Collectors.toSet()),
                Set.copyOf(found));
    }

    @Test
    void authorsAndTopicsNewToTheLibraryAreWrittenOnceForTheBatch() {
        ArrayNode batch = batch("batch-people", 2);
        for (JsonNode doc : batch) {
            ((ObjectNode) doc.get("authors").get(0)).put("slug", "batch-author");
            ((ArrayNode) doc.get("article").get("authors")).set(0, "batch-author");
        }
        post(Tokens.editor(), batch.toString()).then().statusCode(200);
        given().get("/api/v1/articles/batch-people-0?include=authors").then().body("authors[0].slug", equalTo("batch-author"));
        given().get("/api/v1/articles/batch-people-1?include=authors").then().body("authors[0].slug", equalTo("batch-author"));
        given().get("/api/v1/authors/batch-author").then().statusCode(200).body("name", equalTo("Test Author"));
    }

    @Test
    void everyProblemOfEveryDocumentIsNamedByIndexAndPathAndNothingIsWritten() {
        ArrayNode batch = batch("batch-bad", 4);
        ((ObjectNode) batch.get(1).get("claims").get(2)).put("statement", "");
        // [0] is impossible; a citation beyond the bibliography would be a flaw stored and reported instead
        ((ArrayNode) batch.get(1).get("claims").get(0).get("citations")).set(0, 0);
        ((ObjectNode) batch.get(3).get("references").get(0)).put("doi", "not a doi");
        ((ObjectNode) batch.get(2).get("article")).put("slug", "batch-bad-0");
        long before = referenceCount();

        post(Tokens.editor(), batch.toString()).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("The batch has 4 problem(s); nothing was written."))
                .body("errors.field", equalTo(List.of("[1].claims[0].citations[0]", "[1].claims[2].statement",
                        "[2].article.slug", "[3].references[0].doi")))
                .body("errors[2].message", equalTo("is also the slug of document 0 of this batch"));

        given().get("/api/v1/articles/batch-bad-0").then().statusCode(404);
        assertEquals(before, referenceCount());
    }

    @Test
    void slugsOfExistingArticlesAreAConflictNamingEachDocument() {
        post(Tokens.editor(), batch("batch-taken", 1).toString()).then().statusCode(200);
        ArrayNode batch = batch("batch-taken", 3);
        post(Tokens.editor(), batch.toString()).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(List.of("[0].article.slug")))
                .body("detail", containsString("nothing was written"));
        given().get("/api/v1/articles/batch-taken-1").then().statusCode(404);
    }

    @Test
    void emptyNullAndNonArrayBodiesAreRefused() {
        post(Tokens.editor(), "[]").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("at least one article document"));
        post(Tokens.editor(), "[null]").then().statusCode(400)
                .body("errors[0].field", equalTo("[0]")).body("errors[0].message", equalTo("must not be null"));
        post(Tokens.editor(), batch("batch-object", 1).get(0).toString()).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
        post(Tokens.editor(), "[{\"article\": {\"slug\": \"x\", \"colour\": \"red\"}}]").then().statusCode(400)
                .body("errors[0].field", equalTo("[0].article.colour"));
    }

    @Test
    void moreDocumentsThanTheLimitAreRefusedWith413() {
        ArrayNode batch = json.createArrayNode();
        IntStream.range(0, 101).forEach(i -> batch.addObject().putObject("article").put("slug", "batch-many-" + i));
        post(Tokens.editor(), batch.toString()).then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("The batch holds 101 documents; at most 100 are accepted per request."));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413() {
        String padding = "x".repeat(1024 * 1024);
        post(Tokens.editor(), "[{\"article\": {\"summary\": \"" + padding + "\"}}]").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void onlyJsonIsAccepted() {
        editor().contentType("application/x-ndjson")
                .body("{}\n{}\n".getBytes(StandardCharsets.UTF_8))
                .post(BATCH).then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void withoutAnEditorTokenNothingIsWritten() {
        String batch = batch("batch-anonymous", 1).toString();
        post(null, batch).then().statusCode(401).contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer");
        post(Tokens.reader(), batch).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/articles/batch-anonymous-0").then().statusCode(404);
    }

    /** {@code size} test documents, slugs {@code prefix-0}, {@code prefix-1}, ..., as a JSON array to edit. */
    private ArrayNode batch(String prefix, int size) {
        ArrayNode batch = json.createArrayNode();
        IntStream.range(0, size).forEach(i -> batch.add(json.valueToTree(TestDocuments.article(prefix + "-" + i, 3, 2))));
        return batch;
    }

    private long referenceCount() {
        return Api.<Long>inTransaction(references::count);
    }

    private static Response post(String token, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.post(BATCH);
    }
}
