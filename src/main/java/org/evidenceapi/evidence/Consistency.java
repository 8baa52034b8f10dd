package org.evidenceapi.evidence;

/**
 * Whether the studies behind a claim point the same way. Only studies that report a direction count:
 * a protocol or a study with an UNCLEAR main outcome cannot agree or disagree.
 */
public enum Consistency { NOT_ASSESSABLE, SINGLE_STUDY, CONSISTENT, INCONSISTENT }
