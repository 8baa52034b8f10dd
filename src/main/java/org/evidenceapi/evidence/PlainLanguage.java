package org.evidenceapi.evidence;

import java.util.Locale;
import org.evidenceapi.grading.Certainty;

/**
 * GRADE's plain-language wording (Santesso et al. 2020): the verb softens as certainty falls: "reduces",
 * "probably reduces", "may reduce", and at very low certainty "the evidence is very uncertain". With a study
 * that names the intervention and the outcome the sentence names them too; without, it speaks of the claim.
 */
final class PlainLanguage {
    private PlainLanguage() {
    }

    /**
     * @param main the claim's strongest study, or null when it has none
     * @param setting where the evidence comes from when not from people ("in rats"), else null
     */
    static String sentence(Certainty certainty, ClaimDirection direction, boolean anyEvidence, StudyFacts main,
            String setting) {
        if (!anyEvidence) {
            return "No evidence is cited for this claim.";
        }
        if (certainty == Certainty.NOT_RATED) {
            return "The certainty of the evidence for this claim" + (setting == null ? ""
                    : ", which comes from studies " + setting + ",") + " has not been rated.";
        }
        String sentence = main == null || isBlank(main.intervention()) || isBlank(main.outcome())
                ? generic(certainty, direction) : specific(certainty, direction, main);
        return setting == null ? sentence : sentence.substring(0, sentence.length() - 1) + " " + setting + ".";
    }

    /** " One paper this claim rests on has been retracted." and the like, or "" when none has a notice. */
    static String notices(int retracted, int concern) {
        String notices = "";
        if (retracted > 0) {
            notices += retracted == 1 ? " One paper this claim rests on has been retracted."
                    : " " + retracted + " papers this claim rests on have been retracted.";
        }
        if (concern > 0) {
            notices += concern == 1 ? " One paper this claim rests on is subject to an expression of concern."
                    : " " + concern + " papers this claim rests on are subject to expressions of concern.";
        }
        return notices;
    }

    private static String specific(Certainty certainty, ClaimDirection direction, StudyFacts main) {
        String intervention = main.intervention().strip();
        String outcome = lowerFirst(main.outcome().strip());
        if (direction == ClaimDirection.UNCLEAR) {
            return "The direction of the effect of " + lowerFirst(intervention) + " on " + outcome + " is unclear.";
        }
        if (certainty == Certainty.VERY_LOW) {
            return "The evidence is very uncertain about the effect of " + lowerFirst(intervention) + " on "
                    + outcome + ".";
        }
        Verb verb = Verb.of(direction, main.change());
        String predicate = switch (certainty) {
            case HIGH -> verb.singular;
            case MODERATE -> "probably " + verb.singular;
            default -> "may " + verb.plain;
        };
        return upperFirst(intervention) + " " + predicate + " " + outcome + ".";
    }

    private static String generic(Certainty certainty, ClaimDirection direction) {
        return switch (direction) {
            case BENEFIT -> graded(certainty, "The evidence shows a benefit.", "There is probably a benefit.",
                    "There may be a benefit.");
            case HARM -> graded(certainty, "The evidence shows harm.", "There is probably harm.", "There may be harm.");
            case NO_EFFECT -> graded(certainty, "It makes little or no difference.",
                    "It probably makes little or no difference.", "It may make little or no difference.");
            case MIXED -> graded(certainty, "The studies point in different directions.",
                    "The studies probably point in different directions.",
                    "The studies may point in different directions.");
            case UNCLEAR -> "The direction of the effect is unclear.";
        };
    }

    private static String graded(Certainty certainty, String high, String moderate, String low) {
        return switch (certainty) {
            case HIGH -> high;
            case MODERATE -> moderate;
            case LOW -> low;
            default -> low.substring(0, low.length() - 1) + ", but the evidence is very uncertain.";
        };
    }

    /** What the intervention does to the outcome: the sign of the estimate where known, else the claim's verdict. */
    private enum Verb {
        REDUCES("reduces", "reduce"), INCREASES("increases", "increase"),
        BENEFITS("has a beneficial effect on", "have a beneficial effect on"),
        HARMS("has a harmful effect on", "have a harmful effect on"),
        NO_DIFFERENCE("makes little or no difference to", "make little or no difference to"),
        MIXED("has mixed effects on", "have mixed effects on");

        final String singular;
        final String plain;

        Verb(String singular, String plain) {
            this.singular = singular;
            this.plain = plain;
        }

        static Verb of(ClaimDirection direction, EffectChange change) {
            if (direction == ClaimDirection.NO_EFFECT) {
                return NO_DIFFERENCE;
            }
            if (direction == ClaimDirection.MIXED) {
                return MIXED;
            }
            if (change != null) {
                return change == EffectChange.DECREASE ? REDUCES : INCREASES;
            }
            return direction == ClaimDirection.HARM ? HARMS : BENEFITS;
        }
    }

    /** "Pain" and "A single session" go lower-case mid-sentence; a first word like "LF/HF" or "TEAS" does not. */
    private static String lowerFirst(String text) {
        String firstWord = text.split("\\s", 2)[0];
        boolean acronym = firstWord.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return acronym ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
