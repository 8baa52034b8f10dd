package org.evidenceapi.common.http;

import jakarta.ws.rs.core.Response.Status;
import org.evidenceapi.common.problem.ProblemException;

/** A problem the client may try again: Retry-After says, in seconds, when. */
public class RetryLater extends ProblemException {
    private final long retryAfterSeconds;

    private RetryLater(Status status, String detail, long retryAfterSeconds) {
        super(status, detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 429: this client asked too often. */
    public static RetryLater tooManyRequests(String detail, long retryAfterSeconds) {
        return new RetryLater(Status.TOO_MANY_REQUESTS, detail, retryAfterSeconds);
    }

    /** A 503: a part of the service is not ready yet. */
    public static RetryLater unavailable(String detail, long retryAfterSeconds) {
        return new RetryLater(Status.SERVICE_UNAVAILABLE, detail, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
