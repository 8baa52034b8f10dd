package org.evidenceapi.common.http;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The JSON type a client reads in the contract, for a Java type a body field is read as. */
final class JsonTypeNames {
    private JsonTypeNames() {
    }

    static String of(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a finite number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return ofStructured(type);
    }

    private static String ofStructured(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time in ISO 8601 with a zone (e.g. 2024-05-01T12:00:00Z)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value of another type";
    }
}
