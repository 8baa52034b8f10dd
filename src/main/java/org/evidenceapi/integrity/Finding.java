package org.evidenceapi.integrity;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One problem the integrity check found, with the claim, reference or study it concerns.")
public record Finding(
        FindingCode code,
        @Schema(description = "Fixed per code.") Severity severity,
        @Schema(description = "What is wrong and where, for an editor.",
                examples = "Reference [5] (Jin 1996) links to sci-hub.se, a shadow library; link to the publisher, "
                        + "doi.org or PubMed Central instead.") String message,
        @Schema(description = "The claim concerned; absent when the finding is about none.") UUID claimId,
        @Schema(description = "The reference concerned; absent when there is none.") UUID referenceId,
        @Schema(description = "The reference's number [n] in this article, or the number cited that names no "
                + "reference; absent when the finding is about no citation.", examples = "5") Integer referenceNumber,
        @Schema(description = "The study summary concerned; absent when there is none.") UUID studyId) {

    static Finding of(FindingCode code, String message) {
        return new Finding(code, code.severity(), message, null, null, null, null);
    }

    Finding claim(UUID id) {
        return new Finding(code, severity, message, id, referenceId, referenceNumber, studyId);
    }

    Finding reference(UUID id, Integer number) {
        return new Finding(code, severity, message, claimId, id, number, studyId);
    }

    Finding study(UUID id) {
        return new Finding(code, severity, message, claimId, referenceId, referenceNumber, id);
    }
}
