package org.evidenceapi.webhook;

import java.util.UUID;

/**
 * A delivery a dispatcher holds until its lease runs out: what to send, where, and the claim's token, without
 * which its outcome is not recorded. {@code attempts} counts this one.
 */
record ClaimedDelivery(UUID id, UUID endpointId, String url, String secret, String payload, int attempts,
        UUID claim) {

    @Override
    public String toString() {
        return "ClaimedDelivery[" + id + " to " + url + ", attempt " + attempts + "]";
    }
}
