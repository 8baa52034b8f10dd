package org.evidenceapi.importing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did with one study of a document. */
@Schema(description = "One study of the document and the study summary it became.")
public record ImportedStudy(
        @Schema(description = "Its position in the document's studies, from 0.", examples = "0") int index,
        @Schema(description = "Its document-local key.", examples = "vickers-2018") String key,
        @Schema(description = "The study summary's id.", examples = "01a20d95-391d-7cd7-b528-8b612aebf011")
        UUID summaryId,
        Outcome outcome) {

    @Schema(name = "ImportedStudyOutcome", description = "REUSED: a stored summary of the same paper equal in "
            + "substance (design, people, comparison, outcomes) was linked, nothing new written; CREATED: a new "
            + "summary was written.")
    public enum Outcome {
        REUSED, CREATED
    }
}
