package org.evidenceapi.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** The value, when present, is an ISO-8601 duration: a period (P14Y, P3W) or a time (PT45M). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDuration.Check.class)
public @interface IsoDuration {
    String message() default "must be an ISO-8601 duration such as P3W, P1Y or PT45M";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoDuration, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                return value.contains("T") ? Duration.parse(value) != null : Period.parse(value) != null;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
