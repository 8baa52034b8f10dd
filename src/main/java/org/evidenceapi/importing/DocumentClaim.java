package org.evidenceapi.importing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.evidenceapi.claim.CertaintyFactor;
import org.evidenceapi.claim.ClaimFields;
import org.evidenceapi.claim.EvidenceScope;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;

/** A claim, citing references by number and linking study summaries by document key. */
public record DocumentClaim(
        @NotBlank @Size(max = 2000) String statement,
        @Size(max = 300) String sectionHeading,
        List<@NotNull @Positive Integer> citations,
        List<@NotBlank String> studies,
        @NotNull EvidenceScope scope,
        @NotNull ClaimDirection direction,
        @NotNull Certainty certainty,
        List<@Valid @NotNull CertaintyFactor> certaintyFactors) implements ClaimFields {
}
