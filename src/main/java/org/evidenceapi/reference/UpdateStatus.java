package org.evidenceapi.reference;

/** Post-publication status of a paper; a retraction must flag every claim citing it. */
public enum UpdateStatus { NONE, CORRECTED, EXPRESSION_OF_CONCERN, RETRACTED }
