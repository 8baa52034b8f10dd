package org.evidenceapi.common.persistence;

import static org.evidenceapi.caching.InProcessCaches.uncached;
import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reads load entities read-only and never flush; a write's own reads still leave its changes to be saved. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyTransactionTest {
    private static final String ARTICLE = "/api/v1/articles/read-only-reads";

    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void importArticle() {
        importer.importDocument(TestDocuments.article("read-only-reads", 3, 3));
    }

    @Test
    void readsThroughTheServicesLoadEntitiesWithoutEverFlushing() {
        List<String> reads = List.of(ARTICLE + "?include=claims,studies,references,authors,topics",
                ARTICLE + "/claims", ARTICLE + "/studies", ARTICLE + "/references", ARTICLE + "/evidence",
                "/api/v1/articles", "/api/v1/claims", "/api/v1/studies", "/api/v1/references", "/api/v1/authors",
                "/api/v1/topics", "/api/v1/search?q=read");
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        reads.forEach(path -> uncached().get(path).then().statusCode(200));
        assertTrue(stats.getEntityLoadCount() > 0, "the reads loaded entities");
        assertEquals(0, stats.getFlushCount(), "flushes during " + reads.size() + " reads");
        editor().get(ARTICLE + "/integrity").then().statusCode(200);
        editor().get(ARTICLE + "/revisions").then().statusCode(200);
        assertEquals(0, stats.getFlushCount(), "flushes during the editors' reads");
    }

    @Test
    void aWriteReadingWhatItChangesInItsOwnTransactionStillSavesIt() {
        String id = given().get(ARTICLE + "/claims").then().statusCode(200).extract().path("items[1].id");
        String claim = "/api/v1/claims/" + id;
        Response current = uncached().get(claim);
        String certainty = "HIGH".equals(current.path("certainty")) ? "LOW" : "HIGH";
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        // The claim's writer reads it through the claims' read service before and after changing it.
        editor().header("If-Match", current.header("ETag"))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"certainty\": \"" + certainty + "\"}").patch(claim)
                .then().statusCode(200).body("certainty", equalTo(certainty));
        assertTrue(stats.getFlushCount() > 0, "the write flushed");
        assertTrue(stats.getEntityUpdateCount() > 0, "the write updated the claim");
        uncached().get(claim).then().statusCode(200)
                .body("certainty", equalTo(certainty));
    }
}
