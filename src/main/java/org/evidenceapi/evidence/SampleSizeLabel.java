package org.evidenceapi.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.evidenceapi.study.ParticipantsQualifier;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudySummary;

/**
 * Participants and the number of studies they come from, as the "No of participants (studies)" column of a
 * summary-of-findings table shows them: "20,827 (39 studies)". Only studies that report a participant count
 * take part; a review counts its studies, any other study counts as one.
 */
public final class SampleSizeLabel {
    private static final Set<StudyDesign> REVIEWS =
            Set.of(StudyDesign.META_ANALYSIS, StudyDesign.SYSTEMATIC_REVIEW, StudyDesign.NARRATIVE_REVIEW);

    private SampleSizeLabel() {
    }

    public static String of(StudySummary study) {
        return of(List.of(StudyFacts.of(study)));
    }

    /** Null when no study reports a count; the study count is left out when a review does not give it. */
    static String of(List<StudyFacts> studies) {
        List<StudyFacts> counted = studies.stream().filter(s -> s.participants() != null).toList();
        if (counted.isEmpty()) {
            return null;
        }
        int participants = counted.stream().mapToInt(StudyFacts::participants).sum();
        List<Integer> studyCounts = counted.stream().map(SampleSizeLabel::studyCount).toList();
        String label = qualifier(counted) + String.format(Locale.ENGLISH, "%,d", participants);
        if (studyCounts.contains(null)) {
            return label;
        }
        int total = studyCounts.stream().mapToInt(Integer::intValue).sum();
        return label + " (" + total + (total == 1 ? " study)" : " studies)");
    }

    private static Integer studyCount(StudyFacts study) {
        return study.studyCount() != null || REVIEWS.contains(study.design()) ? study.studyCount() : Integer.valueOf(1);
    }

    /** "about" if any count is approximate, else "at least" if any is a lower bound. */
    private static String qualifier(List<StudyFacts> counted) {
        List<ParticipantsQualifier> qualifiers = counted.stream().map(StudyFacts::participantsQualifier)
                .filter(Objects::nonNull).toList();
        if (qualifiers.contains(ParticipantsQualifier.APPROXIMATE)) {
            return "about ";
        }
        return qualifiers.contains(ParticipantsQualifier.AT_LEAST) ? "at least " : "";
    }
}
