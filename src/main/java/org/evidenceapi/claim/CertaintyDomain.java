package org.evidenceapi.claim;

/** GRADE domains that lower or raise certainty. */
public enum CertaintyDomain {
    RISK_OF_BIAS, INCONSISTENCY, INDIRECTNESS, IMPRECISION, PUBLICATION_BIAS,
    LARGE_EFFECT, DOSE_RESPONSE, PLAUSIBLE_CONFOUNDING
}
