package org.evidenceapi.publishing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.etag;
import static org.evidenceapi.publishing.FlawedDocuments.clean;
import static org.evidenceapi.publishing.FlawedDocuments.flawed;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.operations.IsolatedLibrary;
import org.junit.jupiter.api.Test;

/**
 * Flawed drafts are stored as written and reported; publishing them is held back by the gate unless an admin says
 * why, which the revision history keeps. On a library of its own: it publishes flawed articles and changes the demo.
 */
@QuarkusTest
@TestProfile(PublishGateTest.Library.class)
class PublishGateTest {
    private static final String IMPORTS = V1 + "/imports";
    private static final String REASON = "Corrections are on their way; approved by the editor-in-chief";

    public static class Library extends IsolatedLibrary {
        @Override
        protected String database() {
            return "publish_gate";
        }
    }

    @Test
    void aFlawedDraftIsStoredAsWrittenAndItsIntegrityReportListsTheFlaws() {
        post(Tokens.editor(), IMPORTS, flawed("gate-draft", ArticleStatus.DRAFT)).then().statusCode(201)
                .contentType(ContentType.JSON).body("status", equalTo("DRAFT"));

        String path = V1 + "/articles/gate-draft";
        as(Tokens.editor()).get(path + "/claims").then().statusCode(200)
                .body("items[0].citations", equalTo(List.of(12)));
        as(Tokens.editor()).get(path + "/references").then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2, 3)))
                .body("items[2].reference.id", equalTo(as(Tokens.editor()).get(path + "/references")
                        .path("items[0].reference.id")));
        as(Tokens.editor()).get(path + "/integrity").then().statusCode(200)
                .body("findings.findAll { it.code == 'CITATION_WITHOUT_REFERENCE' }.referenceNumber",
                        equalTo(List.of(12)))
                .body("findings.findAll { it.code == 'CITATION_WITHOUT_REFERENCE' }[0].severity", equalTo("ERROR"))
                .body("findings.findAll { it.code == 'DUPLICATE_REFERENCE' }.referenceNumber", equalTo(List.of(3)))
                .body("counts.error", equalTo(1));
    }

    @Test
    void everyReadOfAFlawedDraftAnswers() {
        post(Tokens.editor(), IMPORTS, flawed("gate-reads", ArticleStatus.IN_REVIEW)).then().statusCode(201);
        String path = V1 + "/articles/gate-reads";

        as(Tokens.editor()).get(path + "?include=claims,studies,references,authors,topics").then().statusCode(200)
                .body("claims[0].citations", equalTo(List.of(12))).body("references", hasSize(3));
        as(Tokens.editor()).get(path + "/claims").then().statusCode(200).body("items", hasSize(3));
        String claim = as(Tokens.editor()).get(path + "/claims").path("items[0].id");
        as(Tokens.editor()).get(V1 + "/claims/" + claim).then().statusCode(200)
                .body("citations", equalTo(List.of(12)));
        as(Tokens.editor()).get(path + "/evidence").then().statusCode(200)
                .body("rows[0].citations", equalTo(List.of(12)));
        as(Tokens.editor()).get(path + "/studies").then().statusCode(200).body("items", hasSize(3));
        as(Tokens.editor()).accept("application/ld+json").get(path).then().statusCode(200)
                .body("citation", hasSize(3));
        as(Tokens.editor()).accept("application/x-bibtex").get(path + "/references").then().statusCode(200)
                .body(containsString("Paper 1 for gate-reads"));
        as(Tokens.editor()).accept("text/x-bibliography; style=vancouver").get(path + "/references").then()
                .statusCode(200).body(containsString("Paper 2 for gate-reads"));
        as(Tokens.editor()).accept("application/vnd.citationstyles.csl+json").get(path + "/references").then()
                .statusCode(200);
        as(Tokens.editor()).accept("application/x-research-info-systems").get(path + "/references").then()
                .statusCode(200);
    }

    @Test
    void publishingAFlawedArticleIsA409ListingItsErrorsUnlessAnAdminOverridesWithAReason() {
        post(Tokens.editor(), IMPORTS, flawed("gate-publish", ArticleStatus.IN_REVIEW)).then().statusCode(201);
        String path = V1 + "/articles/gate-publish";
        int revisions = revisions(path).size();
        String etag = etag(path);

        Response blocked = patch(Tokens.editor(), path, etag, null);
        Api.problem(blocked, 409, "Conflict", path)
                .body("detail", containsString("gate-publish"))
                .body("detail", containsString("nothing was written"))
                .body("findings", hasSize(1))
                .body("findings[0].article", equalTo("gate-publish"))
                .body("findings[0].code", equalTo("CITATION_WITHOUT_REFERENCE"))
                .body("findings[0].severity", equalTo("ERROR"))
                .body("findings[0].message", containsString("cites [12]"))
                .body("findings[0].referenceNumber", equalTo(12))
                .body("findings[0].claimId", equalTo(as(Tokens.editor()).get(path + "/claims").path("items[0].id")));
        as(Tokens.editor()).get(path).then().body("status", equalTo("IN_REVIEW")).body("publishedAt", nullValue())
                .header("ETag", equalTo(etag));
        assertEquals(revisions, revisions(path).size(), "a refused publication leaves no revision");

        patch(Tokens.editor(), path, etag, REASON).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("publishOverride"));
        patch(Tokens.admin(), path, etag, "   ").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("publishOverride"));
        patch(Tokens.admin(), path, etag, "x".repeat(501)).then().statusCode(400)
                .body("errors[0].field", equalTo("publishOverride"));
        patch(Tokens.admin(), path, etag, null).then().statusCode(409);
        as(Tokens.editor()).get(path).then().body("status", equalTo("IN_REVIEW")).header("ETag", equalTo(etag));

        patch(Tokens.admin(), path, etag, REASON).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        given().get(path).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        List<Object> history = revisions(path);
        assertEquals(revisions + 1, history.size());
        as(Tokens.editor()).get(path + "/revisions").then()
                .body("items[0].changedBy", equalTo("root"))
                .body("items[0].change", equalTo("UPDATED"))
                .body("items[0].note", equalTo("Published over 1 integrity error(s) by override: " + REASON))
                .body("items[1]", not(hasKey("note")));
    }

    @Test
    void aCleanArticleIsPublishedWithoutOverrideAndAnUnneededOverrideIsNotRecorded() {
        post(Tokens.editor(), IMPORTS, clean("gate-clean", ArticleStatus.IN_REVIEW)).then().statusCode(201);
        String path = V1 + "/articles/gate-clean";
        patch(Tokens.editor(), path, etag(path), null).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        post(Tokens.admin(), IMPORTS + "?publishOverride=Not needed", clean("gate-clean-2", ArticleStatus.PUBLISHED))
                .then().statusCode(201).body("status", equalTo("PUBLISHED"));
        as(Tokens.editor()).get(V1 + "/articles/gate-clean-2/revisions").then()
                .body("items", hasSize(1)).body("items[0]", not(hasKey("note")));
    }

    @Test
    void onlyAChangeThatPublishesIsGated() {
        // the demo article is published with ERROR findings (by override): editing it is not publishing it
        String etag = etag(SEED_PATH);
        as(Tokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"subtitle\": \"Flaws included\"}").patch(SEED_PATH).then().statusCode(200)
                .body("subtitle", equalTo("Flaws included"));
    }

    @Test
    void importingAFlawedPublishedDocumentIsGatedAndWritesNothing() {
        ObjectNode doc = flawed("gate-import", ArticleStatus.PUBLISHED);
        post(Tokens.editor(), IMPORTS, doc).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("findings.code", equalTo(List.of("CITATION_WITHOUT_REFERENCE")))
                .body("findings[0].article", equalTo("gate-import"));
        assertNothingWritten("gate-import");
        post(Tokens.editor(), IMPORTS + "?publishOverride=" + REASON, doc).then().statusCode(403);
        assertNothingWritten("gate-import");

        post(Tokens.admin(), IMPORTS + "?publishOverride=" + REASON, doc).then().statusCode(201)
                .body("status", equalTo("PUBLISHED"));
        as(Tokens.editor()).get(V1 + "/articles/gate-import/revisions").then()
                .body("items[0].changedBy", equalTo("root"))
                .body("items[0].note", equalTo("Published over 1 integrity error(s) by override: " + REASON));
    }

    @Test
    void aBatchWithOneFlawedPublishedDocumentIsRefusedWhole() {
        String batch = "[" + clean("gate-batch-ok", ArticleStatus.PUBLISHED) + ","
                + flawed("gate-batch-bad", ArticleStatus.PUBLISHED) + ","
                + flawed("gate-batch-draft", ArticleStatus.DRAFT) + "]";
        as(Tokens.editor()).contentType(ContentType.JSON).body(batch).post(IMPORTS + "/batch").then()
                .statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("findings.article", everyItem(equalTo("gate-batch-bad")))
                .body("findings.code", hasItem("CITATION_WITHOUT_REFERENCE"));
        for (String slug : List.of("gate-batch-ok", "gate-batch-bad", "gate-batch-draft")) {
            assertNothingWritten(slug);
        }
    }

    @Test
    void aMalformedDoiInADraftIsStillA400AndNothingIsWritten() {
        ObjectNode doc = flawed("gate-bad-doi", ArticleStatus.DRAFT);
        ((ObjectNode) doc.get("references").get(1)).put("doi", "11.1234/not-a-doi");
        post(Tokens.editor(), IMPORTS, doc).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(List.of("references[1].doi")));
        as(Tokens.editor()).get(V1 + "/articles/gate-bad-doi").then().statusCode(404);
        given().get(V1 + "/references?doi=10.5555/gate-bad-doi.1").then().body("items", hasSize(0));
    }

    @Test
    void theDemoArticlesRevisionHistoryShowsItsOverride() {
        as(Tokens.editor()).get(SEED_PATH + "/revisions?limit=100").then().statusCode(200)
                .body("items.find { it.change == 'CREATED' }.changedBy", equalTo("system"))
                .body("items.find { it.change == 'CREATED' }.note", equalTo("Published over 5 integrity error(s) "
                        + "by override: Published as the source article was, flaws included, for the demo"));
    }

    private static void assertNothingWritten(String slug) {
        as(Tokens.editor()).get(V1 + "/articles/" + slug).then().statusCode(404);
        given().get(V1 + "/references?doi=10.5555/" + slug + ".2").then().statusCode(200).body("items", hasSize(0));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    private static Response post(String token, String path, Object body) {
        return as(token).contentType(ContentType.JSON).body(body.toString()).post(path);
    }

    private static Response patch(String token, String path, String etag, String override) {
        RequestSpecification request = as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"status\": \"PUBLISHED\"}");
        if (override != null) {
            request.queryParam("publishOverride", override);
        }
        return request.patch(path);
    }

    private static List<Object> revisions(String path) {
        return as(Tokens.editor()).get(path + "/revisions?limit=100").then().statusCode(200).extract()
                .path("items");
    }
}
