package org.evidenceapi.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudyEvidence;

/** Where a claim's evidence comes from when no study of it was done in people: "in rats", "in laboratory studies". */
final class EvidenceSetting {
    private EvidenceSetting() {
    }

    /** The phrase, or null when any study reporting results was done in people or there is none. */
    static String of(List<StudyFacts> reporting) {
        if (reporting.isEmpty() || !reporting.stream().allMatch(StudyFacts::preclinical)) {
            return null;
        }
        Set<String> animals = new LinkedHashSet<>();
        boolean laboratory = false;
        for (StudyFacts study : reporting) {
            if (study.species() != null && !StudyEvidence.isHuman(study.species())) {
                animals.add(StudyEvidence.plural(study.species()));
            } else if (study.design() == StudyDesign.ANIMAL_STUDY) {
                animals.add("animals");
            } else {
                laboratory = true;
            }
        }
        String inAnimals = animals.isEmpty() ? null : "in " + String.join(" and ", animals);
        if (!laboratory) {
            return inAnimals;
        }
        return inAnimals == null ? "in laboratory studies" : inAnimals + " and in laboratory studies";
    }
}
