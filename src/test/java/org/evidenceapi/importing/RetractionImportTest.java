package org.evidenceapi.importing;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidenceapi.operations.IsolatedLibrary;
import org.junit.jupiter.api.Test;

/**
 * A retraction an import knows of reaches the stored paper and every article citing it; an import that knows of
 * none never lowers it. On a library of its own: the demo article's report gains findings here.
 */
@QuarkusTest
@TestProfile(RetractionImportTest.Library.class)
class RetractionImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VICKERS_DOI = "10.1016/j.jpain.2017.11.005";

    public static class Library extends IsolatedLibrary {
        @Override
        protected String database() {
            return "retractions";
        }
    }

    @Test
    void anImportedRetractionFlagsEveryCitingClaimAndIsNeverLowered() throws IOException {
        importReadmeExample("retracted-vickers", "RETRACTED");
        given().queryParam("doi", VICKERS_DOI).get(V1 + "/references").then().statusCode(200)
                .body("items[0].updateStatus", equalTo("RETRACTED"));
        for (String article : List.of(SEED_PATH, V1 + "/articles/retracted-vickers")) {
            List<Map<String, Object>> retracted = editor()
                    .get(article + "/integrity").then().statusCode(200).extract()
                    .path("findings.findAll { it.code == 'RETRACTED_REFERENCE' && it.claimId != null }");
            assertFalse(retracted.isEmpty(), article + " flags its claims citing the retracted paper");
        }
        List<String> worklist = editor()
                .queryParam("code", "RETRACTED_REFERENCE").queryParam("limit", 100).get(V1 + "/integrity/findings")
                .then().statusCode(200).extract().path("items.article.slug");
        assertEquals(Set.of(SEED, "retracted-vickers"), Set.copyOf(worklist), "the editors' worklist lists both");

        importReadmeExample("unaware-of-retraction", "NONE");
        given().queryParam("doi", VICKERS_DOI).get(V1 + "/references").then()
                .body("items[0].updateStatus", equalTo("RETRACTED"))
                .body("items.size()", equalTo(1));
        editor().get(SEED_PATH + "/integrity").then()
                .body("findings.code", hasItem("RETRACTED_REFERENCE"));
        assertEquals(1, (int) given().queryParam("doi", VICKERS_DOI).get(V1 + "/references").path("items.size()"));
    }

    /** The README's example document (it cites the demo's [9], Vickers 2018) under another slug. */
    private static void importReadmeExample(String slug, String vickersStatus) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(
                Path.of("src/main/resources/openapi-examples/importArticle.request.json")));
        ((ObjectNode) document.get("article")).put("slug", slug);
        document.withArray("references").forEach(reference -> {
            if (VICKERS_DOI.equals(reference.path("doi").asText())) {
                ((ObjectNode) reference).put("updateStatus", vickersStatus);
            }
        });
        editor().contentType("application/json").body(document.toString())
                .post(V1 + "/imports").then().log().ifValidationFails().statusCode(201);
    }
}
