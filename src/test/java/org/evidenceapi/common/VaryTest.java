package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One Vary for every read, whatever it negotiates and whatever its status: each depends on Accept (its
 * representation, or a 406) and on the token (drafts, public or private).
 */
@QuarkusTest
class VaryTest {
    static final List<String> VARY = List.of("Accept, Accept-Encoding, Authorization");

    /** Stands for the seed's reference [9], whose id is known only once the service runs. */
    static final String REFERENCE = V1 + "/references/{reference9}";

    static Stream<Arguments> reads() {
        String reference = REFERENCE;
        return Stream.of(
                Arguments.of(V1 + "/articles", "*/*"),
                Arguments.of(SEED_PATH, "*/*"),
                Arguments.of(SEED_PATH, "application/json"),
                Arguments.of(SEED_PATH, "application/ld+json"),
                Arguments.of(SEED_PATH + "?include=claims", "application/json"),
                Arguments.of(SEED_PATH + "/claims", "*/*"),
                Arguments.of(V1 + "/claims?limit=5", "application/json"),
                Arguments.of(SEED_PATH + "/references", "*/*"),
                Arguments.of(SEED_PATH + "/references", "application/x-bibtex"),
                Arguments.of(SEED_PATH + "/references", "text/x-bibliography; style=vancouver"),
                Arguments.of(reference, "application/json"),
                Arguments.of(reference, "application/x-research-info-systems"),
                Arguments.of(V1 + "/studies", "*/*"),
                Arguments.of(SEED_PATH + "/evidence", "*/*"),
                Arguments.of(V1 + "/topics/acupuncture", "*/*"));
    }

    @ParameterizedTest
    @MethodSource("reads")
    void everyReadVariesOnAcceptAndAuthorization(String read, String accept) {
        String path = read.replace("{reference9}", Api.seedReferenceId(9));
        Response anonymous = given().accept(accept).get(path);
        anonymous.then().statusCode(200);
        assertEquals(VARY, anonymous.headers().getValues("Vary"), "anonymous " + path + " as " + accept);
        Response editor = given().accept(accept).header("Authorization", Tokens.editor()).get(path);
        editor.then().statusCode(200);
        assertEquals(VARY, editor.headers().getValues("Vary"), "editor's " + path + " as " + accept);
        Response notModified = given().accept(accept).header("If-None-Match", anonymous.header("ETag")).get(path);
        notModified.then().statusCode(304);
        assertEquals(VARY, notModified.headers().getValues("Vary"), "304 of " + path + " as " + accept);
        Response head = given().accept(accept).head(path);
        head.then().statusCode(200);
        assertEquals(VARY, head.headers().getValues("Vary"), "HEAD " + path + " as " + accept);
    }

    /** What a read refuses depends on the same headers: a 406 on Accept, a 404 for a draft on the token. */
    @Test
    void refusedReadsVaryAlike() {
        Response notAcceptable = given().accept("text/csv").get(V1 + "/claims");
        notAcceptable.then().statusCode(406).contentType(Api.PROBLEM_JSON);
        assertEquals(VARY, notAcceptable.headers().getValues("Vary"));
        Response notAcceptableArticle = given().accept("application/x-bibtex").get(SEED_PATH);
        notAcceptableArticle.then().statusCode(406);
        assertEquals(VARY, notAcceptableArticle.headers().getValues("Vary"));
        Response notFound = given().get(V1 + "/articles/no-such-article");
        notFound.then().statusCode(404);
        assertEquals(VARY, notFound.headers().getValues("Vary"));
    }

    /** No cache keeps the answer to a write, so it names no Vary. */
    @Test
    void writesCarryNoVary() {
        Response refused = editor().contentType(ContentType.JSON)
                .body("{}").post(V1 + "/topics");
        refused.then().statusCode(400);
        assertEquals(List.of(), refused.headers().getValues("Vary"));
    }
}
