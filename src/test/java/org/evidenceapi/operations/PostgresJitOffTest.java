package org.evidenceapi.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Every pooled PostgreSQL connection runs with the JIT compiler off (PostgresJitOff): the server's default is on. */
@QuarkusTest
@EnabledIfSystemProperty(named = "evidence.db-kind", matches = "postgresql", disabledReason = "a PostgreSQL setting")
class PostgresJitOffTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachConnectionOfThePoolHasTheJitOff() throws SQLException {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            assertEquals("off", jit(first));
            assertEquals("off", jit(second));
        }
    }

    private static String jit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet setting = statement.executeQuery("SHOW jit")) {
            setting.next();
            return setting.getString(1);
        }
    }
}
