package org.evidenceapi.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 URL keeps the database open when a thread reading it is interrupted, as the transaction manager
 * interrupts its own thread when it rolls back a transaction past its timeout. With H2's plain file system the
 * interrupt closes the file under the open database: a benchmark's service answered nothing after one such rollback
 * until it was restarted.
 */
@DisabledIfSystemProperty(named = "evidence.db-kind", matches = "postgresql", disabledReason = "an H2 setting")
class H2InterruptTest {
    @TempDir
    Path dataDir;

    @Test
    void theDefaultUrlsDatabaseSurvivesInterruptedReadsWhileThePoolKeepsItOpen() throws Exception {
        String url = defaultUrl().replace("${evidence.data-dir}", dataDir.toString()) + ";CACHE_SIZE=256";
        assertTrue(url.startsWith("jdbc:h2:retry:"), url);
        try (Connection pool = DriverManager.getConnection(url, "sa", "")) {
            fill(pool);
            for (int round = 0; round < 10; round++) {
                Thread reader = new Thread(() -> readEverything(url));
                reader.start();
                for (int i = 0; i < 200 && reader.isAlive(); i++) {
                    Thread.sleep(1);
                    reader.interrupt();
                }
                reader.join();
            }
            assertEquals(20_000, count(pool), "the connection the pool kept still reads");
            pool.createStatement().execute("insert into t values (-1, 'after')");
            try (Connection fresh = DriverManager.getConnection(url, "sa", "")) {
                assertEquals(20_001, count(fresh), "a new connection reads what was written after the interrupts");
            }
        }
    }

    private static String defaultUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.datasource.jdbc.url");
    }

    private static void fill(Connection connection) throws SQLException {
        connection.createStatement().execute("create table t (id int primary key, v varchar(2000))");
        try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)")) {
            for (int i = 0; i < 20_000; i++) {
                insert.setInt(1, i);
                insert.setString(2, "x".repeat(1000) + i);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** Reads every row, or stops where the interrupt makes it fail: the database must outlive that. */
    private static void readEverything(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery(
                        "select sum(length(v)) from t where v like '%9%'")) {
            rows.next();
        } catch (SQLException interrupted) {
            // what the interrupted statement answers does not matter here
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from t")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
