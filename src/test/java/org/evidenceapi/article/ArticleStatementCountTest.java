package org.evidenceapi.article;

import static org.evidenceapi.caching.InProcessCaches.uncached;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reads cost a fixed number of SQL statements, whatever the size of what they read (no N+1). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleStatementCountTest {
    private static final String EVERYTHING = "?include=claims,studies,references,authors,topics";

    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void importSmallAndLargeArticles() {
        importer.importDocument(TestDocuments.article("count-small", 3, 3));
        importer.importDocument(TestDocuments.article("count-large", 200, 200));
    }

    @Test
    void expandedArticleCostsNineStatementsWhateverItsSizeAndNoneOnceCached() {
        long small = statements("/api/v1/articles/count-small" + EVERYTHING, "claims", 3);
        long large = statements("/api/v1/articles/count-large" + EVERYTHING, "claims", 200);
        assertEquals(small, large, "statements for 3 claims vs 200 claims");
        assertEquals(9, large, "nine to build the document");
        sessionFactory.getStatistics().clear();
        given().get("/api/v1/articles/count-large" + EVERYTHING).then().statusCode(200).body("claims", hasSize(200));
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(),
                "a read of a kept document costs no statement (the content version is held in memory)");
    }

    /** The article with labels, its authors (with credentials), its topics and its body: one statement each. */
    @Test
    void articleWithItsAuthorsAndTopicsCostsFourStatementsWhateverItsSize() {
        assertEquals(4, statements("/api/v1/articles/count-small", "authors", 1));
        assertEquals(4, statements("/api/v1/articles/count-large", "topics", 1));
    }

    @Test
    void nestedPagesCostTheSameForSmallAndLargeArticles() {
        Map<String, Integer> expected = Map.of("claims", 7, "references", 3, "studies", 3);
        expected.forEach((nested, count) -> {
            long small = statements("/api/v1/articles/count-small/" + nested + "?limit=100", "items", 3);
            long large = statements("/api/v1/articles/count-large/" + nested + "?limit=100", "items", 100);
            assertEquals(count.longValue(), small, nested + " of 3");
            assertEquals(count.longValue(), large, nested + " of 100");
        });
    }

    @Test
    void articleListPageCostsFourStatementsForOneArticleOrMany() {
        assertEquals(4, statements("/api/v1/articles?limit=1", "items", 1));
        assertEquals(4, statements("/api/v1/articles?limit=100", "items", -1));
    }

    /** What the resource costs, with no in-process cache answering in its place. */
    private long statements(String path, String listField, int expectedSize) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        var response = uncached().get(path).then().statusCode(200);
        if (expectedSize >= 0) {
            response.body(listField, hasSize(expectedSize));
        }
        return stats.getPrepareStatementCount();
    }
}
