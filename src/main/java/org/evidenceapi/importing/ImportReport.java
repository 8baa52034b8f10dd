package org.evidenceapi.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did with one document: which summaries and papers it reused or created, which differences from a
 * stored paper it applied and which it did not. Nothing the document said is dropped without being listed here.
 */
@Schema(description = "What the import did with one document's study summaries and references. A reference entry "
        + "that names a stored paper (by DOI, else PMID, else PMCID) keeps the stored bibliographic values unless "
        + "applyReferenceChanges=true; each field in which the document differs is listed in warnings (kept) or "
        + "applied. A more severe updateStatus is always applied; a less severe one is never (warning).")
public record ImportReport(
        @Schema(description = "Each study of the document, in the document's order.") List<ImportedStudy> studies,
        @Schema(description = "Each entry of the document's references, in citation order.")
        List<ImportedReference> references,
        @Schema(description = "Differences from a stored paper that the import wrote onto it (recorded as a revision "
                + "of the reference): a more severe updateStatus, and with applyReferenceChanges=true every "
                + "bibliographic field the document gives differently.")
        List<ReferenceDifference> applied,
        @Schema(description = "Differences from a stored paper that the import did not write: the stored value was "
                + "kept. Send applyReferenceChanges=true to apply bibliographic ones; a less severe updateStatus "
                + "is never applied.")
        List<ReferenceDifference> warnings) {
}
