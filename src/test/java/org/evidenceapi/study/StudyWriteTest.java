package org.evidenceapi.study;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StudyWriteTest {
    private static final String STUDIES = "/api/v1/studies";
    private static final String UNKNOWN = "01a20d8a-0000-7000-8000-000000000000";

    @Inject
    ArticleImporter importer;

    @Test
    void aStudySummaryIsCreatedForAnExistingReference() {
        String reference = referenceOf("study-created");
        Response created = create(reference, "\"sampleSize\": {\"participants\": 20827, \"studies\": 39}");
        created.then().statusCode(201).body("referenceId", equalTo(reference))
                .body("sampleSize.participants", equalTo(20827)).body("outcomes[0].effect.ciLower", equalTo(-0.6f));
        given().get(created.header("Location")).then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        given().get(STUDIES + "?referenceId=" + reference).then().body("items", hasSize(2));
    }

    @Test
    void aStudySummaryWithoutCountsOrPopulationIsAnsweredWithoutThem() {
        Response created = create(referenceOf("study-uncounted"), "\"notes\": \"A protocol.\"");
        created.then().statusCode(201).body("notes", equalTo("A protocol."))
                .body("$", not(hasKey("sampleSize"))).body("$", not(hasKey("population")));
        given().get(created.header("Location")).then().statusCode(200)
                .body("$", allOf(hasKey("design"), not(hasKey("sampleSize")), not(hasKey("population"))));
    }

    @Test
    void everyProblemIsNamedAndNothingIsWritten() {
        String reference = referenceOf("study-rules");
        editor().contentType(ContentType.JSON).body("""
                {"referenceId": "%s", "title": "", "design": "TRIAL", "certainty": "LOW",
                 "sampleSize": {"participants": 0, "studies": -1}, "followUp": "a year",
                 "outcomes": [{"name": "pain", "effect": {"metric": "RISK_RATIO", "value": 0.5, "ciLower": 0.6,
                   "ciUpper": 0.9, "ciLevel": 0, "pValue": 1.2}}]}
                """.formatted(UNKNOWN)).post(STUDIES).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", containsInAnyOrder("design"));
        editor().contentType(ContentType.JSON).body("""
                {"referenceId": "%s", "title": "", "design": "COHORT_STUDY", "certainty": "LOW",
                 "sampleSize": {"participants": 0, "studies": -1}, "followUp": "a year",
                 "outcomes": [{"name": "pain", "effect": {"metric": "RISK_RATIO", "value": 0.5, "ciLower": 0.6,
                   "ciUpper": 0.9, "ciLevel": 0, "pValue": 1.2}}]}
                """.formatted(UNKNOWN)).post(STUDIES).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("referenceId", "title", "sampleSize.participants",
                        "sampleSize.studies", "followUp", "outcomes[0].effect.value", "outcomes[0].effect.ciLevel",
                        "outcomes[0].effect.pValue"));
        given().get(STUDIES + "?referenceId=" + reference).then().body("items", hasSize(1));
    }

    @Test
    void patchChangesOnlyWhatItNames() {
        Response created = create(referenceOf("study-patched"), "\"notes\": \"First.\"");
        String id = created.path("id");
        Response patched = editor().header("If-Match", created.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"certainty\": \"HIGH\", \"notes\": null}").patch(STUDIES + "/" + id);
        patched.then().statusCode(200).body("certainty", equalTo("HIGH")).body("notes", equalTo(null))
                .body("title", equalTo("A new trial")).body("outcomes", hasSize(1));
        editor().header("If-Match", created.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"certainty\": \"LOW\"}").patch(STUDIES + "/" + id).then().statusCode(412);
        editor().header("If-Match", patched.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"referenceId\": \"" + UNKNOWN + "\"}").patch(STUDIES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("referenceId"));
        given().get(STUDIES + "/" + id).then().body("certainty", equalTo("HIGH"));
    }

    @Test
    void aStudyThatClaimsRestOnCannotBeDeleted() {
        String linked = given().get(STUDIES + "?referenceId=" + referenceOf("study-linked")).path("items[0].id");
        editor().header("If-Match", Api.etag(STUDIES + "/" + linked)).delete(STUDIES + "/" + linked)
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("detail", containsString("study-linked"));
        given().get(STUDIES + "/" + linked).then().statusCode(200);

        Response free = create(referenceOf("study-deleted"), "\"notes\": \"Unlinked.\"");
        editor().delete(STUDIES + "/" + free.path("id")).then().statusCode(428);
        editor().header("If-Match", free.header("ETag")).delete(STUDIES + "/" + free.path("id")).then().statusCode(204);
        given().get(STUDIES + "/" + free.path("id")).then().statusCode(404);
    }

    @Test
    void studyWritesNeedTheEditorRole() {
        given().contentType(ContentType.JSON).body("{}").post(STUDIES).then().statusCode(401);
        given().header("Authorization", Tokens.reader()).contentType(ContentType.JSON).body("{}").post(STUDIES).then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    /** The reference [1] of a freshly imported one-claim article (which already has one study of it). */
    private String referenceOf(String slug) {
        importer.importDocument(TestDocuments.article(slug, 1, 1));
        return given().get("/api/v1/articles/" + slug + "/references").path("items[0].reference.id");
    }

    private static Response create(String reference, String extra) {
        return editor().contentType(ContentType.JSON).body("""
                {"referenceId": "%s", "title": "A new trial", "design": "RANDOMIZED_CONTROLLED_TRIAL",
                 "certainty": "MODERATE", "duration": "P6W",
                 "outcomes": [{"name": "pain", "primary": true, "effect": {"metric": "MEAN_DIFFERENCE", "value": -0.4,
                   "ciLower": -0.6, "ciUpper": -0.2, "ciLevel": 0.95}}], %s}
                """.formatted(reference, extra)).post(STUDIES);
    }
}
