package org.evidenceapi.integrity;

import static org.evidenceapi.caching.InProcessCaches.uncached;
import static io.restassured.RestAssured.given;
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

/** An integrity report costs seven SQL statements, whatever the article's size (no N+1). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityStatementCountTest {
    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void importSmallAndLargeArticles() {
        importer.importDocument(TestDocuments.article("integrity-count-small", 3, 3));
        importer.importDocument(TestDocuments.article("integrity-count-large", 200, 250));
    }

    @Test
    void reportCostsTheSameForThreeAndTwoHundredClaims() {
        long small = statements("integrity-count-small");
        long large = statements("integrity-count-large");
        assertEquals(small, large, "statements for 3 claims vs 200 claims");
        assertEquals(8, large, "article, study memberships, studies, claims (three), bibliography, body");
    }

    @Test
    void theSeedsReportCostsNoMore() {
        assertEquals(statements("integrity-count-small"), statements(Api.SEED));
    }

    private long statements(String slug) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        uncached().get(Api.V1 + "/articles/" + slug + "/integrity").then().statusCode(200);
        return stats.getPrepareStatementCount();
    }
}
