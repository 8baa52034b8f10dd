package org.evidenceapi.study;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One measured outcome of a study, in the order the summary lists them. */
public record Outcome(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String measure,
        @Size(max = 100) String timepoint,
        @Valid Effect effect,
        boolean primary,
        OutcomeDirection direction,
        @Size(max = 2000) String narrative) {

    public static Outcome of(OutcomeColumns o) {
        Effect effect = o.metric == null ? null : new Effect(o.metric, o.value, o.unit, o.ciLower, o.ciUpper,
                o.ciLevel, o.pValue, o.pValueComparator, o.heterogeneityI2);
        return new Outcome(o.name, o.measure, o.timepoint, effect, o.primary, o.direction, o.narrative);
    }
}
