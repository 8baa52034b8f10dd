package org.evidenceapi.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Enumerations as generators read them: typed (an enum without a type is a plain String in Java), and, where a
 * value starts with '-' (a descending sort), named in x-enum-varnames, since generators drop the '-' and number
 * the clash (CreatedAt, CreatedAt2): createdAt is CreatedAt, -createdAt CreatedAtDescending.
 */
final class EnumVarNames {
    static final String EXTENSION = "x-enum-varnames";

    private EnumVarNames() {
    }

    static void apply(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values == null || values.isEmpty() || schema.getRef() != null) {
            return;
        }
        if (schema.getType() == null && values.stream().allMatch(String.class::isInstance)) {
            schema.addType(SchemaType.STRING);
        }
        if (values.stream().anyMatch(v -> v instanceof String text && text.startsWith("-"))) {
            schema.addExtension(EXTENSION, values.stream().map(v -> name((String) v)).toList());
        }
    }

    private static String name(String value) {
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        return Character.toUpperCase(key.charAt(0)) + key.substring(1) + (descending ? "Descending" : "");
    }
}
