package org.evidenceapi.importing;

import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.operations.IsolatedLibrary;
import org.junit.jupiter.api.Test;

/**
 * README's "Editing" walk-through, top to bottom on a fresh library: the example documents (also the OpenAPI
 * request examples of importArticle and importArticleBatch) are articles of their own that import without conflict,
 * and publishing the single one meets the gate, then passes by an admin's override.
 */
@QuarkusTest
@TestProfile(EditingExamplesTest.Library.class)
class EditingExamplesTest {
    private static final String EXAMPLES = "src/main/resources/openapi-examples/";
    private static final String ARTICLE = V1 + "/articles/acupuncture-and-chronic-pain";
    private static final String REASON = "Protocol cited for context, approved by the editor";

    public static class Library extends IsolatedLibrary {
        @Override
        protected String database() {
            return "editing_examples";
        }
    }

    @Test
    void theEditingExamplesRunInOrderOnAFreshLibrary() throws IOException {
        editor().contentType("application/json").body(example("importArticle.request.json")).post(V1 + "/imports")
                .then().statusCode(201).body("slug", equalTo("acupuncture-and-chronic-pain"))
                .body("status", equalTo("IN_REVIEW")).body("series", nullValue()).body("seriesPart", nullValue());
        editor().contentType("application/json").body(example("importArticleBatch.request.json"))
                .post(V1 + "/imports/batch").then().statusCode(200)
                .body("articles.slug", equalTo(List.of("acupuncture-and-back-pain", "acupuncture-and-sleep")));

        editor().header("If-Match", etag(ARTICLE)).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"subtitle\": \"What the largest meta-analysis found\"}").patch(ARTICLE).then().statusCode(200);

        editor().get(ARTICLE + "/integrity").then().body("counts.error", greaterThan(0));
        String etag = etag(ARTICLE);
        editor().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE).body("{\"status\": \"PUBLISHED\"}")
                .patch(ARTICLE).then().statusCode(409).body("findings.code", equalTo(List.of("URL_DOI_MISMATCH",
                        "SHADOW_LIBRARY_LINK", "PROTOCOL_CITED_AS_EVIDENCE")));
        admin().header("If-Match", etag).contentType(MergePatch.MEDIA_TYPE)
                .queryParam("publishOverride", REASON).body("{\"status\": \"PUBLISHED\"}").patch(ARTICLE).then()
                .statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", not(nullValue()));

        editor().get(ARTICLE + "/revisions").then().statusCode(200)
                .body("items.revision", equalTo(List.of(5, 4, 2)))
                .body("items.change", equalTo(List.of("UPDATED", "UPDATED", "CREATED")))
                .body("items[0].changedBy", equalTo("root"))
                .body("items[0].note", equalTo("Published over 3 integrity error(s) by override: " + REASON));
        editor().get(ARTICLE + "/revisions/2").then().statusCode(200)
                .body("revision.change", equalTo("CREATED")).body("article.subtitle", nullValue());
    }

    private static String example(String name) throws IOException {
        return Files.readString(Path.of(EXAMPLES + name));
    }
}
