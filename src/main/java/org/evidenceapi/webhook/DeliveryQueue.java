package org.evidenceapi.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.persistence.Jdbc;

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
    List<Subscription> subscriptions(Connection connection) {
        return new Jdbc(connection).query("SELECT id, events FROM webhook_endpoint WHERE enabled = TRUE", List.of(),
                row -> new Subscription(row.getObject(1, UUID.class), WebhookEvents.parse(row.getString(2))));
    }

    /** Queues a delivery, due at once, in the transaction of {@code connection}. */
    void enqueue(Connection connection, UUID endpoint, List<String> events, String payload, Instant createdAt) {
        new Jdbc(connection).update("INSERT INTO webhook_delivery (id, endpoint_id, event_types, payload, status,"
                + " attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                List.of(UUID.randomUUID(), endpoint, WebhookEvents.join(events), payload, createdAt, createdAt));
    }

    /** Up to {@code max} due deliveries of enabled endpoints, held for {@code lease} from {@code now}. */
    List<ClaimedDelivery> claim(int max, Duration lease, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Jdbc jdbc = new Jdbc(connection);
                List<UUID> due = jdbc.query(DUE, List.of(now, max), row -> row.getObject(1, UUID.class));
                if (due.isEmpty()) {
                    return List.of();
                }
                UUID claim = UUID.randomUUID();
                Instant until = now.plus(lease);
                jdbc.batch(HOLD, due.stream().<List<?>>map(id -> List.of(until, claim, id)).toList());
                return jdbc.query(HELD, List.of(claim), row -> new ClaimedDelivery(row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5),
                        row.getInt(6), claim));
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
                Jdbc jdbc = new Jdbc(connection);
                Attempt attempt = outcome.attempt();
                if (jdbc.update(RECORD, Arrays.asList(outcome.status().name(), outcome.nextAttemptAt(),
                        outcome.deliveredAt(), attempt.statusCode(), attempt.error(), delivery.id(),
                        delivery.claim())) != 1) {
                    return false;
                }
                if (attempt.delivered()) {
                    jdbc.update(SUCCEEDED, List.of(delivery.endpointId()));
                } else {
                    jdbc.update(FAILED, List.of(delivery.endpointId()));
                    jdbc.update(DISABLE, List.of(disabledReason(disableAfter, attempt), now, delivery.endpointId(),
                            disableAfter));
                }
                return true;
            }
        });
    }

    private static String disabledReason(int failures, Attempt last) {
        String reason = "Disabled after " + failures + " failed attempts in a row; the last: " + last.error();
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
    }

    /** An enabled endpoint and the events it wants. */
    record Subscription(UUID endpoint, List<String> events) {
    }
}
