package org.evidenceapi.study;

import jakarta.validation.constraints.Positive;

/** How many people (or animals) and, for reviews, how many studies a summary covers. */
public record SampleSize(
        @Positive Integer participants,
        ParticipantsQualifier participantsQualifier,
        @Positive Integer studies) {
}
