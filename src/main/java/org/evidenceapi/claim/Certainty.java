package org.evidenceapi.claim;

/** GRADE certainty of evidence. */
public enum Certainty { HIGH, MODERATE, LOW, VERY_LOW, NOT_RATED }
