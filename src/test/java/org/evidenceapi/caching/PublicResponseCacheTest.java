package org.evidenceapi.caching;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Anonymous reads are answered again from memory, byte for byte and header for header as the resource answered
 * them, until a write changes what they show; callers with credentials and comment lists always reach the
 * resources.
 */
@QuarkusTest
class PublicResponseCacheTest {
    private static final String EXPANDED = "?include=claims,studies,references,authors,topics";

    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void aRepeatedReadIsTheSameAnswerFromMemoryWithoutTheDatabase() {
        importer.importDocument(TestDocuments.article("kept-twice", 2, 2));
        String path = "/api/v1/articles/kept-twice" + EXPANDED;
        Response first = given().header("Origin", "https://app.example.org").get(path);
        first.then().statusCode(200);
        double hits = hits();
        sessionFactory.getStatistics().clear();

        Response second = given().header("Origin", "https://app.example.org").get(path);

        assertEquals(hits + 1, hits(), "the second read is a cache hit");
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "no SQL for a hit");
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(representationHeaders(first), representationHeaders(second));
        second.then().header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Request-Id", not(first.header("X-Request-Id")));
    }

    @Test
    void aHitAnswersIfNoneMatchWith304() {
        String path = kept("kept-conditional");
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        double hits = hits();
        given().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString())
                .header("ETag", etag).header("Cache-Control", containsString("public"))
                .header("Vary", "Accept, Accept-Encoding, Authorization").header("Content-Type", nullValue());
        assertEquals(hits + 1, hits());
    }

    @Test
    void aHitIsCompressedLikeAnyAnswer() {
        String path = cached("kept-compressed");
        double hits = hits();
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(raw).header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                .header("Content-Encoding", "gzip");
        assertEquals(hits + 1, hits());
    }

    @Test
    void aHitCarriesTheCallersRequestId() {
        String path = cached("kept-request-id");
        double hits = hits();
        given().header("X-Request-Id", "front-end-7").get(path).then().statusCode(200)
                .header("X-Request-Id", "front-end-7");
        assertEquals(hits + 1, hits());
    }

    @Test
    void aWriteIsSeenByTheVeryNextRead() {
        importer.importDocument(TestDocuments.article("kept-then-changed", 1, 1));
        String path = "/api/v1/articles/kept-then-changed";
        Response before = given().get(path);
        given().get(path).then().body("title", equalTo(before.path("title")));

        String etag = etag(path);
        editor().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"title\": \"A title changed a moment ago\"}").patch(path).then().statusCode(200);

        Response after = given().get(path);
        after.then().statusCode(200).body("title", equalTo("A title changed a moment ago"));
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        given().header("If-None-Match", before.header("ETag")).get(path).then().statusCode(200);
    }

    @Test
    void eachAcceptedRepresentationIsKeptApart() {
        importer.importDocument(TestDocuments.article("kept-apart", 1, 1));
        String path = "/api/v1/articles/kept-apart";
        for (int i = 0; i < 2; i++) {
            given().accept("application/ld+json").get(path).then().statusCode(200)
                    .contentType("application/ld+json").body("'@type'", equalTo("MedicalScholarlyArticle"));
            given().accept("application/json").get(path).then().statusCode(200)
                    .contentType("application/json").body("slug", equalTo("kept-apart"));
        }
    }

    /** The format parameter is part of the URL the answer is kept under: BibTeX is never the answer to RIS. */
    @Test
    void eachFormatIsKeptApart() {
        importer.importDocument(TestDocuments.article("kept-formats", 1, 1));
        String path = "/api/v1/articles/kept-formats";
        for (int i = 0; i < 2; i++) {
            given().queryParam("format", "bibtex").get(path + "/bibliography").then().statusCode(200)
                    .contentType(containsString("application/x-bibtex")).body(startsWith("@"));
            given().queryParam("format", "ris").get(path + "/bibliography").then().statusCode(200)
                    .contentType(containsString("application/x-research-info-systems")).body(startsWith("TY  - "));
            given().get(path + "/references").then().statusCode(200).contentType("application/json")
                    .body("items[0].number", equalTo(1));
            given().get(path + "/linked-data").then().statusCode(200)
                    .contentType("application/ld+json").body("'@type'", equalTo("MedicalScholarlyArticle"));
            given().get(path).then().statusCode(200).contentType("application/json").body("slug", equalTo("kept-formats"));
        }
    }

    /** An editor's read of a draft is not kept for the anonymous callers after them. */
    @Test
    void aDraftAnEditorReadStaysHiddenFromOthers() {
        importer.importDocument(TestDocuments.article("kept-draft", 1, 1, ArticleStatus.DRAFT));
        String path = "/api/v1/articles/kept-draft";
        given().get(path).then().statusCode(404);
        editor().get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        given().get(path).then().statusCode(404);
    }

    @Test
    void callersWithCredentialsAlwaysReachTheResources() {
        String path = cached("kept-public");
        double hits = hits();
        editor().get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        assertEquals(hits, hits(), "the editor's request was not answered from the cache");
    }

    /** After a change drops a page, the requests that come while it is made again wait for it: it is made once. */
    @Test
    void concurrentReadsOfADroppedPageMakeItOnce() throws Exception {
        String path = kept("kept-coalesced") + "/claims"; // not also behind the article documents' cache
        InProcessCaches.uncached();
        sessionFactory.getStatistics().clear();
        String alone = given().get(path).then().statusCode(200).extract().asString();
        long once = sessionFactory.getStatistics().getPrepareStatementCount();

        InProcessCaches.changedElsewhere("article:kept-coalesced");
        sessionFactory.getStatistics().clear();
        ExecutorService readers = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(readers.submit(() -> {
                    start.await();
                    return given().get(path).then().statusCode(200).extract().asString();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals(alone, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(once, sessionFactory.getStatistics().getPrepareStatementCount(), "made once for 16 readers");
    }

    /** no-cache asks to check with the origin: this cache is the origin's, and knows of every change. */
    @Test
    void noCacheRequestsAreAnsweredByTheOriginsOwnCache() {
        String path = cached("kept-no-cache");
        double hits = hits();
        given().header("Cache-Control", "no-cache").get(path).then().statusCode(200);
        assertEquals(hits + 1, hits(), "the no-cache request was answered from the cache");
    }

    /** The path of a new published article of one claim. */
    private String kept(String slug) {
        importer.importDocument(TestDocuments.article(slug, 1, 1));
        return "/api/v1/articles/" + slug;
    }

    /** The path of a new published article, read once so that the cache holds it. */
    private String cached(String slug) {
        String path = kept(slug);
        given().get(path).then().statusCode(200);
        return path;
    }

    /** The representation's headers: all but those of the exchange itself. */
    private static Map<String, String> representationHeaders(Response response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.headers()) {
            if (!header.getName().equalsIgnoreCase("X-Request-Id")) {
                headers.merge(header.getName(), header.getValue(), (a, b) -> a + "\n" + b);
            }
        }
        return headers;
    }

    private static double hits() {
        return InProcessCaches.responseHits();
    }
}
