package org.evidenceapi.article;

import static org.evidenceapi.caching.InProcessCaches.uncached;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.H2Plans;
import org.evidenceapi.common.RecordedStatements;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;

/**
 * A page after a cursor is an index range that starts at the cursor, so a deep page costs what the first page
 * costs: the same statements, and no reading of the rows before the cursor.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleKeysetPageTest {
    private static final Pattern CURSOR_BOUND = Pattern.compile("created_at\\s*<=\\s*\\?");
    /** H2's plan names the index and the conditions it reads a range of; the bound must be one of them. */
    private static final Pattern H2_INDEX_RANGE = Pattern.compile(
            "/\\* PUBLIC\\.ARTICLE_STATUS_(CREATED_DESC_)?IDX: STATUS = \\?\\d+\\s+AND CREATED_AT <= \\?\\d+\\s+\\*/");

    @Inject
    ArticleImporter importer;
    @Inject
    @PersistenceUnitExtension
    RecordedStatements recorded;
    @Inject
    DataSource dataSource;

    @BeforeAll
    void importArticles() {
        for (int i = 1; i <= 3; i++) {
            importer.importDocument(TestDocuments.article("keyset-page-" + i, 1, 1));
        }
    }

    @Test
    void aPageAfterACursorCostsTheStatementsOfTheFirstPage() {
        String cursor = cursor();
        List<String> first = page(Api.V1 + "/articles?limit=2");
        List<String> later = page(Api.V1 + "/articles?limit=2&cursor=" + cursor);
        assertEquals(4, first.size(), String.join("\n", first));
        assertEquals(first.size(), later.size(), String.join("\n", later));
    }

    @Test
    void theCursorIsABoundTheIndexCanStartAt() {
        String keyset = keysetStatement();
        assertTrue(CURSOR_BOUND.matcher(keyset).find(), keyset);
    }

    @Test
    void onH2ThePlanReadsTheStatusIndexFromTheCursorOn() throws SQLException {
        String text = H2Plans.of(dataSource, keysetStatement());
        assertTrue(H2_INDEX_RANGE.matcher(text).find(), text);
    }

    /** Without this, H2 read every published article and sorted them for each first page (seconds at 20,000). */
    @Test
    void onH2TheFirstPageReadsTheStatusIndexInOrderAndStopsAfterThePage() throws SQLException {
        String first = page(Api.V1 + "/articles?limit=2").get(0);
        String text = H2Plans.of(dataSource, first);
        assertTrue(text.contains("PUBLIC.ARTICLE_STATUS_") && text.contains("/* index sorted */"), text);
    }

    /** As "id in (select ...)", a filter made H2 read every article of the status and sort them for each page. */
    @ParameterizedTest
    @ValueSource(strings = {"topic=acupuncture", "author=margaux-loyer", "label=Evidence based"})
    void onH2AFilteredFirstPageReadsTheStatusIndexInOrderToo(String filter) throws SQLException {
        assertReadsInOrder("/articles?limit=2&" + filter, "PUBLIC.ARTICLE_STATUS_");
    }

    /**
     * Without an index led by status for each sort, H2 read every article of the status and sorted them; and for a
     * descending sort without an index in that direction (migration V13), its planner took the first status index.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sort=title", "sort=-title", "sort=updatedAt", "sort=-updatedAt", "sort=createdAt",
            "sort=-createdAt", "level=BEGINNER&sort=-updatedAt", "level=BEGINNER&sort=title"})
    void onH2EachSortReadsAStatusIndexInOrder(String sort) throws SQLException {
        assertReadsInOrder("/articles?limit=2&" + sort, "PUBLIC.ARTICLE_STATUS_");
    }

    private void assertReadsInOrder(String path, String index) throws SQLException {
        var request = uncached();
        String first = recorded.during(() -> request.get(Api.V1 + path).then().statusCode(200)
                .body("items", hasSize(greaterThan(0)))).get(0);
        String text = H2Plans.of(dataSource, first);
        assertTrue(text.contains(index) && text.contains("STATUS = ") && text.contains("/* index sorted */"), text);
    }

    private String cursor() {
        return given().get(Api.V1 + "/articles?limit=2").then().statusCode(200).extract().path("page.nextCursor");
    }

    private List<String> page(String path) {
        var request = uncached();
        return recorded.during(() -> request.get(path).then().statusCode(200)
                .body("items", hasSize(2)));
    }

    /** The statement that selects the page's rows: the first one of a page after a cursor. */
    private String keysetStatement() {
        return page(Api.V1 + "/articles?limit=2&cursor=" + cursor()).get(0);
    }
}
