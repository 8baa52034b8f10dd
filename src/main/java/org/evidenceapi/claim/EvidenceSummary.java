package org.evidenceapi.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.StudyDesign;

@Schema(description = "Computed from the claim's citations and study summaries; never typed in.")
public record EvidenceSummary(
        @Schema(description = "Number of distinct references the claim cites (a paper listed twice counts once; "
                + "a number pointing at no reference does not count).", examples = "3") int references,
        @Schema(description = "Number of study summaries that back the claim.", examples = "1") int studies,
        @Schema(description = "Participants summed over the studies that report a count; null when none does.",
                examples = "20827") Integer participants,
        @Schema(description = "Participants and the number of studies they come from, as the 'No of participants "
                + "(studies)' column of a summary-of-findings table: only studies that report a count take part, a "
                + "review counts its studies, any other study one; 'at least' or 'about' when a count is given so. "
                + "Null when no study reports a count.", examples = "20,827 (39 studies)")
        String participantsAndStudies,
        @Schema(description = "Highest design in the evidence hierarchy among the studies; null without studies.")
        StudyDesign strongestDesign,
        @Schema(description = "Agreement of the directions reported by the studies (UNCLEAR ones do not count).")
        Consistency consistency,
        @Schema(description = "Whether any backing study was done in people.") boolean humanEvidence,
        @Schema(description = "GRADE-style plain-language statement from the claim's certainty and direction: "
                + "'reduces' (high), 'probably reduces' (moderate), 'may reduce' (low), 'the evidence is very "
                + "uncertain' (very low). It names the intervention and main outcome of the strongest study when "
                + "there is one; the verb follows the sign of that outcome's estimate where the numbers give one.",
                examples = "Acupuncture probably has a beneficial effect on pain.")
        String plainLanguage) {

    /** @param bibliography the claim's article's citation numbers and the references they name */
    public static EvidenceSummary of(Claim claim, List<StudyFacts> studies, Map<Integer, UUID> bibliography) {
        int references = (int) claim.citations.stream().map(bibliography::get).filter(Objects::nonNull)
                .distinct().count();
        Integer participants = studies.stream().map(StudyFacts::participants).filter(Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
        StudyFacts strongest = studies.stream()
                .min(Comparator.comparingInt(s -> EvidenceHierarchy.rank(s.design()))).orElse(null);
        boolean human = studies.stream().anyMatch(StudyFacts::human);
        return new EvidenceSummary(references, studies.size(), participants, SampleSizeLabel.of(studies),
                strongest == null ? null : strongest.design(), consistency(studies), human,
                PlainLanguage.sentence(claim.certainty, claim.direction, references + studies.size() > 0, strongest));
    }

    private static Consistency consistency(List<StudyFacts> studies) {
        List<OutcomeDirection> reported = studies.stream().map(StudyFacts::direction)
                .filter(d -> d != null && d != OutcomeDirection.UNCLEAR).toList();
        if (reported.isEmpty()) {
            return Consistency.NOT_ASSESSABLE;
        }
        if (reported.size() == 1) {
            return Consistency.SINGLE_STUDY;
        }
        return reported.stream().distinct().count() == 1 ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
    }
}
