package org.evidenceapi.importing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field in which a document's reference entry differs from the stored paper it names. */
@Schema(description = "One field in which a reference entry of the document differs from the stored paper it names.")
public record ReferenceDifference(
        @Schema(description = "The entry's citation number in the document.", examples = "1") int reference,
        @Schema(description = "The stored reference's id.", examples = "01a20d95-3912-7c4e-a1f0-5d6e7f809a1b")
        UUID referenceId,
        @Schema(description = "The field, as the Reference schema names it.", examples = "title") String field,
        @Schema(description = "The stored value before the import, in the field's own JSON type; absent when the "
                + "stored paper had none.", examples = "Acupuncture for chronic pain")
        Object stored,
        @Schema(description = "The document's value, in the field's own JSON type.",
                examples = "Acupuncture for chronic pain: update of an individual patient data meta-analysis")
        Object document,
        @Schema(description = "What was done and why.",
                examples = "kept the stored value; applyReferenceChanges=true applies the document's")
        String message) {
}
