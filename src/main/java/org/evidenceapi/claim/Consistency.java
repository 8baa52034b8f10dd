package org.evidenceapi.claim;

/** Whether the studies behind a claim point the same way. */
public enum Consistency { NO_STUDIES, SINGLE_STUDY, CONSISTENT, INCONSISTENT }
