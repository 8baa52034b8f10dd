package org.evidenceapi.claim;

import static org.evidenceapi.caching.InProcessCaches.uncached;
import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.H2Plans;
import org.evidenceapi.common.Pages;
import org.evidenceapi.common.RecordedStatements;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public claim list hides claims of unpublished articles without reading every claim of the library: the page's
 * rows come from an index in order, and reading stops after the page.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimListPageTest {
    private static final String PATH = "/api/v1/claims";

    @Inject
    ArticleImporter importer;
    @Inject
    @PersistenceUnitExtension
    RecordedStatements recorded;
    @Inject
    DataSource dataSource;

    @BeforeAll
    void importPublishedAndDraftArticles() {
        importer.importDocument(TestDocuments.article("claim-list-published", 3, 2));
        importer.importDocument(TestDocuments.article("claim-list-draft", 3, 2, ArticleStatus.DRAFT));
    }

    @Test
    void anonymousPagesHoldPublishedClaimsOnly() {
        List<String> listed = Pages.keys(Pages.forward(PATH, Map.of("limit", 100), "id"));
        List<String> published = given().get(PATH + "?article=claim-list-published").then().statusCode(200)
                .body("items", hasSize(3)).extract().path("items.id");
        List<String> drafts = editor().get(PATH + "?article=claim-list-draft")
                .then().statusCode(200).body("items", hasSize(3)).extract().path("items.id");
        assertTrue(listed.containsAll(published), "published claims listed");
        assertFalse(drafts.stream().anyMatch(listed::contains), "a draft's claims listed to anonymous callers");
    }

    /** With a join on the article, H2 read every published article's claims and sorted them for each page. */
    @Test
    void onH2TheFirstPageReadsTheCreationIndexInOrder() throws SQLException {
        String plan = H2Plans.of(dataSource, firstStatement(PATH + "?limit=2"));
        assertTrue(plan.contains("PUBLIC.CLAIM_CREATED_IDX") && plan.contains("/* index sorted */"), plan);
    }

    @Test
    void onH2AFilteredPageReadsItsFiltersIndexInOrder() throws SQLException {
        String plan = H2Plans.of(dataSource, firstStatement(PATH + "?limit=2&certainty=MODERATE"));
        assertTrue(plan.contains("PUBLIC.CLAIM_CERTAINTY_IDX") && plan.contains("/* index sorted */"), plan);
    }

    private String firstStatement(String path) {
        var request = uncached();
        return recorded.during(() -> request.get(path).then().statusCode(200))
                .get(0);
    }
}
