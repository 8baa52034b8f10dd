package org.evidenceapi.evidence;

import java.util.List;
import org.evidenceapi.study.StudyDesign;

/** Designs from the most to the least trustworthy basis for a claim about an effect. */
final class EvidenceHierarchy {
    private static final List<StudyDesign> ORDER = List.of(
            StudyDesign.META_ANALYSIS, StudyDesign.SYSTEMATIC_REVIEW, StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
            StudyDesign.NON_RANDOMIZED_TRIAL, StudyDesign.COHORT_STUDY, StudyDesign.CASE_CONTROL_STUDY,
            StudyDesign.CROSS_SECTIONAL_STUDY, StudyDesign.OBSERVATIONAL_RETROSPECTIVE, StudyDesign.CASE_SERIES,
            StudyDesign.NARRATIVE_REVIEW, StudyDesign.MECHANISTIC_STUDY, StudyDesign.ANIMAL_STUDY,
            StudyDesign.OTHER, StudyDesign.TRIAL_PROTOCOL);

    private EvidenceHierarchy() {
    }

    static int rank(StudyDesign design) {
        return ORDER.indexOf(design);
    }
}
