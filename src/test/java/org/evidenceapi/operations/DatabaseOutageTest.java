package org.evidenceapi.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Readiness follows the database: DOWN (503) while it is unreachable, UP again once it is back; liveness stays UP.
 * The database is an H2 server this test stops and starts, so the test runs on the H2 build only.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseOutageTest.H2Server.class, restrictToAnnotatedClass = true)
@TestProfile(DatabaseOutageTest.ServedDatabase.class)
@DisabledIfSystemProperty(named = "evidence.db-kind", matches = "postgresql", disabledReason = "stops an H2 server")
class DatabaseOutageTest {
    static int port;
    static Server server;

    public static class ServedDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evidence.health.database-probe-interval", "PT0.1S");
        }
    }

    public static class H2Server implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            startServer();
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:tcp://localhost:" + port + "/mem:outage;DB_CLOSE_DELAY=-1");
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @Test
    void readinessFailsWhileTheDatabaseIsDownAndRecovers() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.pendingMigrations", equalTo(0));

        server.stop();
        Thread.sleep(300);
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        startServer();
        Thread.sleep(300);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/articles").then().statusCode(200);
    }

    static void startServer() {
        try {
            server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
