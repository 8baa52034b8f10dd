package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** limit, cursor and sort on every collection: defaults, bounds, tampered cursors, cursors of another sort. */
@QuarkusTest
class PagingParametersTest {
    static final List<String> COLLECTIONS = List.of(V1 + "/articles", V1 + "/claims", V1 + "/studies",
            V1 + "/references", V1 + "/authors", V1 + "/topics", SEED_PATH + "/claims", SEED_PATH + "/references",
            SEED_PATH + "/studies");

    static Stream<String> collections() {
        return COLLECTIONS.stream();
    }

    static Stream<Arguments> badLimits() {
        return COLLECTIONS.stream().flatMap(path -> Stream.of("0", "101", "-1", "abc", "2.5", "1e2")
                .map(limit -> Arguments.of(path, limit)));
    }

    @ParameterizedTest(name = "{0}?limit={1}")
    @MethodSource("badLimits")
    void limitOutOfRangeOrNotANumberIs400(String path, String limit) {
        badParameter(given().queryParam("limit", limit).get(path), path, "limit")
                .body("errors[0].message", equalTo("must be a whole number between 1 and 100"));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void limitDefaultsToTwentyAndAcceptsOneToHundred(String path) {
        given().get(path).then().statusCode(200)
                .body("page.limit", equalTo(20))
                .body("items.size()", lessThanOrEqualTo(20));
        given().queryParam("limit", 1).get(path).then().statusCode(200)
                .body("page.limit", equalTo(1))
                .body("items", hasSize(1));
        given().queryParam("limit", 100).get(path).then().statusCode(200)
                .body("page.limit", equalTo(100));
    }

    static Stream<Arguments> tamperedCursors() {
        String uuid = "01a20d8a-d9a1-7350-a79d-219bb2b9a781";
        return COLLECTIONS.stream().flatMap(path -> Stream.of(
                "not-a-cursor",
                "!!!",
                encode("{\"s\":\"createdAt\"}"),
                encode("[1,2,3]"),
                encode("null"),
                encode("{\"s\":\"createdAt\",\"b\":false,\"v\":\"2024-01-01T00:00:00Z\",\"i\":\"not-a-uuid\"}"),
                encode("{\"s\":\"createdAt\",\"b\":false,\"v\":\"2024-01-01T00:00:00Z\",\"i\":\"" + uuid
                        + "\",\"x\":1}"))
                .map(cursor -> Arguments.of(path, cursor)));
    }

    @ParameterizedTest(name = "{0} cursor={1}")
    @MethodSource("tamperedCursors")
    void aCursorTheApiDidNotIssueIs400(String path, String cursor) {
        badParameter(given().queryParam("cursor", cursor).get(path), path, "cursor");
    }

    static Stream<Arguments> cursorsWithBadValues() {
        String uuid = "01a20d8a-d9a1-7350-a79d-219bb2b9a781";
        return Stream.of(
                Arguments.of(V1 + "/claims", "createdAt", "yesterday", uuid),
                Arguments.of(V1 + "/articles", "-createdAt", "2024-13-45", uuid),
                Arguments.of(SEED_PATH + "/claims", "position", "first", uuid),
                Arguments.of(SEED_PATH + "/references", "number", "9.5", uuid));
    }

    @ParameterizedTest(name = "{0} sort {1} value {2}")
    @MethodSource("cursorsWithBadValues")
    void aCursorWhoseKeyValueDoesNotParseIs400(String path, String sort, String value, String id) {
        String cursor = encode("{\"s\":\"" + sort + "\",\"b\":false,\"v\":\"" + value + "\",\"i\":\"" + id + "\"}");
        badParameter(given().queryParam("cursor", cursor).get(path), path, "cursor");
    }

    @Test
    void aWellFormedCursorOfTheRightSortIsAccepted() {
        // the shape tests above fail for the right reason only if a well-formed one passes
        String cursor = encode("{\"s\":\"position\",\"b\":false,\"v\":\"28\",\"i\":\"00000000-0000-7000-8000-000000000000\"}");
        given().queryParam("cursor", cursor).get(SEED_PATH + "/claims").then().statusCode(200)
                .body("items.position", equalTo(List.of(28, 29, 30, 31)));
    }

    static Stream<Arguments> sortMismatches() {
        return Stream.of(
                Arguments.of(V1 + "/articles", "title", "-title"),
                Arguments.of(V1 + "/articles", "createdAt", "updatedAt"),
                Arguments.of(V1 + "/studies", "createdAt", "title"),
                Arguments.of(V1 + "/references", "-title", "title"),
                Arguments.of(V1 + "/claims", "createdAt", "-createdAt"),
                Arguments.of(V1 + "/authors", "name", "createdAt"),
                Arguments.of(V1 + "/topics", "-name", "name"));
    }

    @ParameterizedTest(name = "{0}: cursor of sort {1} used with sort {2}")
    @MethodSource("sortMismatches")
    void aCursorIssuedForAnotherSortIs400OnCursor(String path, String issuedFor, String usedWith) {
        String cursor = given().queryParams(Map.of("sort", issuedFor, "limit", 1)).get(path).then().statusCode(200)
                .body("page.nextCursor", notNullValue()).extract().path("page.nextCursor");
        badParameter(given().queryParams(Map.of("sort", usedWith, "cursor", cursor)).get(path), path, "cursor")
                .body("errors[0].message", equalTo("was issued for sort '" + issuedFor + "', not '" + usedWith + "'"));
        given().queryParams(Map.of("sort", issuedFor, "cursor", cursor)).get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/claims", "/studies", "/references", "/authors", "/topics"})
    void unknownSortIs400OnSort(String collection) {
        String path = V1 + collection;
        badParameter(given().queryParam("sort", "nonsense").get(path), path, "sort")
                .body("errors[0].message", containsString("must be one of"));
        badParameter(given().queryParam("sort", "--createdAt").get(path), path, "sort");
    }

    @Test
    void theLinkHeaderOfAMiddlePageHasNextAndPrev() {
        var first = Pages.fetch(V1 + "/claims", Map.of("limit", 3), null, "id");
        var second = Pages.fetch(V1 + "/claims", Map.of("limit", 3), first.nextCursor(), "id");
        assertEquals(List.of("next"), List.copyOf(first.links().keySet()));
        assertEquals(2, second.links().size());
        var viaNext = Pages.fetchUrl(first.links().get("next"), "id");
        assertEquals(second.keys(), viaNext.keys());
        var viaPrev = Pages.fetchUrl(second.links().get("prev"), "id");
        assertEquals(first.keys(), viaPrev.keys());
    }

    @Test
    void aSinglePageHasNoLinkHeader() {
        given().queryParam("limit", 100).get(SEED_PATH + "/references").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.nullValue())
                .body("items", hasSize(23))
                .body("page.nextCursor", org.hamcrest.Matchers.nullValue())
                .body("page.prevCursor", org.hamcrest.Matchers.nullValue());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
