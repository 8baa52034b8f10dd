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
        Response answer = given().get(V1 + "/articles/" + Api.SEED + "/claims");
        assertEquals("article:" + Api.SEED + " claims", answer.header("Surrogate-Key"));
        assertEquals("article:" + Api.SEED + ",claims", answer.header("Cache-Tag"));
        assertEquals("references", given().get(V1 + "/references").header("Surrogate-Key"));
    }

    @Test
    void anAnswerToATokenCarriesNoTags() {
        assertNull(Api.editor().get(V1 + "/articles/" + Api.SEED).header("Surrogate-Key"));
    }
}
