package org.evidenceapi.evidencetable;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.claim.EvidenceScope;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.evidence.EvidenceSummary;
import org.evidenceapi.grading.Certainty;

@Schema(description = "One claim of the evidence table: the claim, its studies and outcomes, its certainty and "
        + "direction, and the computed summary (consistency, participants and studies, plain-language sentence) "
        + "that GET /claims/{id} shows as 'evidence'.")
public record EvidenceRow(
        UUID claimId,
        @Schema(description = "1-based order of the claim within its article.", examples = "13") int position,
        String statement,
        @Schema(description = "Heading of the section the claim appears in; absent for the introduction.")
        String sectionHeading,
        @Schema(description = "Citation numbers [n] the claim cites, in order.", examples = "[9, 10, 11]")
        List<Integer> citations,
        EvidenceScope scope,
        Certainty certainty,
        ClaimDirection direction,
        @Schema(description = "The study summaries that back the claim, in the claim's order.")
        List<EvidenceStudy> studies,
        EvidenceSummary evidence) {
}
