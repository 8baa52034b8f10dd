package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceWriteTest {
    private static final String REFERENCES = "/api/v1/references";

    @Inject
    ArticleImporter importer;

    @Test
    void aReferenceIsCreatedWithItsIdentifiersNormalised() {
        Response created = create("https://doi.org/10.5555/Ref-Created", "\"issn\": \"2434561x\"");
        created.then().statusCode(201).body("doi", equalTo("10.5555/Ref-Created")).body("issn", equalTo("2434-561X"));
        assertEtagIsGets(created);
        given().get(REFERENCES + "?doi=10.5555/ref-created").then().body("items", hasSize(1));
    }

    @Test
    void aPaperIsOneReference() {
        create("10.5555/REF-ONCE", "\"pmid\": \"90000001\"").then().statusCode(201);
        create("https://doi.org/10.5555/ref-once", "").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("doi"));
        create("10.5555/ref-other", "\"pmid\": \"90000001\"").then().statusCode(409)
                .body("errors[0].field", equalTo("pmid"));
        create("10.5555/ref-bad", "\"issn\": \"1234-5678\"").then().statusCode(400)
                .body("errors[0].field", equalTo("issn"));
        given().get(REFERENCES + "?doi=10.5555/ref-other").then().body("items", hasSize(0));
        given().get(REFERENCES + "?doi=10.5555/ref-bad").then().body("items", hasSize(0));
    }

    @Test
    void replaceAndPatchKeepThePaperUnique() {
        Response created = create("10.5555/ref-edited", "");
        String id = created.path("id");
        Response patched = editor().header("If-Match", created.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"pmcid\": \"pmc900001\", \"notes\": \"Checked.\"}").patch(REFERENCES + "/" + id);
        patched.then().statusCode(200).body("pmcid", equalTo("PMC900001")).body("notes", equalTo("Checked."))
                .body("doi", equalTo("10.5555/ref-edited"));
        editor().header("If-Match", patched.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"doi\": \"10.1016/j.jpain.2017.11.005\"}").patch(REFERENCES + "/" + id).then()
                .statusCode(409).body("errors[0].field", equalTo("doi"));
        editor().header("If-Match", created.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"notes\": \"Stale.\"}").patch(REFERENCES + "/" + id).then().statusCode(412);
        given().get(REFERENCES + "/" + id).then().body("notes", equalTo("Checked."));
    }

    @Test
    void aCitedOrReportingReferenceCannotBeDeleted() {
        importer.importDocument(TestDocuments.article("ref-citing", 1, 1));
        String cited = given().get("/api/v1/articles/ref-citing/references").path("items[0].reference.id");
        editor().header("If-Match", Api.etag(REFERENCES + "/" + cited))
                .delete(REFERENCES + "/" + cited).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("ref-citing"));
        given().get(REFERENCES + "/" + cited).then().statusCode(200);

        Response free = create("10.5555/ref-deleted", "");
        editor().header("If-Match", free.header("ETag")).delete(REFERENCES + "/" + free.path("id")).then()
                .statusCode(204);
        given().get(REFERENCES + "/" + free.path("id")).then().statusCode(404);
    }

    private static Response create(String doi, String extra) {
        String body = """
                {"type": "JOURNAL_ARTICLE", "title": "A paper", "year": 2020, "doi": "%s"%s}
                """.formatted(doi, extra.isEmpty() ? "" : ", " + extra);
        return editor().contentType(ContentType.JSON).body(body).post(REFERENCES);
    }

    private static void assertEtagIsGets(Response created) {
        given().get(created.header("Location")).then().header("ETag", equalTo(created.header("ETag")));
    }
}
