package org.evidenceapi.integrity;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.operations.IsolatedLibrary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The editors' worklist over a library of three articles sharing papers: a paper retracted or put under an
 * expression of concern by one edit shows on every claim resting on it, in every article, in the claims' evidence
 * summaries and in the worklist. On a library of its own, since it retracts the demo article's papers.
 */
@QuarkusTest
@TestProfile(FindingWorklistTest.Library.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FindingWorklistTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORKLIST = V1 + "/integrity/findings";
    private static final String SECOND = "worklist-chronic-pain";
    private static final String THIRD = "worklist-around-surgery";
    private static final String VICKERS_DOI = "10.1016/j.jpain.2017.11.005";
    private static final String ZHANG_DOI = "10.1097/MD.0000000000032582";

    @Inject
    ArticleImporter importer;
    @Inject
    SessionFactory sessionFactory;

    public static class Library extends IsolatedLibrary {
        @Override
        protected String database() {
            return "worklist";
        }
    }

    @Test
    @Order(1)
    void beforeAnyRetractionNothingIsFlagged() throws IOException {
        importAs("src/main/resources/openapi-examples/importArticle.request.json", SECOND, "PUBLISHED");
        importAs("src/test/resources/library/acupuncture-around-surgery.json", THIRD, "DRAFT");
        admin().queryParam("code", "RETRACTED_REFERENCE").get(WORKLIST).then().statusCode(200)
                .body("items", empty()).body("page.nextCursor", nullValue()).body("page.limit", equalTo(20));
    }

    @Test
    @Order(2)
    void aRetractionByOneEditFlagsEveryClaimRestingOnThePaperInEveryArticle() {
        setStatus(ZHANG_DOI, "RETRACTED");

        JsonPath page = admin().queryParam("code", "RETRACTED_REFERENCE").queryParam("limit", "100")
                .get(WORKLIST).then().statusCode(200).extract().jsonPath();
        List<String> slugs = page.getList("items.article.slug");
        assertTrue(slugs.contains(SEED) && slugs.contains(THIRD), "both articles citing Zhang 2023: " + slugs);
        assertTrue(!slugs.contains(SECOND), "the article not citing it is not listed: " + slugs);
        assertEquals(List.of("RETRACTED_REFERENCE"), page.getList("items.finding.code").stream().distinct().toList());
        assertEquals(claimFindings(SEED, "RETRACTED_REFERENCE") + claimFindings(THIRD, "RETRACTED_REFERENCE"),
                page.getList("items.findAll { it.finding.claimId != null }").size(),
                "the worklist lists exactly the claim findings of the two reports");

        given().get(SEED_PATH + "/claims").then().statusCode(200)
                .body("items.find { it.position == 14 }.evidence.retractedReferences", equalTo(1))
                .body("items.find { it.position == 14 }.evidence.plainLanguage",
                        containsString("One paper this claim rests on has been retracted."))
                .body("items.find { it.position == 13 }.evidence.retractedReferences", equalTo(0));
        admin().get(V1 + "/articles/" + THIRD + "/evidence").then().statusCode(200)
                .body("rows.evidence.retractedReferences", hasItem(1));
    }

    @Test
    @Order(3)
    void anExpressionOfConcernIsAWarningOnEveryClaimRestingOnThePaper() {
        setStatus(VICKERS_DOI, "EXPRESSION_OF_CONCERN");

        JsonPath page = admin().queryParam("code", "EXPRESSION_OF_CONCERN").queryParam("limit", "100")
                .get(WORKLIST).then().statusCode(200).body("items.finding.severity", everyItem(equalTo("WARNING")))
                .extract().jsonPath();
        List<String> slugs = page.getList("items.article.slug");
        assertTrue(slugs.contains(SEED) && slugs.contains(SECOND), "both articles citing Vickers 2018: " + slugs);
        given().get(SEED_PATH + "/claims").then()
                .body("items.find { it.position == 13 }.evidence.referencesWithExpressionOfConcern", equalTo(1))
                .body("items.find { it.position == 13 }.evidence.plainLanguage",
                        containsString("is subject to an expression of concern"));
        admin().get(SEED_PATH + "/integrity").then().body("findings.code", hasItem("EXPRESSION_OF_CONCERN"));
    }

    @Test
    @Order(4)
    void filtersByArticleStatusAndSeverityAndHidesDraftsFromAnonymousCallers() {
        admin().queryParam("code", "RETRACTED_REFERENCE").queryParam("articleStatus", "PUBLISHED")
                .queryParam("limit", "100").get(WORKLIST).then().statusCode(200)
                .body("items.article.status", everyItem(equalTo("PUBLISHED")))
                .body("items.article.slug", not(hasItem(THIRD)))
                .body("items.article.slug", hasItem(SEED));
        admin().queryParam("severity", "INFO").queryParam("limit", "100").get(WORKLIST).then().statusCode(200)
                .body("items.finding.severity", everyItem(equalTo("INFO")))
                .body("items.finding.code", hasItem("STUDY_WITHOUT_SAMPLE_SIZE"));
        given().queryParam("limit", "100").get(WORKLIST).then().statusCode(200)
                .body("items.article.status", everyItem(equalTo("PUBLISHED")))
                .body("items.article.slug", not(hasItem(THIRD)));
    }

    @Test
    @Order(5)
    void pagesOfOneFindingWalkTheSameListAsOnePage() {
        List<Map<String, Object>> whole = admin().queryParam("limit", "100").get(WORKLIST).then().statusCode(200)
                .body("page.nextCursor", nullValue()).extract().jsonPath().getList("items");
        List<Map<String, Object>> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = admin().queryParam("limit", "1");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(WORKLIST).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items"));
            cursor = page.getString("page.nextCursor");
        } while (cursor != null);
        assertEquals(whole, walked);
        assertTrue(whole.size() > 40, "the library has findings of all three articles: " + whole.size());
    }

    @Test
    @Order(6)
    void badParametersAreProblemsNamingTheParameter() {
        Api.badParameter(admin().queryParam("code", "RETRACTED").get(WORKLIST), WORKLIST, "code");
        Api.badParameter(admin().queryParam("severity", "error").get(WORKLIST), WORKLIST, "severity");
        Api.badParameter(admin().queryParam("articleStatus", "LIVE").get(WORKLIST), WORKLIST, "articleStatus");
        Api.badParameter(admin().queryParam("limit", "0").get(WORKLIST), WORKLIST, "limit");
        Api.badParameter(admin().queryParam("cursor", "not-a-cursor").get(WORKLIST), WORKLIST, "cursor");
        String articlesCursor = admin().queryParam("limit", "1").get(V1 + "/articles").path("page.nextCursor");
        Api.badParameter(admin().queryParam("cursor", articlesCursor).get(WORKLIST), WORKLIST, "cursor");
    }

    @Test
    @Order(7)
    void aPageCostsABoundedNumberOfStatementsWhateverTheLibrarysSize() {
        long small = statements();
        for (int i = 0; i < 2 * FindingWorklist.BATCH; i++) {
            importer.importDocument(TestDocuments.article("worklist-filler-" + i, 2, 2));
        }
        long large = statements();
        long bound = (long) FindingWorklist.MAX_CHECKED / FindingWorklist.BATCH * 7;
        assertTrue(small <= bound && large <= bound, "statements " + small + " and " + large + " within " + bound);
        assertTrue(large > small, "the larger library needs more than one batch: " + small + " vs " + large);
    }

    private long statements() {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        admin().header("Cache-Control", "no-cache").queryParam("limit", "100").get(WORKLIST).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    private static int claimFindings(String slug, String code) {
        return admin().get(V1 + "/articles/" + slug + "/integrity").then().statusCode(200).extract().jsonPath()
                .getList("findings.findAll { it.code == '" + code + "' && it.claimId != null }").size();
    }

    private static void setStatus(String doi, String status) {
        String id = given().queryParam("doi", doi).get(V1 + "/references").then().statusCode(200).extract()
                .path("items[0].id");
        String etag = admin().get(V1 + "/references/" + id).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"updateStatus\": \"" + status + "\"}").patch(V1 + "/references/" + id).then()
                .statusCode(200).body("updateStatus", equalTo(status));
    }

    private static void importAs(String file, String slug, String status) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
        ((ObjectNode) document.get("article")).put("slug", slug).put("status", status).remove("series");
        admin().queryParam("publishOverride", "Worklist fixture").contentType("application/json")
                .body(document.toString()).post(V1 + "/imports").then().log().ifValidationFails().statusCode(201);
    }
}
