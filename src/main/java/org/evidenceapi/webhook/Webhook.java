package org.evidenceapi.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.evidenceapi.common.persistence.ContentEntity;

/**
 * An endpoint an admin registered. Not {@code @Audited}: its secret must not be copied into history tables.
 * {@code events} is stored comma-separated; the dispatcher reads and updates the row with plain SQL too
 * ({@link DeliveryQueue}).
 */
@Entity
@Table(name = "webhook_endpoint")
public class Webhook extends ContentEntity {
    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 1000)
    public String events;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "disabled_reason", length = 500)
    public String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    public List<String> eventList() {
        return WebhookEvents.parse(events);
    }

    /** The secret never reaches a log line. */
    @Override
    public String toString() {
        return "Webhook[" + id + ", " + url + "]";
    }
}
