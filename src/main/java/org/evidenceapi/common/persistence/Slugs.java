package org.evidenceapi.common.persistence;

/** The shape of a URL-safe slug: lower-case words joined by single hyphens. */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && value.matches(PATTERN);
    }
}
