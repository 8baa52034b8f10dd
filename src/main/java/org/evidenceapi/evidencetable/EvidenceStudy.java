package org.evidenceapi.evidencetable;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.evidence.SampleSizeLabel;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.Outcome;
import org.evidenceapi.study.SampleSize;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudySummary;

@Schema(description = "A study behind a claim, as a summary-of-findings table shows it: design, how many people "
        + "in how many studies, what was compared, and each outcome with its effect, confidence interval and p-value.")
public record EvidenceStudy(
        UUID id,
        @Schema(description = "The reference that reports the study.") UUID referenceId,
        @Schema(description = "That reference's number [n] in this article; absent when the article does not list it.",
                examples = "9") Integer referenceNumber,
        String title,
        StudyDesign design,
        @Schema(description = "Participants and the number of studies they come from; absent when the summary gives "
                + "no participant count.", examples = "20,827 (39 studies)") String participantsAndStudies,
        @Schema(description = SampleSize.ABSENT) SampleSize sampleSize,
        @Schema(description = "Absent when the summary names none.") String intervention,
        @Schema(description = "Absent when the summary names none.") String comparator,
        @Schema(description = "Outcomes in the summary's order, each with its effect estimate (metric, value, CI, "
                + "p-value) or a narrative.") List<Outcome> outcomes,
        @Schema(description = "GRADE certainty of this study's evidence as an editor rated it.") Certainty certainty) {

    /** Needs the study's outcomes loaded; {@code numbers} maps reference ids to their first number here. */
    static EvidenceStudy of(StudySummary s, Map<UUID, Integer> numbers) {
        return new EvidenceStudy(s.id, s.referenceId, numbers.get(s.referenceId), s.title, s.design,
                SampleSizeLabel.of(s), SampleSize.of(s),
                s.intervention, s.comparator, s.outcomes.stream().map(Outcome::of).toList(), s.certainty);
    }
}
