package org.evidenceapi.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

import io.quarkus.test.junit.QuarkusTest;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {
    @Test
    void prometheusShowsRequestsPerRouteTemplateThePoolAndTheCache() {
        given().get(Api.SEED_PATH).then().statusCode(200);
        given().get(Api.SEED_PATH).then().statusCode(200);
        Api.editor().get(Api.SEED_PATH).then().statusCode(200); // an editor's reads skip the response cache...
        Api.editor().get(Api.SEED_PATH).then().statusCode(200); // ...and find the article's document kept
        given().get(Api.V1 + "/articles/no-such-article").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, matchesRegex("(?s).*http_server_requests_seconds_count\\{[^}]*"
                + "status=\"200\"[^}]*uri=\"/api/v1/articles/\\{idOrSlug}\"[^}]*} [0-9.]+.*"));
        assertThat(metrics, matchesRegex("(?s).*http_server_requests_seconds_count\\{[^}]*"
                + "status=\"404\"[^}]*uri=\"/api/v1/articles/\\{idOrSlug}\"[^}]*} [0-9.]+.*"));
        assertThat(metrics, containsString("agroal_active_count"));
        assertThat(metrics, matchesRegex("(?s).*cache_gets_total\\{[^}]*cache=\"article-documents\""
                + "[^}]*result=\"hit\"[^}]*} [1-9][0-9.]*.*"));
    }
}
