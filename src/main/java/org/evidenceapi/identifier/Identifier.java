package org.evidenceapi.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.UnaryOperator;

/** The value, when present, is a well-formed identifier of the given kind (see {@link Identifiers}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Identifier.Check.class)
public @interface Identifier {
    Kind value();

    String message() default "must be a well-formed identifier";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        DOI("must be a DOI such as 10.1016/j.jpain.2017.11.005 (bare, doi: or https://doi.org/ form)", Identifiers::doi),
        PMID("must be a PubMed id: digits only", Identifiers::pmid),
        PMCID("must be PMC followed by digits", Identifiers::pmcid),
        ISSN("must be an ISSN such as 1526-5900 with a correct check digit", Identifiers::issn);

        final String message;
        final UnaryOperator<String> normaliser;

        Kind(String message, UnaryOperator<String> normaliser) {
            this.message = message;
            this.normaliser = normaliser;
        }
    }

    class Check implements ConstraintValidator<Identifier, String> {
        private Kind kind;

        @Override
        public void initialize(Identifier annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || kind.normaliser.apply(value) != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(kind.message).addConstraintViolation();
            return false;
        }
    }
}
