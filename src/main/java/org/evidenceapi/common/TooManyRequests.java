package org.evidenceapi.common;

import jakarta.ws.rs.core.Response.Status;

/** A 429 that says, in Retry-After, when the client may try again. */
public class TooManyRequests extends ProblemException implements RetryAfter {
    private final long retryAfterSeconds;

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(Status.TOO_MANY_REQUESTS, detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
