package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.notFound;
import static org.evidenceapi.common.Api.problem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors outside any one resource: unknown paths, wrong methods, unacceptable media types, unknown ids. */
@QuarkusTest
class ErrorResponseTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nope", "/api/v1/articles/" + Api.SEED + "/comments-nope", "/api/v2/articles",
            "/api/v1/claims/" + UNKNOWN_ID + "/studies"})
    void unknownPathIsA404Problem(String path) {
        problem(given().get(path), 404, "Not Found", path)
                .body("detail", containsString(path))
                .body("$", not(hasKey("errors")))
                .header("ETag", nullValue());
    }

    static Stream<Arguments> unknownIds() {
        return Stream.of(
                Arguments.of("/articles/", "no-such-article"), Arguments.of("/articles/", UNKNOWN_ID),
                Arguments.of("/claims/", UNKNOWN_ID), Arguments.of("/studies/", UNKNOWN_ID),
                Arguments.of("/references/", UNKNOWN_ID),
                Arguments.of("/authors/", "no-such-author"), Arguments.of("/authors/", UNKNOWN_ID),
                Arguments.of("/topics/", "no-such-topic"), Arguments.of("/topics/", UNKNOWN_ID));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("unknownIds")
    void unknownIdOrSlugIsA404NamingIt(String collection, String key) {
        String path = V1 + collection + key;
        notFound(given().get(path), path, "'" + key + "'").header("ETag", nullValue());
    }

    static Stream<Arguments> wrongMethods() {
        return Stream.of(
                Arguments.of(Method.PUT, V1 + "/articles"), Arguments.of(Method.DELETE, V1 + "/articles"),
                Arguments.of(Method.POST, SEED_PATH), Arguments.of(Method.POST, SEED_PATH + "/claims"),
                Arguments.of(Method.GET, V1 + "/imports"),
                Arguments.of(Method.PUT, V1 + "/claims"), Arguments.of(Method.POST, V1 + "/claims/" + UNKNOWN_ID),
                Arguments.of(Method.POST, V1 + "/studies/" + UNKNOWN_ID), Arguments.of(Method.POST, V1 + "/references/" + UNKNOWN_ID),
                Arguments.of(Method.POST, V1 + "/authors/margaux-loyer"), Arguments.of(Method.PUT, V1 + "/topics"),
                Arguments.of(Method.POST, SEED_PATH + "/revisions"), Arguments.of(Method.PUT, SEED_PATH + "/integrity"),
                Arguments.of(Method.DELETE, SEED_PATH + "/evidence"), Arguments.of(Method.PUT, SEED_PATH + "/comments"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongMethods")
    void wrongMethodIsA405Problem(Method method, String path) {
        problem(given().contentType("application/json").body("{}").request(method, path), 405,
                "Method Not Allowed", path)
                .body("$", not(hasKey("errors")));
    }

    @Test
    void wrongMethodNamesTheAllowedMethods() {
        given().put(V1 + "/articles").then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().post(SEED_PATH).then().statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        given().post(V1 + "/claims/" + UNKNOWN_ID).then().statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        given().delete(SEED_PATH + "/comments").then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().get(V1 + "/articles/" + Api.SEED + "/no-such-part").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/" + Api.SEED, "/articles/" + Api.SEED + "/references", "/claims",
            "/studies", "/references", "/authors/margaux-loyer", "/topics"})
    void unacceptableMediaTypeIsA406Problem(String path) {
        problem(given().accept("application/xml").get(V1 + path), 406, "Not Acceptable", V1 + path)
                .body("detail", containsString("Accept"));
    }

    @Test
    void htmlIsNotAcceptableEither() {
        problem(given().accept("text/html").get(SEED_PATH), 406, "Not Acceptable", SEED_PATH);
    }

    @Test
    void anyOrJsonAcceptIsServed() {
        given().accept("*/*").get(SEED_PATH).then().statusCode(200);
        given().accept("application/json").get(SEED_PATH).then().statusCode(200);
        given().accept("application/xml, application/json;q=0.5").get(SEED_PATH).then().statusCode(200);
    }

    @Test
    void errorsNeverLeakStackTraces() {
        given().get(V1 + "/claims/not-a-uuid").then().statusCode(400)
                .body("detail", not(containsString("Exception")))
                .body("$", not(hasKey("stackTrace")))
                .body("$", not(hasKey("trace")));
    }
}
