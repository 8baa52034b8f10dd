package org.evidenceapi.study;

/** Which arm an outcome favours. */
public enum OutcomeDirection { FAVOURS_INTERVENTION, FAVOURS_COMPARATOR, NO_DIFFERENCE, MIXED, UNCLEAR }
