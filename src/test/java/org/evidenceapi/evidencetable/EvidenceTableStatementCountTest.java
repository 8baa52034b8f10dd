package org.evidenceapi.evidencetable;

import static org.evidenceapi.caching.InProcessCaches.uncached;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An evidence table costs five SQL statements, whatever the article's size (no N+1). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceTableStatementCountTest {
    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void importSmallAndLargeArticles() {
        importer.importDocument(TestDocuments.article("evidence-count-small", 3, 3));
        importer.importDocument(TestDocuments.article("evidence-count-large", 200, 200));
    }

    @Test
    void tableCostsTheSameForThreeAndTwoHundredClaims() {
        long small = statements("evidence-count-small", 3);
        long large = statements("evidence-count-large", 200);
        assertEquals(small, large, "statements for 3 claims vs 200 claims");
        assertEquals(6, large, "article, studies, bibliography numbers, claims (three)");
    }

    private long statements(String slug, int rows) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        uncached().get(Api.V1 + "/articles/" + slug + "/evidence").then().statusCode(200).body("rows", hasSize(rows));
        return stats.getPrepareStatementCount();
    }
}
