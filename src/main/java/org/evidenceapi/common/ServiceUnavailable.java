package org.evidenceapi.common;

import jakarta.ws.rs.core.Response.Status;

/** A 503 for a part of the service that is not ready yet; Retry-After says when to try again. */
public class ServiceUnavailable extends ProblemException implements RetryAfter {
    private final long retryAfterSeconds;

    public ServiceUnavailable(String detail, long retryAfterSeconds) {
        super(Status.SERVICE_UNAVAILABLE, detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
