package org.evidenceapi.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps a schema's constraints working after the connection that created them is gone, as
 * it is when the pool retires the migration connection. H2 2.4.240 failed this ("Check constraint invalid ... The
 * database has been closed"), which made every article insert fail five minutes after start; the pom pins H2.
 */
@Tag("unit")
class SchemaLifetimeTest {
    @Test
    void aCheckConstraintOutlivesTheConnectionThatCreatedIt() throws SQLException {
        String url = "jdbc:h2:mem:schema-lifetime;DB_CLOSE_DELAY=-1";
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url)) {
            try (Connection migration = DriverManager.getConnection(url); Statement ddl = migration.createStatement()) {
                ddl.execute("CREATE TABLE t (status VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')))");
            }
            try (Connection later = DriverManager.getConnection(url); Statement insert = later.createStatement()) {
                assertEquals(1, insert.executeUpdate("INSERT INTO t VALUES ('DRAFT')"));
            }
        }
    }
}
