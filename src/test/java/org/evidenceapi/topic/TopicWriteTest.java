package org.evidenceapi.topic;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.evidenceapi.common.Api;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.problem.Problem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicWriteTest {
    private static final String TOPICS = "/api/v1/topics";

    @Test
    void topicsAreCreatedChangedAndDeletedWhenUnused() {
        Response created = editor().contentType(ContentType.JSON)
                .body("{\"slug\": \"topic-written\", \"name\": \"Written\"}").post(TOPICS);
        created.then().statusCode(201).body("name", equalTo("Written"));
        Response patched = editor().header("If-Match", created.header("ETag"))
                .contentType(MergePatch.MEDIA_TYPE).body("{\"description\": \"Now described.\"}")
                .patch(TOPICS + "/topic-written");
        patched.then().statusCode(200).body("description", equalTo("Now described.")).body("name", equalTo("Written"));
        editor().header("If-Match", patched.header("ETag"))
                .delete(TOPICS + "/topic-written").then().statusCode(204);
        given().get(TOPICS + "/topic-written").then().statusCode(404);
    }

    @Test
    void aTakenSlugOrATopicInUseIsAConflict() {
        editor().contentType(ContentType.JSON)
                .body("{\"slug\": \"acupuncture\", \"name\": \"Again\"}").post(TOPICS).then().statusCode(409)
                .body("errors[0].field", equalTo("slug"));
        editor()
                .header("If-Match", Api.etag(TOPICS + "/acupuncture"))
                .delete(TOPICS + "/acupuncture").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("health-benefits-of-acupuncture-part-1"));
        given().get(TOPICS + "/acupuncture").then().statusCode(200).body("name", equalTo("Acupuncture"));
    }
}
