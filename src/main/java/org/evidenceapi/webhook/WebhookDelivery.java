package org.evidenceapi.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A delivery as the log shows it. Read-only here: {@link DeliveryQueue} inserts, claims and records with plain SQL,
 * on the writing transaction's connection and in short transactions of its own. The payload is not mapped.
 */
@Entity
@Immutable
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    @Id
    public UUID id;

    @Column(name = "endpoint_id")
    public UUID endpointId;

    @Column(name = "event_types")
    public String eventTypes;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
