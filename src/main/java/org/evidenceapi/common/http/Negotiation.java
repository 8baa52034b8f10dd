package org.evidenceapi.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation between JSON, the default, and another representation of the same resource. */
public final class Negotiation {
    private Negotiation() {
    }

    /**
     * Whether the caller's Accept header, in its order of preference, names {@code alternative} before anything
     * JSON would satisfy. Wildcards choose JSON.
     */
    public static boolean prefers(HttpHeaders headers, MediaType alternative) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.getType().equalsIgnoreCase(alternative.getType())
                    && accepted.getSubtype().equalsIgnoreCase(alternative.getSubtype())) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
