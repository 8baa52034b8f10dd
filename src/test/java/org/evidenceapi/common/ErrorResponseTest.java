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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors outside any one resource: unknown paths, wrong methods, unacceptable media types, unreadable
 * Content-Types, unknown ids.
 */
@QuarkusTest
class ErrorResponseTest {
    @TestHTTPResource("/")
    URI base;

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

    /**
     * A Content-Type that does not parse is a 415 naming the header, before authentication, wherever a body goes:
     * POST /references (which chooses between JSON, BibTeX and RIS by it) answered 500.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/x-bibtex; =;", ";;;", "text", "/json", "application/json; charset",
            "application/json; charset=a b"})
    void anUnparseableContentTypeIsA415NamingTheHeader(String contentType) throws Exception {
        for (String path : List.of(V1 + "/references", V1 + "/imports")) {
            for (String token : new String[] {null, Tokens.editor()}) {
                HttpResponse<String> response = send(path, contentType, token);
                String what = path + (token == null ? "" : " with a token") + ": " + response.body();
                assertEquals(415, response.statusCode(), what);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Api.PROBLEM_JSON), what);
                JsonPath problem = JsonPath.from(response.body());
                assertEquals(415, problem.getInt("status"), what);
                assertEquals(path, problem.getString("instance"), what);
                assertTrue(problem.getString("detail").contains("Content-Type"), what);
            }
        }
    }

    /** The check is RFC 9110's grammar: empty parameters and quoted values are media types. */
    @ParameterizedTest
    @ValueSource(strings = {"application/json;", "application/json; charset=\"utf-8\"",
            "application/json;;charset=utf-8"})
    void anyWellFormedContentTypeGetsPastTheCheck(String contentType) throws Exception {
        for (String path : List.of(V1 + "/references", V1 + "/imports")) {
            assertEquals(401, send(path, contentType, null).statusCode(), path);
        }
    }

    /** Sent as given: RestAssured would rewrite a Content-Type it cannot read. */
    private HttpResponse<String> send(String path, String contentType, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("@article{x, title = {T}}"));
        if (token != null) {
            request.header("Authorization", token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void errorsNeverLeakStackTraces() {
        given().get(V1 + "/claims/not-a-uuid").then().statusCode(400)
                .body("detail", not(containsString("Exception")))
                .body("$", not(hasKey("stackTrace")))
                .body("$", not(hasKey("trace")));
    }
}
