package org.evidenceapi.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PENDING: waiting for its first or next attempt (or being sent). DELIVERED: the receiver "
        + "answered 2xx. FAILED: given up after the last attempt allowed.")
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
