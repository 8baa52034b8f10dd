package org.evidenceapi.importing;

/**
 * How an import names where a problem is: a single document's problems by their JSON path in it
 * ({@code claims[2].statement}), a batch's prefixed with the document's index in the array
 * ({@code [3].claims[2].statement}).
 */
enum ImportPaths {
    DOCUMENT("The document"),
    BATCH("The batch");

    private final String subject;

    ImportPaths(String subject) {
        this.subject = subject;
    }

    String subject() {
        return subject;
    }

    /** The path of document {@code index} itself. */
    String document(int index) {
        return this == BATCH ? "[" + index + "]" : "";
    }

    /** The prefix of the paths inside document {@code index}. */
    String at(int index) {
        return this == BATCH ? document(index) + "." : "";
    }
}
