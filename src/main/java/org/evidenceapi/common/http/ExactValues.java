package org.evidenceapi.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Values Jackson would otherwise bend into shape are refused: an enum name with surrounding whitespace or control
 * characters (Jackson trims them), a number for a date or time (read as seconds since 1970), a number beyond a
 * double's range (read as Infinity), and a string holding U+0000.
 */
class ExactValues extends BeanDeserializerModifier {

    @FunctionalInterface
    private interface TokenTest {
        boolean accepts(JsonParser p, Class<?> type) throws IOException;
    }

    /** What a value read as a type must satisfy: checked on the token, then on the value read. */
    private record Rule(TokenTest token, Predicate<Object> value, String problem) {
    }

    private static final Rule EXACT_ENUM_NAME = new Rule((p, type) -> !p.hasToken(JsonToken.VALUE_STRING)
            || Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).anyMatch(p.getText()::equals),
            value -> true, null);
    private static final Rule TEXTUAL_TIME = new Rule((p, type) -> p.hasToken(JsonToken.VALUE_STRING), value -> true,
            null);
    private static final Rule FINITE_NUMBER = new Rule((p, type) -> true,
            value -> !(value instanceof Double number) || Double.isFinite(number), null);
    /** PostgreSQL cannot store U+0000 in text: refused here, as a 400, rather than by the database, as a 500. */
    private static final Rule NO_NUL = new Rule((p, type) -> true,
            value -> !(value instanceof String text) || text.indexOf('\u0000') < 0,
            "must not contain the NUL character (U+0000)");

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer, type.getRawClass(), EXACT_ENUM_NAME);
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
            JsonDeserializer<?> deserializer) {
        Class<?> type = beanDesc.getBeanClass();
        if (type == Double.class || type == double.class) {
            return new Checked(deserializer, Double.class, FINITE_NUMBER);
        }
        if (type == String.class) {
            return new Checked(deserializer, String.class, NO_NUL);
        }
        return Temporal.class.isAssignableFrom(type) ? new Checked(deserializer, type, TEXTUAL_TIME) : deserializer;
    }

    /** The deserializer Jackson chose, behind a rule; a value the rule refuses is an InvalidFormatException. */
    private static final class Checked extends DelegatingDeserializer {
        private final Class<?> type;
        private final Rule rule;

        Checked(JsonDeserializer<?> delegate, Class<?> type, Rule rule) {
            super(delegate);
            this.type = type;
            this.rule = rule;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, type, rule);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!rule.token().accepts(p, type)) {
                throw refused(p, p.getText());
            }
            String text = p.getText();
            Object value = super.deserialize(p, ctxt);
            if (!rule.value().test(value)) {
                throw refused(p, text);
            }
            return value;
        }

        private InvalidFormatException refused(JsonParser p, String text) {
            return rule.problem() == null ? InvalidFormatException.from(p, "not an allowed value", text, type)
                    : new RefusedValue(p, rule.problem(), text, type);
        }
    }
}
