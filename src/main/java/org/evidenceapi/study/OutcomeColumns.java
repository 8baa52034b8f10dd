package org.evidenceapi.study;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One outcome row of a study summary, its effect estimate flattened into columns. */
@Embeddable
public class OutcomeColumns {
    @Column(nullable = false, length = 300)
    public String name;

    @Column(length = 300)
    public String measure;

    @Column(length = 100)
    public String timepoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "effect_metric", length = 40)
    public EffectMetric metric;

    @Column(name = "effect_value")
    public Double value;

    @Column(name = "effect_unit", length = 50)
    public String unit;

    @Column(name = "ci_lower")
    public Double ciLower;

    @Column(name = "ci_upper")
    public Double ciUpper;

    @Column(name = "ci_level")
    public Double ciLevel;

    @Column(name = "p_value")
    public Double pValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "p_value_comparator", length = 20)
    public PValueComparator pValueComparator;

    @Column(name = "heterogeneity_i2")
    public Double heterogeneityI2;

    @Column(name = "is_primary", nullable = false)
    public boolean primary;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public OutcomeDirection direction;

    @Column(length = 2000)
    public String narrative;
}
