package org.evidenceapi.study;

import java.util.List;
import java.util.UUID;

/**
 * What makes two summaries of one paper the same study summary: the study as the paper reports it (design,
 * people, comparison, outcomes with their effects), not the title, notes or rating an editor gave it.
 */
public record StudySubstance(UUID referenceId, StudyDesign design, Population population, SampleSize sampleSize,
        String intervention, String comparator, List<Outcome> outcomes) {

    public static StudySubstance of(StudySummary s) {
        StudyView v = StudyView.of(s);
        return new StudySubstance(s.referenceId, v.design(), v.population(), v.sampleSize(), v.intervention(),
                v.comparator(), v.outcomes());
    }
}
