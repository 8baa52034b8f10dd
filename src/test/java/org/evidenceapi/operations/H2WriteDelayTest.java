package org.evidenceapi.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * An operator's own H2 URL without WRITE_DELAY=0 still gets every commit written before it returns (H2WriteDelay);
 * CrashDurabilityIT shows what that setting buys: nothing answered 2xx is lost to kill -9.
 */
@QuarkusTest
@TestProfile(H2WriteDelayTest.UrlWithoutWriteDelay.class)
@DisabledIfSystemProperty(named = "evidence.db-kind", matches = "postgresql", disabledReason = "an H2 setting")
class H2WriteDelayTest {
    public static class UrlWithoutWriteDelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path file = Path.of("target", "h2-write-delay", UUID.randomUUID().toString(), "evidence-api");
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + file.toAbsolutePath(),
                    "evidence.demo-content.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFileDatabaseOpenedWithoutWriteDelayInTheUrlWritesEachCommitAtOnce() throws SQLException {
        // H2 lists the delay in effect, and also the last one SET if any; every one must be 0 (H2's default is 500).
        assertEquals(List.of("0"), writeDelays().stream().distinct().toList());
    }

    private List<String> writeDelays() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (settings.next()) {
                values.add(settings.getString(1));
            }
        }
        return values;
    }
}
