package org.evidenceapi.study;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An effect estimate with its confidence interval and p-value, as the paper reports it. */
public record Effect(
        @NotNull EffectMetric metric,
        Double value,
        @Size(max = 50) String unit,
        Double ciLower,
        Double ciUpper,
        Double ciLevel,
        Double pValue,
        PValueComparator pValueComparator,
        Double heterogeneityI2) {
}
