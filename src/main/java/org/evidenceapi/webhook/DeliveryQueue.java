package org.evidenceapi.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The durable queue of deliveries, in plain SQL: queued on the writing transaction's own connection, claimed with
 * {@code FOR UPDATE SKIP LOCKED} in a short transaction (so several instances never claim one delivery together),
 * and its outcome recorded in another, only by the claim that still holds it. A claim holds a delivery by moving
 * its {@code next_attempt_at} to the end of the lease: a dispatcher that dies mid-send leaves it due again then.
 * <p>
 * H2 (2.3) applies {@code FETCH FIRST} before skipping locked rows, so a claim running beside another may find
 * nothing this time; it looks again at the next poll. PostgreSQL skips first, then limits.
 */
@ApplicationScoped
class DeliveryQueue {
    private static final String DUE = "SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?"
            + " AND endpoint_id IN (SELECT id FROM webhook_endpoint WHERE enabled = TRUE)"
            + " ORDER BY next_attempt_at FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";
    private static final String HOLD = "UPDATE webhook_delivery SET next_attempt_at = ?, claim_token = ?,"
            + " attempts = attempts + 1 WHERE id = ?";
    private static final String HELD = "SELECT d.id, d.endpoint_id, e.url, e.secret, d.payload, d.attempts"
            + " FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id WHERE d.claim_token = ?";
    private static final String RECORD = "UPDATE webhook_delivery SET status = ?, next_attempt_at = ?,"
            + " delivered_at = ?, last_status_code = ?, last_error = ?, claim_token = NULL"
            + " WHERE id = ? AND claim_token = ?";
    private static final String SUCCEEDED = "UPDATE webhook_endpoint SET consecutive_failures = 0,"
            + " version = version + 1 WHERE id = ? AND consecutive_failures <> 0";
    private static final String FAILED = "UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1,"
            + " version = version + 1 WHERE id = ?";
    private static final String DISABLE = "UPDATE webhook_endpoint SET enabled = FALSE, disabled_reason = ?,"
            + " updated_at = ?, version = version + 1 WHERE id = ? AND enabled = TRUE AND consecutive_failures >= ?";

    private static final int MAX_REASON_LENGTH = 500;

    @Inject
    AgroalDataSource dataSource;

    /** The enabled endpoints and the events each wants, read in the writing transaction. */
    List<Subscription> subscriptions(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, events FROM webhook_endpoint WHERE enabled = TRUE");
                ResultSet rows = select.executeQuery()) {
            List<Subscription> subscriptions = new ArrayList<>();
            while (rows.next()) {
                subscriptions.add(new Subscription(rows.getObject(1, UUID.class),
                        WebhookEvents.parse(rows.getString(2))));
            }
            return subscriptions;
        }
    }

    /** Queues a delivery, due at once, in the transaction of {@code connection}. */
    void enqueue(Connection connection, UUID endpoint, List<String> events, String payload, Instant createdAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (id, endpoint_id,"
                + " event_types, payload, status, attempts, created_at, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, endpoint);
            insert.setString(3, WebhookEvents.join(events));
            insert.setString(4, payload);
            insert.setObject(5, at(createdAt));
            insert.setObject(6, at(createdAt));
            insert.executeUpdate();
        }
    }

    /** Up to {@code max} due deliveries of enabled endpoints, held for {@code lease} from {@code now}. */
    List<ClaimedDelivery> claim(int max, Duration lease, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<UUID> due = due(connection, max, now);
                if (due.isEmpty()) {
                    return List.of();
                }
                UUID claim = UUID.randomUUID();
                hold(connection, due, claim, now.plus(lease));
                return held(connection, claim);
            }
        });
    }

    /**
     * Records how an attempt went, unless the claim has lapsed and another dispatcher holds the delivery now (then
     * that one records). Counts the endpoint's failures in a row and disables it at {@code disableAfter}.
     */
    boolean record(ClaimedDelivery delivery, Outcome outcome, int disableAfter, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!recordOutcome(connection, delivery, outcome)) {
                    return false;
                }
                if (outcome.attempt().delivered()) {
                    update(connection, SUCCEEDED, delivery.endpointId());
                } else {
                    update(connection, FAILED, delivery.endpointId());
                    update(connection, DISABLE, disabledReason(disableAfter, outcome.attempt()), at(now),
                            delivery.endpointId(), disableAfter);
                }
                return true;
            }
        });
    }

    private static String disabledReason(int failures, Attempt last) {
        String reason = "Disabled after " + failures + " failed attempts in a row; the last: " + last.error();
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
    }

    private static List<UUID> due(Connection connection, int max, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setObject(1, at(now));
            select.setInt(2, max);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static void hold(Connection connection, List<UUID> ids, UUID claim, Instant until) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(HOLD)) {
            for (UUID id : ids) {
                update.setObject(1, at(until));
                update.setObject(2, claim);
                update.setObject(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static List<ClaimedDelivery> held(Connection connection, UUID claim) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HELD)) {
            select.setObject(1, claim);
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedDelivery(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6), claim));
                }
            }
            return claimed;
        }
    }

    private static boolean recordOutcome(Connection connection, ClaimedDelivery delivery, Outcome outcome)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RECORD)) {
            update.setString(1, outcome.status().name());
            setInstant(update, 2, outcome.nextAttemptAt());
            setInstant(update, 3, outcome.deliveredAt());
            if (outcome.attempt().statusCode() == null) {
                update.setNull(4, Types.INTEGER);
            } else {
                update.setInt(4, outcome.attempt().statusCode());
            }
            update.setString(5, outcome.attempt().error());
            update.setObject(6, delivery.id());
            update.setObject(7, delivery.claim());
            return update.executeUpdate() == 1;
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, at(value));
        }
    }

    /** Timestamps go in as UTC offsets: no JVM time zone in between. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** An enabled endpoint and the events it wants. */
    record Subscription(UUID endpoint, List<String> events) {
    }
}
