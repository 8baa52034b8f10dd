package org.evidenceapi.study;

/** How an effect estimate is expressed. */
public enum EffectMetric {
    PERCENT_CHANGE, MEAN_DIFFERENCE, STANDARDIZED_MEAN_DIFFERENCE, RISK_RATIO, ODDS_RATIO, HAZARD_RATIO,
    RISK_DIFFERENCE, NUMBER_NEEDED_TO_TREAT, NARRATIVE
}
