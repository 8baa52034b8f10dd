package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Shared vocabulary of the API tests: paths of the seed content, the RFC 9457 problem assertions, and lookups of
 * seed ids through the API itself (ids are generated at start-up, so tests never hard-code them).
 */
public final class Api {
    public static final String V1 = "/api/v1";
    public static final String SEED = "health-benefits-of-acupuncture-part-1";
    public static final String SEED_PATH = V1 + "/articles/" + SEED;
    public static final String PROBLEM_JSON = "application/problem+json";
    /** A well-formed UUID(v7) that no row has. */
    public static final String UNKNOWN_ID = "01a20d8a-0000-7000-8000-000000000000";

    private Api() {
    }

    /** A request as an editor, who may write content and sees drafts. */
    public static RequestSpecification editor() {
        return given().header("Authorization", Tokens.editor());
    }

    /** A request as an administrator. */
    public static RequestSpecification admin() {
        return given().header("Authorization", Tokens.admin());
    }

    /** The current entity tag of the resource at {@code path}, read as an editor, for an If-Match. */
    public static String etag(String path) {
        return editor().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Asserts an RFC 9457 problem of {@code status} for the request path {@code instance}. */
    public static ValidatableResponse problem(Response response, int status, String title, String instance) {
        return response.then()
                .statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(instance))
                .body("detail", not(blankOrNullString()));
    }

    /** A 404 problem whose detail names the value that was not found. */
    public static ValidatableResponse notFound(Response response, String instance, String value) {
        return problem(response, 404, "Not Found", instance)
                .body("detail", containsString(value))
                .body("$", not(org.hamcrest.Matchers.hasKey("errors")));
    }

    /** A 400 problem naming exactly one offending parameter in the detail and in errors[0].field. */
    public static ValidatableResponse badParameter(Response response, String instance, String field) {
        return problem(response, 400, "Bad Request", instance)
                .body("detail", containsString("'" + field + "'"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", not(blankOrNullString()));
    }

    /** The seed article's id, as the API reports it. */
    public static String seedArticleId() {
        return given().get(SEED_PATH).then().statusCode(200).extract().path("id");
    }

    /** The seed's bibliography entries (number, reference) in citation order. */
    public static List<Map<String, Object>> seedBibliography() {
        return json(SEED_PATH + "/references?limit=100").getList("items");
    }

    /** The id of the seed's reference cited as [number]. */
    public static String seedReferenceId(int number) {
        return json(SEED_PATH + "/references?limit=100")
                .getString("items.find { it.number == " + number + " }.reference.id");
    }

    /** The id of the seed's claim at {@code position}. */
    public static String seedClaimId(int position) {
        return json(SEED_PATH + "/claims?limit=100").getString("items.find { it.position == " + position + " }.id");
    }

    /** The id of the seed's study summary whose title starts with {@code titleStart}. */
    public static String seedStudyId(String titleStart) {
        List<Map<String, Object>> studies = json(SEED_PATH + "/studies?limit=100").getList("items");
        List<Object> ids = studies.stream().filter(s -> ((String) s.get("title")).startsWith(titleStart))
                .map(s -> s.get("id")).toList();
        if (ids.size() != 1) {
            throw new AssertionError("expected one seed study titled '" + titleStart + "...', found " + ids.size());
        }
        return (String) ids.get(0);
    }

    public static JsonPath json(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Runs a read (e.g. a repository count) in its own transaction. */
    public static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
