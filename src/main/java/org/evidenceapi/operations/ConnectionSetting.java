package org.evidenceapi.operations;

import io.agroal.api.AgroalPoolInterceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A statement every connection the pool opens runs before its first use; a connection that refuses it is not used. */
abstract class ConnectionSetting implements AgroalPoolInterceptor {
    /** The statement, e.g. {@code SET jit = off}. */
    abstract String statement();

    /** What is at stake if the database refuses it. */
    abstract String withoutIt();

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statement());
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused " + statement() + ": " + withoutIt(), e);
        }
    }
}
