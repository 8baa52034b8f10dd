package org.evidenceapi.revision;

import java.util.function.LongSupplier;

/**
 * Fired when a writing transaction's revision is made, as it commits (Envers makes it in the transaction's
 * before-completion phase). The number is known once the revision is stored, so it comes as a supplier.
 */
public record RevisionStarted(LongSupplier number) {
}
