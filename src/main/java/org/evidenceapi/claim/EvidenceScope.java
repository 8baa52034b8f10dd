package org.evidenceapi.claim;

/** What kind of evidence a claim is about. */
public enum EvidenceScope { HUMAN, ANIMAL, MECHANISTIC }
