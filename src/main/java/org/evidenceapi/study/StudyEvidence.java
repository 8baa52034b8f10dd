package org.evidenceapi.study;

import java.util.Locale;
import java.util.Map;

/** What kind of evidence a study gives: whether it reports results, and whether it was done in people. */
public final class StudyEvidence {
    private static final Map<String, String> SPECIES_PLURALS = Map.of("MOUSE", "mice", "SHEEP", "sheep",
            "FISH", "fish", "ZEBRAFISH", "zebrafish", "HUMAN", "people");

    private StudyEvidence() {
    }

    /** A trial protocol is cited for what a trial will do; it reports no results. */
    public static boolean reportsResults(StudyDesign design) {
        return design != StudyDesign.TRIAL_PROTOCOL;
    }

    /** Done in animals or on mechanisms: by design, or by a population that is not human. */
    public static boolean preclinical(StudyDesign design, String species) {
        return design == StudyDesign.ANIMAL_STUDY || design == StudyDesign.MECHANISTIC_STUDY
                || species != null && !isHuman(species);
    }

    public static boolean isHuman(String species) {
        return species.strip().equalsIgnoreCase("HUMAN");
    }

    /** "RAT" reads "rats", "MOUSE" "mice": how a sentence names the animals a study was done in. */
    public static String plural(String species) {
        String name = species.strip().toUpperCase(Locale.ROOT);
        String known = SPECIES_PLURALS.get(name);
        if (known != null) {
            return known;
        }
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.endsWith("s") ? lower : lower + "s";
    }
}
