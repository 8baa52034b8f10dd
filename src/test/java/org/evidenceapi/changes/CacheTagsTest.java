package org.evidenceapi.changes;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheTagsTest {
    @Test
    void aPublicReadNamesTheResourcesOfItsPathInBothHeaders() {
        Response answer = given().get(V1 + "/claims?article=" + Api.SEED);
        assertEquals("claims", answer.header("Surrogate-Key"));
        assertEquals("claims", answer.header("Cache-Tag"));
        assertEquals("references", given().get(V1 + "/references").header("Surrogate-Key"));
        assertEquals("search", given().get(V1 + "/search?q=acupuncture").header("Surrogate-Key"));
    }

    /** Every change to what an article shows names the article, so its pages need no collection's tag. */
    @Test
    void whatIsShownBelowAResourceCarriesTheResourcesTag() {
        for (String below : new String[] {"/claims", "/references", "/studies", "/evidence"}) {
            Response answer = given().get(V1 + "/articles/" + Api.SEED + below);
            assertEquals(200, answer.statusCode(), below);
            assertEquals("article:" + Api.SEED, answer.header("Surrogate-Key"), below);
            assertEquals("article:" + Api.SEED, answer.header("Cache-Tag"), below);
        }
    }

    @Test
    void anAnswerToATokenCarriesNoTags() {
        assertNull(Api.editor().get(V1 + "/articles/" + Api.SEED).header("Surrogate-Key"));
    }
}
