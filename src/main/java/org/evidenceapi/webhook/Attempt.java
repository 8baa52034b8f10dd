package org.evidenceapi.webhook;

/** What one send came to: the receiver's status code, or why there was none. */
record Attempt(Integer statusCode, String error) {
    private static final int MAX_ERROR_LENGTH = 500;

    static Attempt answered(int statusCode) {
        return new Attempt(statusCode, statusCode / 100 == 2 ? null : "the receiver answered " + statusCode);
    }

    static Attempt failed(String error) {
        return new Attempt(null, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
    }

    boolean delivered() {
        return statusCode != null && statusCode / 100 == 2;
    }
}
