package org.evidenceapi.common.http;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.evidenceapi.common.persistence.Slugs;
import org.evidenceapi.common.problem.ProblemException;

/** Parses identifiers and enum values clients put in paths and query strings; a bad one is a 400 naming it. */
public final class Params {
    private static final Pattern UUID_SHAPE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Params() {
    }

    public static UUID uuid(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(parameter, "must be a UUID such as 0192f0c1-7c4e-7d3a-9b1e-3f5a6c7d8e9f");
        }
    }

    /** An id or a slug: a UUID is looked up by id, anything else must be a well-formed slug. */
    public static IdOrSlug idOrSlug(String parameter, String given) {
        if (UUID_SHAPE.matcher(given).matches()) {
            return new IdOrSlug(uuid(parameter, given), null);
        }
        String value = given.toLowerCase(Locale.ROOT); // slugs are stored lower-case: lookups ignore case
        if (!Slugs.isValid(value)) {
            throw ProblemException.badParameter(parameter,
                    "must be a UUID or a slug of lower-case letters, digits and single hyphens (at most "
                            + Slugs.MAX_LENGTH + " characters)");
        }
        return new IdOrSlug(null, value);
    }

    /** An id or slug named inside a body: empty when it is neither, for the caller to report. */
    public static Optional<IdOrSlug> idOrSlugIn(String value) {
        try {
            return Optional.of(idOrSlug("", value));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    public record IdOrSlug(UUID id, String slug) {
        /** JPQL condition on {@code path} (an entity alias) selecting this id or slug as {@code :key}. */
        public String condition(String path) {
            return condition(path, "key");
        }

        /** JPQL condition on {@code path} selecting this id or slug as {@code :parameter}, bound to {@link #value}. */
        public String condition(String path, String parameter) {
            return path + (id != null ? ".id = :" : ".slug = :") + parameter;
        }

        /**
         * JPQL condition on {@code idPath}, a column holding the id of an {@code entity} (which has a slug),
         * selecting this id or slug as {@code :parameter}.
         */
        public String conditionOnId(String idPath, String entity, String parameter) {
            return id != null ? idPath + " = :" + parameter
                    : idPath + " in (select x.id from " + entity + " x where x.slug = :" + parameter + ")";
        }

        public Object value() {
            return id != null ? id : slug;
        }

        @Override
        public String toString() {
            return id != null ? id.toString() : slug;
        }
    }

    /** Parses an enum filter value, listing the allowed values when it is not one. */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(parameter,
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * Parses a yes-or-no parameter: absent is false, and only true or false are accepted, so a misspelt value is a
     * 400 rather than a silent false (what JAX-RS makes of anything but "true").
     */
    public static boolean flag(String parameter, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badParameter(parameter, "must be true or false");
    }

    /** Parses a whole-number filter value. */
    public static Integer integer(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(parameter, "must be a whole number");
        }
    }
}
