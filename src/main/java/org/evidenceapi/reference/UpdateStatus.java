package org.evidenceapi.reference;

/**
 * Post-publication status of a paper; a retraction must flag every claim citing it. Declared from the least to the
 * most severe: an import may raise a stored paper's status, never lower it.
 */
public enum UpdateStatus {
    NONE, CORRECTED, EXPRESSION_OF_CONCERN, RETRACTED;

    public boolean isMoreSevereThan(UpdateStatus other) {
        return other == null || compareTo(other) > 0;
    }
}
