package org.evidenceapi.article;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleWriteTest {
    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    ArticleRepository articles;
    @Inject
    ClaimRepository claims;
    @Inject
    ArticleImporter importer;

    @Test
    void editorCreatesADraftAnsweredWith201LocationAndEtag() {
        Response created = editor().contentType(ContentType.JSON).body(article("write-create", "DRAFT"))
                .post(ARTICLES);
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("publishedAt", nullValue())
                .body("readingTimeMinutes", equalTo(1)).body("sections[0].blocks[0].text", equalTo("Words."));
        assertEquals(created.header("ETag"), Api.etag(created.header("Location")));
        editor().get(ARTICLES + "/write-create?include=authors,topics").then()
                .body("authors[0].slug", equalTo("margaux-loyer")).body("topics[0].slug", equalTo("acupuncture"));
        given().get(ARTICLES + "/write-create").then().statusCode(404);
    }

    @Test
    void invalidCreatesAreRefusedAndWriteNothing() {
        editor().contentType(ContentType.JSON).body(article("write-published", "PUBLISHED")).post(ARTICLES).then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("status"));
        editor().contentType(ContentType.JSON)
                .body(article("write-nobody", "DRAFT").replace("margaux-loyer", "no-such-author")).post(ARTICLES)
                .then().statusCode(400).body("errors[0].field", equalTo("authors[0]"));
        editor().contentType(ContentType.JSON).body(article("health-benefits-of-acupuncture-part-1", "DRAFT"))
                .post(ARTICLES).then().statusCode(409).body("errors[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body(article("write-anonymous", "DRAFT")).post(ARTICLES).then()
                .statusCode(401);
        given().header("Authorization", Tokens.reader()).contentType(ContentType.JSON)
                .body(article("write-reader", "DRAFT")).post(ARTICLES).then().statusCode(403);
        for (String slug : List.of("write-published", "write-nobody", "write-anonymous", "write-reader")) {
            assertEquals(0, count(() -> articles.count("slug", slug)), slug);
        }
        assertEquals(1, count(() -> articles.count("slug", "health-benefits-of-acupuncture-part-1")));
    }

    @Test
    void writesNeedTheCurrentEtag() {
        create("write-etag");
        String etag = etag("write-etag");
        String body = article("write-etag", "DRAFT").replace("A title", "New title");
        editor().contentType(ContentType.JSON).body(body).put(ARTICLES + "/write-etag").then()
                .statusCode(428).contentType(Problem.MEDIA_TYPE).body("detail", containsString("If-Match"));
        editor().header("If-Match", "\"stale\"").contentType(ContentType.JSON).body(body)
                .put(ARTICLES + "/write-etag").then().statusCode(412).contentType(Problem.MEDIA_TYPE);
        assertEquals("A title", editor().get(ARTICLES + "/write-etag").path("title"), "nothing written");

        Response replaced = editor().header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put(ARTICLES + "/write-etag");
        replaced.then().statusCode(200).body("title", equalTo("New title")).body("version", equalTo(1));
        assertNotEquals(etag, replaced.header("ETag"));
        assertEquals(replaced.header("ETag"), etag("write-etag"));
        editor().header("If-Match", etag).contentType(ContentType.JSON).body(body).put(ARTICLES + "/write-etag")
                .then().statusCode(412);
    }

    @Test
    void mergePatchFollowsTheWorkflowAndTheServerSetsPublishedAt() {
        create("write-flow");
        patch("write-flow", "{\"status\": \"PUBLISHED\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("cannot go from DRAFT to PUBLISHED"));
        patch("write-flow", "{\"status\": \"IN_REVIEW\", \"subtitle\": \"Reviewed\"}").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("subtitle", equalTo("Reviewed"));
        patch("write-flow", "{\"status\": \"PUBLISHED\", \"subtitle\": null}").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue())
                .body("subtitle", nullValue());
        given().get(ARTICLES + "/write-flow?include=authors").then().statusCode(200)
                .body("authors[0].slug", equalTo("margaux-loyer"));
        String published = given().get(ARTICLES + "/write-flow").header("ETag");
        String answered = Api.etag(ARTICLES + "/write-flow");
        assertEquals(published, answered, "anonymous and editor read the same representation");
        patch("write-flow", "{\"publishedAt\": \"2001-01-01T00:00:00Z\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
        patch("write-flow", "{\"colour\": \"red\"}").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        editor().header("If-Match", etag("write-flow")).contentType(ContentType.JSON).body("{\"title\": \"x\"}")
                .patch(ARTICLES + "/write-flow").then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    /** The ETag a write answers with is the one the stored article has: it can name the next write. */
    @Test
    void eachWriteAnswersWithTheEtagOfWhatWasStored() {
        create("write-chain");
        String etag = etag("write-chain");
        for (String patch : List.of("{\"status\": \"IN_REVIEW\"}", "{\"status\": \"PUBLISHED\"}",
                "{\"title\": \"Chained\"}")) {
            Response changed = editor().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE).body(patch)
                    .patch(ARTICLES + "/write-chain");
            changed.then().statusCode(200);
            etag = changed.header("ETag");
            assertEquals(etag("write-chain"), etag, "after " + patch);
        }
        editor().header("If-Match", etag).delete(ARTICLES + "/write-chain").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void deleteArchivesAndOnlyAdminsDeleteForGood() {
        importer.importDocument(TestDocuments.article("write-delete", 3, 2));
        String etag = etag("write-delete");
        editor().header("If-Match", etag).delete(ARTICLES + "/write-delete").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        given().get(ARTICLES + "/write-delete").then().statusCode(404);
        given().get(ARTICLES + "?limit=100").then().body("items.slug", not(hasItem("write-delete")));

        editor().header("If-Match", etag("write-delete")).delete(ARTICLES + "/write-delete?hard=true").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE);
        admin().header("If-Match", etag("write-delete"))
                .delete(ARTICLES + "/write-delete?hard=true").then().statusCode(204);
        editor().get(ARTICLES + "/write-delete").then().statusCode(404);
        assertEquals(0, count(() -> claims.count("articleId in (select a.id from Article a where a.slug = ?1)", "write-delete")));
    }

    /** Writers racing with the same ETag: exactly one wins each round, the others get 412, nothing is lost. */
    @Test
    void concurrentWritersFromTheSameEtagNeverLoseAnUpdate() throws Exception {
        create("write-race");
        int threads = 8;
        int rounds = 5;
        int successes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                String etag = etag("write-race");
                long version = editor().get(ARTICLES + "/write-race").<Integer>path("version");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> attempts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String title = "round " + round + " writer " + t;
                    attempts.add(pool.submit((Callable<Response>) () -> {
                        start.await();
                        return editor().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE)
                                .body("{\"title\": \"" + title + "\"}").patch(ARTICLES + "/write-race");
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (Future<Response> attempt : attempts) {
                    Response response = attempt.get();
                    int status = response.statusCode();
                    if (status == 200) {
                        winners.add(response.path("title"));
                    } else {
                        assertEquals(412, status, response.asString());
                    }
                }
                assertEquals(1, winners.size(), "round " + round + " winners: " + winners);
                editor().get(ARTICLES + "/write-race").then().body("title", equalTo(winners.get(0)))
                        .body("version", equalTo((int) version + 1));
                successes += winners.size();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(rounds, successes);
        // the history holds the creation and exactly one change per round: no write slipped through unseen
        editor().get(ARTICLES + "/write-race/revisions?limit=100").then().statusCode(200)
                .body("items", hasSize(1 + rounds));
    }

    private void create(String slug) {
        editor().contentType(ContentType.JSON).body(article(slug, "DRAFT")).post(ARTICLES).then().statusCode(201);
    }

    private static Response patch(String slug, String patch) {
        return editor().header("If-Match", etag(slug)).contentType(MergePatch.MEDIA_TYPE).body(patch)
                .patch(ARTICLES + "/" + slug);
    }

    private static String etag(String slug) {
        return Api.etag(ARTICLES + "/" + slug);
    }

    private static String article(String slug, String status) {
        return """
                {"slug": "%s", "title": "A title", "level": "BEGINNER", "status": "%s", "labels": ["Test"],
                 "authors": ["margaux-loyer"], "topics": ["acupuncture"],
                 "sections": [{"heading": null, "blocks": [{"type": "PARAGRAPH", "text": "Words."}]}]}
                """.formatted(slug, status);
    }

    private static long count(java.util.function.LongSupplier query) {
        return QuarkusTransaction.requiringNew().call(query::getAsLong);
    }
}
