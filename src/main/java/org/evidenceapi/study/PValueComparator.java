package org.evidenceapi.study;

/** Whether a reported p-value is exact or an upper bound ("p < 0.001"). */
public enum PValueComparator { EQUAL, LESS_THAN }
