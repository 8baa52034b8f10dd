package org.evidenceapi.claim;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimWriteTest {
    private static final String CLAIMS = "/api/v1/claims";
    private static final String UNKNOWN = "01a20d8a-0000-7000-8000-000000000000";

    @Inject
    ArticleImporter importer;

    @Test
    void aClaimIsAddedLastCitingItsArticlesReferences() {
        String article = imported("claim-created", 2, 3);
        String study = studyOf(article, 1);
        Response created = create(article, "[3, 1]", "[\"" + study + "\"]");
        created.then().statusCode(201).contentType(ContentType.JSON).body("position", equalTo(3))
                .body("citations", contains(3, 1)).body("studyIds", contains(study))
                .body("evidence.references", equalTo(2)).body("evidence.studies", equalTo(1));
        given().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag"))).body("statement", equalTo("A new claim."));
        given().get("/api/v1/articles/claim-created/claims").then().body("items.position", contains(1, 2, 3));
    }

    @Test
    void aClaimCitesOnlyItsOwnArticleAndExistingStudies() {
        String article = imported("claim-rules", 1, 2);
        create(article, "[1, 3, 0]", "[\"" + UNKNOWN + "\"]").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", containsInAnyOrder("citations[1]", "citations[2]", "studyIds[0]"));
        String study = studyOf(article, 1);
        create(article, "[]", "[\"" + study + "\", \"" + study + "\"]").then().statusCode(400)
                .body("errors.field", contains("studyIds[1]"));
        create(UNKNOWN, "[1]", "[]").then().statusCode(400).body("errors.field", contains("articleId"));
        editor().contentType(ContentType.JSON).body("{\"articleId\": \"" + article + "\", \"statement\": \"x\", "
                + "\"scope\": \"PEOPLE\", \"direction\": \"BENEFIT\", \"certainty\": \"LOW\"}").post(CLAIMS).then()
                .statusCode(400).body("errors[0].field", equalTo("scope"));
        given().get("/api/v1/articles/claim-rules/claims").then().body("items", hasSize(1));
    }

    @Test
    void replaceAndPatchNeedTheCurrentTagAndKeepTheArticle() {
        String article = imported("claim-edited", 1, 2);
        Response created = create(article, "[1]", "[]");
        String id = created.path("id");
        Response patched = editor().header("If-Match", created.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"certainty\": \"HIGH\", \"citations\": [2, 1]}").patch(CLAIMS + "/" + id);
        patched.then().statusCode(200).body("certainty", equalTo("HIGH")).body("citations", contains(2, 1))
                .body("statement", equalTo("A new claim.")).body("position", equalTo(2));
        editor().header("If-Match", created.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"certainty\": \"LOW\"}").patch(CLAIMS + "/" + id).then().statusCode(412);
        editor().contentType(MergePatch.MEDIA_TYPE).body("{\"certainty\": \"LOW\"}").patch(CLAIMS + "/" + id).then()
                .statusCode(428);
        String other = imported("claim-other-article", 1, 1);
        editor().header("If-Match", patched.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"articleId\": \"" + other + "\"}").patch(CLAIMS + "/" + id).then().statusCode(400)
                .body("errors.field", contains("articleId"));
        editor().header("If-Match", patched.header("ETag")).contentType(ContentType.JSON)
                .body(body(article, "[5]", "[]")).put(CLAIMS + "/" + id).then().statusCode(400)
                .body("errors.field", contains("citations[0]"));
        editor().get(CLAIMS + "/" + id).then()
                .body("certainty", equalTo("HIGH")).body("citations", contains(2, 1));
    }

    @Test
    void deletingAClaimClosesTheGap() {
        imported("claim-deleted", 3, 1);
        JsonPath before = given().get("/api/v1/articles/claim-deleted/claims").jsonPath();
        String second = before.getString("items[1].id");
        String third = before.getString("items[2].id");
        editor().delete(CLAIMS + "/" + second).then().statusCode(428);
        editor().header("If-Match", Api.etag(CLAIMS + "/" + second)).delete(CLAIMS + "/" + second)
                .then().statusCode(204);
        given().get(CLAIMS + "/" + second).then().statusCode(404);
        JsonPath after = given().get("/api/v1/articles/claim-deleted/claims").jsonPath();
        assertEquals(List.of(1, 2), after.getList("items.position"));
        assertEquals(third, after.getString("items[1].id"));
    }

    @Test
    void claimWritesNeedTheEditorRole() {
        String article = imported("claim-roles", 1, 1);
        given().contentType(ContentType.JSON).body(body(article, "[1]", "[]")).post(CLAIMS).then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", Tokens.reader()).contentType(ContentType.JSON).body(body(article, "[1]", "[]"))
                .post(CLAIMS).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/articles/claim-roles/claims").then().body("items", hasSize(1));
    }

    private String imported(String slug, int claims, int references) {
        return importer.importDocument(TestDocuments.article(slug, claims, references)).id.toString();
    }

    private static String studyOf(String article, int index) {
        return given().get("/api/v1/articles/" + article + "/studies").path("items[" + (index - 1) + "].id");
    }

    private static Response create(String article, String citations, String studies) {
        return editor().contentType(ContentType.JSON).body(body(article, citations, studies)).post(CLAIMS);
    }

    private static String body(String article, String citations, String studies) {
        return """
                {"articleId": "%s", "statement": "A new claim.", "citations": %s, "studyIds": %s,
                 "scope": "HUMAN", "direction": "BENEFIT", "certainty": "LOW",
                 "certaintyFactors": [{"domain": "RISK_OF_BIAS", "rating": "SERIOUS"}]}
                """.formatted(article, citations, studies);
    }
}
