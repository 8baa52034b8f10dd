package org.evidenceapi.caching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** With evidence.cache.enabled=false every read goes through the resources to the database, as bench/run measures it. */
@QuarkusTest
@TestProfile(CachesOffTest.CachesOff.class)
class CachesOffTest {
    public static class CachesOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evidence.cache.enabled", "false");
        }
    }

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aRepeatedReadReachesTheDatabaseEveryTime() {
        String expanded = Api.SEED_PATH + "?include=claims,studies,references,authors,topics";
        given().get(expanded).then().statusCode(200);
        double hits = InProcessCaches.responseHits();
        sessionFactory.getStatistics().clear();
        String again = given().get(expanded).then().statusCode(200).header("Cache-Control", "public, max-age=60, "
                + "stale-while-revalidate=300").extract().asString();
        assertEquals(hits, InProcessCaches.responseHits(), "not answered from the response cache");
        assertTrue(sessionFactory.getStatistics().getPrepareStatementCount() >= 8, "the document was built again");
        assertTrue(again.contains("\"claims\""));
    }
}
