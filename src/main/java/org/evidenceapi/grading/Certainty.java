package org.evidenceapi.grading;

/** GRADE certainty of evidence. */
public enum Certainty { HIGH, MODERATE, LOW, VERY_LOW, NOT_RATED }
