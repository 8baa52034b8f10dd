package org.evidenceapi.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL on one connection, for work the ORM cannot do where it runs: the changes feed and the webhook queue
 * write as a transaction commits, after the session has flushed, and the webhook queue claims rows with
 * {@code SKIP LOCKED}. Instants are bound as UTC offsets, so no JVM time zone comes in between; a null is bound
 * untyped, for the database to type from its column.
 */
public record Jdbc(Connection connection) {

    public interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    public <R> List<R> query(String sql, List<?> parameters, RowReader<R> reader) {
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
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    /** {@code sql} with {@code %s} where the placeholders of {@code ids} go, run over slices of them. */
    public <R> List<R> queryIn(String sql, Collection<UUID> ids, RowReader<R> reader) {
        return InLists.sliced(ids, slice -> query(sql.formatted(String.join(", ", Collections.nCopies(slice.size(),
                "?"))), slice, reader));
    }

    public int update(String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    public void batch(String sql, List<List<?>> rows) {
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
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
            }
        }
    }
}
