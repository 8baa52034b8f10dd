package org.evidenceapi.author;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorWriteTest {
    private static final String AUTHORS = "/api/v1/authors";

    @Inject
    AuthorRepository authors;

    @Test
    void editorCreatesAnAuthorWithLocationAndTheEtagGetGives() {
        Response created = editor().contentType(ContentType.JSON).body(author("author-created", "Ada")).post(AUTHORS);
        created.then().statusCode(201).body("slug", equalTo("author-created"))
                .body("credentials", contains("PhD", "MPH"));
        assertEquals(created.header("ETag"), given().get(created.header("Location")).header("ETag"));
    }

    @Test
    void badAuthorsAreRefusedAndNothingIsWritten() {
        editor().contentType(ContentType.JSON).body("{\"slug\": \"Bad Slug\", \"name\": \"\"}").post(AUTHORS).then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", contains("name", "slug"));
        editor().contentType(ContentType.JSON).body(author("margaux-loyer", "Someone")).post(AUTHORS).then()
                .statusCode(409).body("errors[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body(author("author-anonymous", "X")).post(AUTHORS).then().statusCode(401);
        given().header("Authorization", Tokens.reader()).contentType(ContentType.JSON)
                .body(author("author-reader", "X")).post(AUTHORS).then().statusCode(403);
        for (String slug : List.of("bad-slug", "author-anonymous", "author-reader")) {
            assertEquals(0, count(slug), slug);
        }
        given().get(AUTHORS + "/margaux-loyer").then().body("name", equalTo("Margaux Loyer"));
    }

    @Test
    void replaceAndPatchNeedTheCurrentEtag() {
        editor().contentType(ContentType.JSON).body(author("author-edited", "Before")).post(AUTHORS).then().statusCode(201);
        String etag = Api.etag(AUTHORS + "/author-edited");
        editor().contentType(ContentType.JSON).body(author("author-edited", "After")).put(AUTHORS + "/author-edited")
                .then().statusCode(428);
        editor().header("If-Match", "\"old\"").contentType(ContentType.JSON).body(author("author-edited", "After"))
                .put(AUTHORS + "/author-edited").then().statusCode(412);
        Response replaced = editor().header("If-Match", etag).contentType(ContentType.JSON)
                .body(author("author-edited", "After")).put(AUTHORS + "/author-edited");
        replaced.then().statusCode(200).body("name", equalTo("After"));
        editor().header("If-Match", replaced.header("ETag")).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"credentials\": [\"DPhil\"], \"bio\": null}").patch(AUTHORS + "/author-edited").then()
                .statusCode(200).body("credentials", contains("DPhil")).body("bio", equalTo(null))
                .body("name", equalTo("After"));
    }

    @Test
    void anAuthorNamedByAnArticleCannotBeDeleted() {
        String etag = Api.etag(AUTHORS + "/margaux-loyer");
        editor().header("If-Match", etag).delete(AUTHORS + "/margaux-loyer").then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("health-benefits-of-acupuncture-part-1"));
        assertEquals(1, count("margaux-loyer"));

        editor().contentType(ContentType.JSON).body(author("author-deleted", "Gone")).post(AUTHORS).then().statusCode(201);
        editor().header("If-Match", Api.etag(AUTHORS + "/author-deleted"))
                .delete(AUTHORS + "/author-deleted").then().statusCode(204);
        given().get(AUTHORS + "/author-deleted").then().statusCode(404);
        assertEquals(0, count("author-deleted"));
    }

    private long count(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> authors.count("slug", slug));
    }

    private static String author(String slug, String name) {
        return """
                {"slug": "%s", "name": "%s", "credentials": ["PhD", "MPH"], "bio": "Writes."}
                """.formatted(slug, name);
    }
}
