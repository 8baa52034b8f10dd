package org.evidenceapi.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;

@Schema(description = "A claim as editors write it: it may cite only its own article's references, by number, and "
        + "link only study summaries that exist.")
public record ClaimInput(
        @NotNull @Schema(description = "The article making the claim; a claim cannot move to another article.")
        UUID articleId,
        @NotBlank @Size(max = 2000) String statement,
        @Size(max = 300) String sectionHeading,
        @Schema(description = "Citation numbers [n] of the article's references, in the order cited.",
                examples = "[9, 10, 11]") List<@NotNull @Positive Integer> citations,
        @Schema(description = "Study summaries that back the claim.") List<@NotNull UUID> studyIds,
        @NotNull EvidenceScope scope,
        @NotNull ClaimDirection direction,
        @NotNull Certainty certainty,
        List<@Valid @NotNull CertaintyFactor> certaintyFactors) implements ClaimFields {

    static ClaimInput of(ClaimView v) {
        return new ClaimInput(v.articleId(), v.statement(), v.sectionHeading(), v.citations(), v.studyIds(), v.scope(),
                v.direction(), v.certainty(), v.certaintyFactors());
    }
}
