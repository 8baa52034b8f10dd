package org.evidenceapi.evidence;

import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.study.OutcomeColumns;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.ParticipantsQualifier;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudyEvidence;
import org.evidenceapi.study.StudySummary;

/**
 * What a claim's evidence summary needs to know of one study: the paper reporting it, its design and size, who it
 * was done in, and its main outcome (the primary one, else the first): name, direction and which way it moved.
 */
public record StudyFacts(UUID referenceId, StudyDesign design, Integer participants,
        ParticipantsQualifier participantsQualifier, Integer studyCount, String species, String intervention,
        String outcome, OutcomeDirection direction, EffectChange change) {

    public static StudyFacts of(StudySummary study) {
        String species = study.population == null ? null : study.population.species;
        Optional<OutcomeColumns> main = mainOutcome(study);
        return new StudyFacts(study.referenceId, study.design, study.participants, study.participantsQualifier,
                study.studyCount, species, study.intervention, main.map(o -> o.name).orElse(null),
                main.map(o -> o.direction).orElse(null), main.map(o -> EffectChange.of(o.metric, o.value)).orElse(null));
    }

    /** Done in people: a human population, or without a species one whose design implies people. */
    public boolean human() {
        return species == null ? design != StudyDesign.ANIMAL_STUDY && design != StudyDesign.TRIAL_PROTOCOL
                : StudyEvidence.isHuman(species);
    }

    public boolean preclinical() {
        return StudyEvidence.preclinical(design, species);
    }

    public boolean reportsResults() {
        return StudyEvidence.reportsResults(design);
    }

    private static Optional<OutcomeColumns> mainOutcome(StudySummary study) {
        return study.outcomes.stream().filter(o -> o.primary).findFirst().or(() -> study.outcomes.stream().findFirst());
    }
}
