package org.evidenceapi.common.paging;

import java.time.Instant;
import java.util.UUID;

/** How a sort key's value is written into a cursor and read back for the query parameter. */
public enum CursorValue {
    STRING, INSTANT, INTEGER, UUID;

    Object parse(String text) {
        return switch (this) {
            case STRING -> text;
            case INSTANT -> Instant.parse(text);
            case INTEGER -> Integer.valueOf(text);
            case UUID -> java.util.UUID.fromString(text);
        };
    }

    static String format(Object value) {
        return value instanceof Instant instant ? instant.toString() : String.valueOf(value);
    }

    static UUID id(String text) {
        return java.util.UUID.fromString(text);
    }
}
