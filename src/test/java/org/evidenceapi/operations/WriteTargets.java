package org.evidenceapi.operations;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.admin;

import java.util.Comparator;
import java.util.Map;
import org.evidenceapi.common.Api;

/**
 * Existing resources to aim writes at, one per collection, looked up through the API: the seed article and its
 * first claim, the first author, topic, study and reference, and a reader's comment and a webhook endpoint made
 * for the purpose.
 */
record WriteTargets(Map<String, String> keys) {

    static WriteTargets find() {
        String comment = given().contentType("application/json")
                .body("{\"authorName\": \"Corpus\", \"email\": \"corpus@example.org\", \"body\": \"A comment.\"}")
                .post(Api.SEED_PATH + "/comments").then().statusCode(201).extract().path("id");
        String webhook = admin().contentType("application/json")
                .body("{\"url\": \"https://127.0.0.1:9/corpus\", \"events\": [\"article.upsert\"]}")
                .post(Api.V1 + "/webhooks").then().statusCode(201).extract().path("id");
        return new WriteTargets(Map.of(
                "/api/v1/articles/{idOrSlug}/studies/{studyId}", Api.SEED + "/studies/" + first("/studies", "id"),
                "/api/v1/articles/{idOrSlug}", Api.SEED,
                "/api/v1/authors/{idOrSlug}", first("/authors", "slug"),
                "/api/v1/topics/{idOrSlug}", first("/topics", "slug"),
                "/api/v1/claims/{id}", Api.seedClaimId(1),
                "/api/v1/studies/{id}", first("/studies", "id"),
                "/api/v1/references/{id}", first("/references", "id"),
                "/api/v1/comments/{id}", comment,
                "/api/v1/webhooks/{id}", webhook));
    }

    private static String first(String collection, String key) {
        return given().get(Api.V1 + collection + "?limit=1").then().statusCode(200).extract().path("items[0]." + key);
    }

    /**
     * The template with its parameters filled in by the longest template it starts with:
     * {@code /api/v1/articles/{idOrSlug}/comments} → the seed's.
     */
    String path(String template) {
        return keys.entrySet().stream().filter(target -> template.startsWith(target.getKey()))
                .max(Comparator.comparingInt(target -> target.getKey().length()))
                .map(target -> target.getKey().substring(0, target.getKey().indexOf('{')) + target.getValue()
                        + template.substring(target.getKey().length()))
                .orElse(template);
    }

    /**
     * The ETag an admin reads for the resource a write to {@code path} changes: a write's If-Match, so that only
     * the body can be wrong. An article's study membership is the article's.
     */
    String etag(String path) {
        String resource = path.replaceFirst("^(/api/v1/articles/[^/]+)/studies/[^/]+$", "$1");
        return admin().get(resource).then().statusCode(200).extract()
                .header("ETag");
    }
}
