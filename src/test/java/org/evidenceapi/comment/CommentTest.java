package org.evidenceapi.comment;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentTest {
    private static final String SEED_COMMENTS = "/api/v1/articles/health-benefits-of-acupuncture-part-1/comments";
    private static final String EMAIL = "private.reader@example.org";

    @Inject
    PostingLimit limit;
    @Inject
    ArticleImporter importer;

    /** Every log record the service emits while this class runs, formatted as a log line would show it. */
    private static final List<String> LOG_LINES = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOG_LINES.add(new SimpleFormatter().format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void captureLogs() {
        Logger.getLogger("").addHandler(CAPTURE);
    }

    /** Posting, refusing, rate-limiting and moderating above never put the e-mail into a log line. */
    @AfterAll
    static void noLogLineCarriesTheEmail() {
        Logger.getLogger("org.evidenceapi.comment").info("capture check");
        Logger.getLogger("").removeHandler(CAPTURE);
        assertTrue(LOG_LINES.stream().anyMatch(line -> line.contains("capture check")), "the capture works");
        assertEquals(List.of(), LOG_LINES.stream().filter(line -> line.contains(EMAIL)).toList());
    }

    @BeforeEach
    void fullAllowance() {
        limit.reset();
    }

    @Test
    void aNewCommentIsHeldForModeration() {
        Response posted = post(SEED_COMMENTS, "Reader One", "Held for moderation.");
        posted.then().statusCode(201).body("status", equalTo("PENDING")).body("articleId", equalTo(seedId()));
        assertFalse(posted.asString().contains(EMAIL));
        String id = posted.path("id");
        given().get(SEED_COMMENTS + "?limit=100").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyAModeratorReadsACommentAndItsEmail() {
        String comment = "/api/v1/comments/" + pending("Reader One", "For moderators only.");
        given().get(comment).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        editor().get(comment).then().statusCode(200).body("email", equalTo(EMAIL))
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void theModerationListCarriesNoEmail() {
        String id = pending("Reader One", "Listed for moderators.");
        editor().get("/api/v1/comments?limit=100").then()
                .body("items.id", hasItem(id)).body(not(containsString(EMAIL)));
    }

    @Test
    void anApprovedCommentIsListedWithoutItsEmail() {
        String id = pending("Reader One", "To be approved.");
        editor().header("If-Match", etag("/api/v1/comments/" + id))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"status\": \"APPROVED\"}").patch("/api/v1/comments/" + id)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        Response published = given().get(SEED_COMMENTS + "?limit=100");
        published.then().statusCode(200).body("items.id", hasItem(id));
        assertFalse(published.asString().contains(EMAIL), "no public list carries an e-mail");
    }

    @Test
    void aReaderMayNotModerate() {
        String id = pending("Reader Two", "Not for readers.");
        given().header("Authorization", Tokens.reader()).get("/api/v1/comments/" + id).then().statusCode(403);
    }

    @Test
    void moderationWithoutIfMatchIsRefused() {
        String id = pending("Reader Two", "To be marked.");
        editor().contentType(MergePatch.MEDIA_TYPE)
                .body("{\"status\": \"SPAM\"}").patch("/api/v1/comments/" + id).then().statusCode(428);
    }

    @Test
    void moderationWithAStaleTagIsRefused() {
        String id = pending("Reader Two", "To be marked.");
        editor().header("If-Match", "\"old\"").contentType(MergePatch.MEDIA_TYPE)
                .body("{\"status\": \"SPAM\"}").patch("/api/v1/comments/" + id).then().statusCode(412);
    }

    @Test
    void aStatusACommentCannotHaveIsRefusedAndNothingChanges() {
        String id = pending("Reader Two", "To be marked.");
        editor().header("If-Match", etag("/api/v1/comments/" + id)).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"status\": \"PUBLISHED\"}").patch("/api/v1/comments/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        editor().get("/api/v1/comments/" + id).then()
                .body("status", equalTo("PENDING"));
    }

    @Test
    void badCommentsAreRefusedWithoutEchoingTheEmailAndNothingIsWritten() {
        long before = comments();
        Response bad = given().contentType(ContentType.JSON)
                .body("{\"authorName\": \"\", \"email\": \"not-an-address@\", \"body\": \"\"}").post(SEED_COMMENTS);
        bad.then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        assertEquals(3, bad.jsonPath().getList("errors").size());
        assertFalse(bad.asString().contains("not-an-address@"));
        given().contentType(ContentType.JSON).body("{\"authorName\": \"X\", \"email\": \"" + EMAIL
                + "\", \"body\": \"Hi\", \"website\": \"spam\"}").post(SEED_COMMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("website"));
        assertEquals(before, comments());
    }

    @Test
    void draftsTakeNoComments() {
        importer.importDocument(TestDocuments.article("comment-draft", 1, 1, ArticleStatus.DRAFT));
        post("/api/v1/articles/comment-draft/comments", "Reader", "Early.").then().statusCode(404);
        given().get("/api/v1/articles/comment-draft/comments").then().statusCode(404);
    }

    @Test
    void eachAddressMayPostALimitedNumberOfComments() {
        for (int i = 0; i < 5; i++) {
            post(SEED_COMMENTS, "Busy reader", "Comment " + i).then().statusCode(201);
        }
        long before = comments();
        Response refused = post(SEED_COMMENTS, "Busy reader", "One too many");
        refused.then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("at most 5 per 10 minutes"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 120, "one post refills in 2 minutes: " + retryAfter);
        assertEquals(before, comments());
    }

    private static Response post(String path, String name, String body) {
        return given().contentType(ContentType.JSON).body("""
                {"authorName": "%s", "email": "%s", "body": "%s"}
                """.formatted(name, EMAIL, body)).post(path);
    }

    /** The id of a new comment on the seed article, awaiting moderation. */
    private static String pending(String name, String body) {
        return post(SEED_COMMENTS, name, body).then().statusCode(201).extract().path("id");
    }

    private static String seedId() {
        return given().get("/api/v1/articles/health-benefits-of-acupuncture-part-1").path("id");
    }

    private static long comments() {
        return QuarkusTransaction.requiringNew().call(() -> Comment.count());
    }
}
