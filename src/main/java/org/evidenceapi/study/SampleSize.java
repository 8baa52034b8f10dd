package org.evidenceapi.study;

import jakarta.validation.constraints.Positive;

/** How many people (or animals) and, for reviews, how many studies a summary covers. */
public record SampleSize(
        @Positive Integer participants,
        ParticipantsQualifier participantsQualifier,
        @Positive Integer studies) {
    /** What a representation's description says of a summary without counts. */
    public static final String ABSENT = "How many people and, for reviews, studies; absent when the summary gives "
            + "neither count.";

    /** The stored counts as a representation shows them: none at all is no sample size, not an empty one. */
    public static SampleSize of(StudySummary s) {
        if (s.participants == null && s.participantsQualifier == null && s.studyCount == null) {
            return null;
        }
        return new SampleSize(s.participants, s.participantsQualifier, s.studyCount);
    }
}
