package org.evidenceapi.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

/** What every response carries for browsers, caches and proxies: CORS, compression and security headers. */
@QuarkusTest
class HttpSurfaceTest {
    private static final String APP = "https://app.example.org";

    @Test
    void aConfiguredOriginMayCallTheApiAndReadItsHeaders() {
        given().header("Origin", APP).get(Api.SEED_PATH).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
        given().header("Origin", APP).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options(Api.SEED_PATH).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example").get(Api.SEED_PATH).then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "DELETE")
                .options(Api.SEED_PATH).then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void jsonIsCompressedForClientsThatAcceptIt() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(raw).header("Accept-Encoding", "gzip").get(Api.SEED_PATH + "?include=claims").then()
                .statusCode(200).header("Content-Encoding", equalTo("gzip"));
        given().config(raw).get(Api.SEED_PATH).then().statusCode(200).header("Content-Encoding", nullValue());
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        for (String path : new String[] {Api.SEED_PATH, Api.V1 + "/articles/no-such-article"}) {
            given().get(path).then().header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        }
    }

    @Test
    void everyResponseNamesItsRequestId() {
        given().header("X-Request-Id", "front-end-42").get(Api.SEED_PATH).then().header("X-Request-Id", "front-end-42");
        String generated = given().get(Api.V1 + "/articles/no-such-article").then().statusCode(404).extract()
                .header("X-Request-Id");
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
        given().header("X-Request-Id", "bad id with spaces").get(Api.SEED_PATH).then()
                .header("X-Request-Id", not("bad id with spaces"));
    }
}
