package org.evidenceapi.evidence;

/** Which way a claim says the intervention works. */
public enum ClaimDirection { BENEFIT, HARM, NO_EFFECT, MIXED, UNCLEAR }
