package org.evidenceapi.study;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.validation.IsoDuration;
import org.evidenceapi.grading.Certainty;

@Schema(description = "A study summary as editors write it; the reference that reports it must exist.")
public record StudyInput(
        @NotNull @Schema(description = "The reference that reports the study.") UUID referenceId,
        @NotBlank @Size(max = 500) String title,
        @NotNull StudyDesign design,
        @Valid Population population,
        @Valid SampleSize sampleSize,
        @Size(max = 100) String registryId,
        @Size(max = 2000) String intervention,
        @Size(max = 2000) String comparator,
        ControlType controlType,
        @IsoDuration @Size(max = 40) @Schema(examples = "P3W") String duration,
        @IsoDuration @Size(max = 40) @Schema(examples = "P1Y") String followUp,
        @Positive Integer sessions,
        List<@Valid @NotNull Outcome> outcomes,
        @NotNull Certainty certainty,
        @Size(max = 4000) String notes) implements StudyFields {

    static StudyInput of(StudyView v) {
        return new StudyInput(v.referenceId(), v.title(), v.design(), v.population(), v.sampleSize(), v.registryId(),
                v.intervention(), v.comparator(), v.controlType(), v.duration(), v.followUp(), v.sessions(),
                v.outcomes(), v.certainty(), v.notes());
    }
}
