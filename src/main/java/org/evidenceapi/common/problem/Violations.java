package org.evidenceapi.common.problem;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation results as the API reports them: one {field, message} each, by JSON path. */
public final class Violations {
    private Violations() {
    }

    public static <T> List<FieldError> of(Set<ConstraintViolation<T>> violations, String prefix) {
        return violations.stream()
                .map(v -> new FieldError(prefix + jsonPath(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** Bean Validation writes {@code claims[2].<list element>}; clients read {@code claims[2]}. */
    private static String jsonPath(String propertyPath) {
        return propertyPath.replaceAll("\\.<[^>]+>", "");
    }
}
