package org.evidenceapi.study;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.grading.Certainty;

@Schema(name = "StudySummary", description = "A structured summary of one study: who, how many, what was compared, "
        + "what was measured and how big the effect was (after HL7 FHIR Evidence and Cochrane summary-of-findings).")
public record StudyView(
        UUID id,
        @Schema(description = "The reference that reports the study.") UUID referenceId,
        String title,
        StudyDesign design,
        @Schema(description = "Who was studied; absent when the summary says nothing of it.") Population population,
        @Schema(description = SampleSize.ABSENT) SampleSize sampleSize,
        @Schema(description = "Trial registry identifier, e.g. an NCT number; absent when the study has none.")
        String registryId,
        @Schema(description = "Absent when the summary names none.") String intervention,
        @Schema(description = "Absent when the summary names none.") String comparator,
        @Schema(description = "Absent when the summary names none.") ControlType controlType,
        @Schema(description = "ISO-8601 period of the intervention; absent when not reported.",
                examples = "P3W") String duration,
        @Schema(description = "ISO-8601 period of follow-up; absent when not reported.", examples = "P1Y") String followUp,
        @Schema(description = "Number of sessions; absent when not reported.") Integer sessions,
        List<Outcome> outcomes,
        Certainty certainty,
        @Schema(description = "Absent when there are none.") String notes,
        Instant createdAt,
        Instant updatedAt) {

    public static StudyView of(StudySummary s) {
        return new StudyView(s.id, s.referenceId, s.title, s.design, Population.of(s.population), SampleSize.of(s),
                s.registryId, s.intervention, s.comparator, s.controlType, s.duration, s.followUp, s.sessions,
                s.outcomes.stream().map(Outcome::of).toList(), s.certainty, s.notes, s.createdAt, s.updatedAt);
    }
}
