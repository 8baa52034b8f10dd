package org.evidenceapi.importing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.evidenceapi.common.validation.IsoDuration;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.ControlType;
import org.evidenceapi.study.Outcome;
import org.evidenceapi.study.Population;
import org.evidenceapi.study.SampleSize;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudyFields;

/**
 * A study summary. {@code key} names it inside the document (claims link it by key) and
 * {@code referenceNumber} is the citation number of the paper that reports it.
 */
public record DocumentStudy(
        @NotBlank @Size(max = 100) String key,
        @NotNull @Positive Integer referenceNumber,
        @NotBlank @Size(max = 500) String title,
        @NotNull StudyDesign design,
        @Valid Population population,
        @Valid SampleSize sampleSize,
        @Size(max = 100) String registryId,
        @Size(max = 2000) String intervention,
        @Size(max = 2000) String comparator,
        ControlType controlType,
        @IsoDuration @Size(max = 40) String duration,
        @IsoDuration @Size(max = 40) String followUp,
        @Positive Integer sessions,
        List<@Valid @NotNull Outcome> outcomes,
        @NotNull Certainty certainty,
        @Size(max = 4000) String notes) implements StudyFields {
}
