package org.evidenceapi.article;

import static org.evidenceapi.common.Api.V1;

import io.restassured.http.ContentType;
import java.util.Map;
import org.evidenceapi.common.Api;

/** Articles and claims written over HTTP as an editor, for tests of what readers and clients see of them. */
public final class EditorArticles {
    private EditorArticles() {
    }

    /** Creates a draft (naming {@code authors} by slug); answers its slug. */
    public static String draft(String slug, String... authors) {
        Api.editor().contentType(ContentType.JSON)
                .body(ArticleInputs.draft(slug).withAuthors(authors).build())
                .post(V1 + "/articles").then().statusCode(201);
        return slug;
    }

    /** Adds a claim to the article; answers its id. */
    public static String claim(String slug) {
        String article = Api.editor().get(V1 + "/articles/" + slug).then().extract().path("id");
        return Api.editor().contentType(ContentType.JSON)
                .body(Map.of("articleId", article, "statement", "Something is so.", "scope", "HUMAN",
                        "direction", "BENEFIT", "certainty", "NOT_RATED"))
                .post(V1 + "/claims").then().statusCode(201).extract().path("id");
    }

    /** Through review, as editors must. */
    public static void publish(String slug) {
        patch(slug, Map.of("status", "IN_REVIEW"));
        patch(slug, Map.of("status", "PUBLISHED"));
    }

    public static void patch(String slug, Map<String, Object> patch) {
        String path = V1 + "/articles/" + slug;
        Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path)).body(patch)
                .patch(path).then().log().ifValidationFails().statusCode(200);
    }

    public static void archive(String slug) {
        String path = V1 + "/articles/" + slug;
        Api.editor().header("If-Match", Api.etag(path)).delete(path).then().statusCode(200);
    }
}
