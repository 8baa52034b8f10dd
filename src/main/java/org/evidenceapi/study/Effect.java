package org.evidenceapi.study;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An effect estimate with its confidence interval and p-value, as the paper reports it. */
@EffectBounds
public record Effect(
        @NotNull EffectMetric metric,
        Double value,
        @Size(max = 50) String unit,
        Double ciLower,
        Double ciUpper,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double ciLevel,
        @DecimalMin("0") @DecimalMax("1") Double pValue,
        PValueComparator pValueComparator,
        @DecimalMin("0") @DecimalMax("100") Double heterogeneityI2) {
}
