package org.evidenceapi.evidence;

import org.evidenceapi.study.EffectMetric;

/** Which way an effect estimate moves the outcome, read from its sign; unknown for narrative or null effects. */
public enum EffectChange {
    DECREASE, INCREASE;

    /** Differences below 0 and ratios below 1 decrease the outcome; null when the estimate says neither. */
    static EffectChange of(EffectMetric metric, Double value) {
        if (metric == null || value == null) {
            return null;
        }
        double neutral = switch (metric) {
            case RISK_RATIO, ODDS_RATIO, HAZARD_RATIO -> 1;
            case PERCENT_CHANGE, MEAN_DIFFERENCE, STANDARDIZED_MEAN_DIFFERENCE, RISK_DIFFERENCE -> 0;
            case NUMBER_NEEDED_TO_TREAT, NARRATIVE -> Double.NaN;
        };
        if (Double.isNaN(neutral) || value == neutral) {
            return null;
        }
        return value < neutral ? DECREASE : INCREASE;
    }
}
