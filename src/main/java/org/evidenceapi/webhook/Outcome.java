package org.evidenceapi.webhook;

import java.time.Instant;

/** What becomes of a delivery after an attempt; {@code nextAttemptAt} only while it is PENDING. */
record Outcome(DeliveryStatus status, Attempt attempt, Instant nextAttemptAt, Instant deliveredAt) {
}
