package org.evidenceapi.claim;

import java.util.Optional;
import org.evidenceapi.study.OutcomeColumns;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.ParticipantsQualifier;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudySummary;

/**
 * What a claim's evidence summary needs to know of one study: its design and size, whether it was done in
 * people, and its main outcome (the primary one, else the first): name, direction and which way it moved.
 */
public record StudyFacts(StudyDesign design, Integer participants, ParticipantsQualifier participantsQualifier,
        Integer studyCount, boolean human, String intervention, String outcome, OutcomeDirection direction,
        EffectChange change) {

    public static StudyFacts of(StudySummary study) {
        String species = study.population == null ? null : study.population.species;
        boolean human = species == null
                ? study.design != StudyDesign.ANIMAL_STUDY && study.design != StudyDesign.TRIAL_PROTOCOL
                : species.equalsIgnoreCase("HUMAN");
        Optional<OutcomeColumns> main = mainOutcome(study);
        return new StudyFacts(study.design, study.participants, study.participantsQualifier, study.studyCount, human,
                study.intervention, main.map(o -> o.name).orElse(null), main.map(o -> o.direction).orElse(null),
                main.map(o -> EffectChange.of(o.metric, o.value)).orElse(null));
    }

    private static Optional<OutcomeColumns> mainOutcome(StudySummary study) {
        return study.outcomes.stream().filter(o -> o.primary).findFirst().or(() -> study.outcomes.stream().findFirst());
    }
}
