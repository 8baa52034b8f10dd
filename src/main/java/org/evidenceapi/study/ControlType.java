package org.evidenceapi.study;

/** What the intervention was compared against. */
public enum ControlType { PLACEBO, SHAM, NO_TREATMENT, USUAL_CARE, ACTIVE, NONE }
