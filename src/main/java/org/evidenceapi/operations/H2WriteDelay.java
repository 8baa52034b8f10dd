package org.evidenceapi.operations;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On embedded H2, a commit is in the database file before the request that made it answers, whatever JDBC URL is
 * configured. H2 otherwise writes commits up to 500 ms later (WRITE_DELAY), and a process killed meanwhile lost
 * writes it had answered 2xx. The default URL says WRITE_DELAY=0; an operator's own URL may not, and H2 2.3 does
 * not keep a SET WRITE_DELAY: each opening of the database starts again from the URL's value or 500. So every
 * connection the pool opens sets it; the setting is the database's, and only a new connection reopens it.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class H2WriteDelay implements AgroalPoolInterceptor {
    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 refused SET WRITE_DELAY 0 (it needs an admin user): without it, "
                    + "acknowledged writes can be lost when the process dies", e);
        }
    }
}
