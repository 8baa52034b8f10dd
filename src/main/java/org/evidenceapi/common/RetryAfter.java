package org.evidenceapi.common;

/** A problem the client may retry later: its answer carries Retry-After with this many seconds. */
public interface RetryAfter {
    long retryAfterSeconds();
}
