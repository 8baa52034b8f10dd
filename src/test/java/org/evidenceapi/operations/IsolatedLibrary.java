package org.evidenceapi.operations;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A database of its own, with the demo content, for tests that write or delete everything in it: a second
 * in-memory H2 database, or on PostgreSQL a schema of its own in the test database. A subclass that names another
 * database gives a test class a library no other class touches.
 */
public class IsolatedLibrary implements QuarkusTestProfile {

    /** Readers' comments are not limited here: the tests post many, all from one address. */
    private static final String UNLIMITED_COMMENTS = "1000000";

    protected String database() {
        return "isolated_library";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String name = database();
        String url = System.getProperty("evidence.test.jdbc-url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            return Map.of("quarkus.datasource.jdbc.url", url + (url.contains("?") ? "&" : "?")
                    + "currentSchema=" + name + ",public", "quarkus.flyway.schemas", name,
                    "evidence.comments.rate-limit.posts", UNLIMITED_COMMENTS);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "evidence.comments.rate-limit.posts", UNLIMITED_COMMENTS);
    }
}
