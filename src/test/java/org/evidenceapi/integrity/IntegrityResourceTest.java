package org.evidenceapi.integrity;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

/** Who may read an integrity report, how bad requests are answered, and how the codes are documented. */
@QuarkusTest
class IntegrityResourceTest {
    @Inject
    ObjectMapper json;

    @Test
    void aDraftsReportIsForEditorsOnly() {
        TestArticle draft = new TestArticle(json, "integrity-draft").status("DRAFT").cites(1, 1, 2).cites(2)
                .importIt();
        String path = V1 + "/articles/" + draft.slug + "/integrity";
        notFound(given().get(path), path, draft.slug);
        editor().get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("counts.warning", equalTo(1))
                .body("findings.code", equalTo(List.of("CLAIM_WITHOUT_CITATION")));
    }

    @Test
    void aPublishedArticlesReportIsPublicCacheableAndTagged() {
        String path = Api.SEED_PATH + "/integrity";
        String etag = given().get(path).then().statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        given().get(V1 + "/articles/" + Api.seedArticleId() + "/integrity").then().statusCode(200)
                .header("ETag", etag);
    }

    @Test
    void anArticleWithNothingWrongHasAnEmptyReport() {
        TestArticle clean = new TestArticle(json, "integrity-resource-clean").importIt();
        given().get(V1 + "/articles/" + clean.slug + "/integrity").then().statusCode(200)
                .body("findings", empty())
                .body("counts", equalTo(Map.of("error", 0, "warning", 0, "info", 0)));
    }

    @Test
    void unknownArticleIs404AndMalformedKeyIs400() {
        String unknown = V1 + "/articles/" + UNKNOWN_ID + "/integrity";
        notFound(given().get(unknown), unknown, UNKNOWN_ID);
        String bad = V1 + "/articles/Not_A_Slug/integrity";
        badParameter(given().get(bad), bad, "idOrSlug");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCodeIsDocumentedWithItsSeverityInTheOpenApiDocument() {
        Map<String, Object> schema = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().path("components.schemas.FindingCode");
        List<String> codes = (List<String>) schema.get("enum");
        assertEquals(FindingCode.values().length, codes.size());
        String description = (String) schema.get("description");
        for (FindingCode code : FindingCode.values()) {
            assertTrue(description.contains("`" + code + "` (" + code.severity() + "): " + code.description()),
                    code + " undocumented");
        }
        given().accept("application/json").get("/q/openapi").then()
                .body("components.schemas.FindingCode.x-enum-descriptions", hasSize(codes.size()));
    }
}
