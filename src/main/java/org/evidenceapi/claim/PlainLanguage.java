package org.evidenceapi.claim;

/** GRADE's plain-language wording: the verb softens as certainty falls (shows, probably, may, very uncertain). */
final class PlainLanguage {
    private PlainLanguage() {
    }

    static String sentence(Certainty certainty, ClaimDirection direction, boolean anyEvidence) {
        if (!anyEvidence) {
            return "No evidence is cited for this claim.";
        }
        if (certainty == Certainty.NOT_RATED) {
            return "The certainty of the evidence for this claim has not been rated.";
        }
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
}
