package org.evidenceapi.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.persistence.InLists;

/**
 * Plain JDBC on the writing transaction's own connection: the recording runs after the ORM session has flushed,
 * as the transaction commits, where only SQL is left to use.
 */
record Jdbc(Connection connection) {

    interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    <R> List<R> query(String sql, List<?> parameters, RowReader<R> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<R> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("change recording failed: " + e.getMessage(), e);
        }
    }

    /** {@code sql} with {@code %s} where the placeholders of {@code ids} go, run over slices of them. */
    <R> List<R> queryIn(String sql, Collection<UUID> ids, RowReader<R> reader) {
        return InLists.sliced(ids, slice -> query(sql.formatted(String.join(", ", Collections.nCopies(slice.size(),
                "?"))), slice, reader));
    }

    int update(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("change recording failed: " + e.getMessage(), e);
        }
    }

    void batch(String sql, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<?> row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("change recording failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
