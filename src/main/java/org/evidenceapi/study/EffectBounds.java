package org.evidenceapi.study;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An effect's confidence interval is ordered and holds its point estimate: ciLower <= value <= ciUpper. */
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EffectBounds.Check.class)
public @interface EffectBounds {
    String message() default "must lie within the confidence interval (ciLower <= value <= ciUpper)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EffectBounds, Effect> {
        @Override
        public boolean isValid(Effect e, ConstraintValidatorContext context) {
            if (e == null) {
                return true;
            }
            boolean ordered = e.ciLower() == null || e.ciUpper() == null || e.ciLower() <= e.ciUpper();
            boolean inside = e.value() == null
                    || (e.ciLower() == null || e.ciLower() <= e.value()) && (e.ciUpper() == null || e.value() <= e.ciUpper());
            if (ordered && inside) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(ordered ? context.getDefaultConstraintMessageTemplate()
                    : "must not exceed ciUpper").addPropertyNode(ordered ? "value" : "ciLower").addConstraintViolation();
            return false;
        }
    }
}
