package org.evidenceapi.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.evidence.EvidenceSummary;
import org.evidenceapi.evidence.StudyFacts;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.study.StudySummary;

@Schema(name = "Claim", description = "One checkable statement an article makes, what it cites, the studies behind "
        + "it, its GRADE certainty as an editor rated it, and a computed evidence summary.")
public record ClaimView(
        UUID id,
        UUID articleId,
        @Schema(examples = "Acupuncture gave clinically meaningful pain relief compared with no acupuncture.")
        String statement,
        @Schema(description = "Heading of the section the claim appears in; absent for the introduction.")
        String sectionHeading,
        @Schema(description = "1-based order of the claim within its article.", examples = "7") int position,
        @Schema(description = "Citation numbers [n] of the article's references, in the order cited.",
                examples = "[9, 10, 11]") List<Integer> citations,
        @Schema(description = "Study summaries that back the claim.") List<UUID> studyIds,
        EvidenceScope scope,
        ClaimDirection direction,
        Certainty certainty,
        List<CertaintyFactor> certaintyFactors,
        EvidenceSummary evidence,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * Needs the claim's citations, studies (with outcomes) and certainty factors loaded, and its article's
     * bibliography.
     */
    public static ClaimView of(Claim c, Bibliography bibliography) {
        List<StudySummary> studies = c.studies;
        return new ClaimView(c.id, c.articleId, c.statement, c.sectionHeading, c.position, List.copyOf(c.citations),
                studies.stream().map(s -> s.id).toList(), c.scope, c.direction, c.certainty,
                c.certaintyFactors.stream().map(f -> new CertaintyFactor(f.domain, f.rating, f.note)).toList(),
                evidence(c, bibliography), c.createdAt, c.updatedAt);
    }

    /** The claim's evidence summary; needs what {@link #of} needs. */
    public static EvidenceSummary evidence(Claim c, Bibliography bibliography) {
        return EvidenceSummary.of(c.citations, c.certainty, c.direction,
                c.studies.stream().map(StudyFacts::of).toList(), bibliography);
    }
}
