package org.evidenceapi.claim;

import org.evidenceapi.study.OutcomeColumns;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudySummary;

/** What a claim's evidence summary needs to know of one study. */
public record StudyFacts(StudyDesign design, Integer participants, boolean human, OutcomeDirection direction) {

    public static StudyFacts of(StudySummary study) {
        String species = study.population == null ? null : study.population.species;
        boolean human = species == null
                ? study.design != StudyDesign.ANIMAL_STUDY && study.design != StudyDesign.TRIAL_PROTOCOL
                : species.equalsIgnoreCase("HUMAN");
        return new StudyFacts(study.design, study.participants, human, mainDirection(study));
    }

    /** The direction of the primary outcome, else of the first outcome. */
    private static OutcomeDirection mainDirection(StudySummary study) {
        return study.outcomes.stream().filter(o -> o.primary).findFirst()
                .or(() -> study.outcomes.stream().findFirst())
                .map((OutcomeColumns o) -> o.direction).orElse(null);
    }
}
