package org.evidenceapi.importing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did with one entry of a document's references. */
@Schema(description = "One entry of the document's references and the reference (paper) it became.")
public record ImportedReference(
        @Schema(description = "Its citation number: its position in the document's references, from 1.",
                examples = "1") int number,
        @Schema(description = "The reference's id.", examples = "01a20d95-3912-7c4e-a1f0-5d6e7f809a1b")
        UUID referenceId,
        Outcome outcome,
        @Schema(description = "The identifier it was matched by; absent unless the outcome is MATCHED.", examples = "DOI")
        MatchedBy matchedBy) {

    @Schema(name = "ImportedReferenceOutcome", description = "MATCHED: a paper the library (or an earlier entry of "
            + "this import) holds under the entry's DOI, else PMID, else PMCID was cited, nothing new written; "
            + "CREATED: a new reference was written.")
    public enum Outcome {
        MATCHED, CREATED
    }

    @Schema(name = "ImportedReferenceMatchedBy")
    public enum MatchedBy {
        DOI, PMID, PMCID
    }
}
