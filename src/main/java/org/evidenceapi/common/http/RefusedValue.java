package org.evidenceapi.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value of the right JSON type that a rule refuses; its message is what the client is told. */
class RefusedValue extends InvalidFormatException {
    RefusedValue(JsonParser parser, String problem, Object value, Class<?> targetType) {
        super(parser, problem, value, targetType);
    }
}
