package org.evidenceapi.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** H2's plan for a statement Hibernate ran, for tests of index use; such a test is skipped on other databases. */
public final class H2Plans {
    private H2Plans() {
    }

    public static String of(DataSource dataSource, String statement) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue("H2".equals(c.getMetaData().getDatabaseProductName()), "H2's plan format");
            try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + statement);
                    ResultSet plan = explain.executeQuery()) {
                assertTrue(plan.next());
                return plan.getString(1);
            }
        }
    }
}
