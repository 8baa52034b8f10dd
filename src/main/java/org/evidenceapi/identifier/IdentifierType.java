package org.evidenceapi.identifier;

/** The kinds of identifier a reference carries. */
public enum IdentifierType {
    DOI, PMID, PMCID, ISSN
}
