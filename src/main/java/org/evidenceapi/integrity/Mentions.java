package org.evidenceapi.integrity;

import org.evidenceapi.claim.Claim;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceName;
import org.evidenceapi.study.StudySummary;

/** How a finding's message names a claim, a reference or a study, so an editor recognises it at a glance. */
final class Mentions {
    private static final int EXCERPT = 60;

    private Mentions() {
    }

    /** Claim 13 ("A meta-analysis of 39 studies and 20,827 patients found…"). */
    static String claim(Claim claim) {
        return "Claim " + claim.position + " (\"" + excerpt(claim.statement) + "\")";
    }

    /**
     * [9] (Vickers 2018) for a paper of the bibliography, whose authors are loaded with it; a paper the article
     * does not list is named by its title.
     */
    static String reference(Reference reference, Integer number) {
        if (number == null) {
            return "the unlisted paper \"" + excerpt(reference.title) + "\"";
        }
        String author = reference.authors.isEmpty() ? null : name(reference.authors.get(0));
        String year = reference.year == null ? null : reference.year.toString();
        String who = author == null ? year : year == null ? author : author + " " + year;
        return "[" + number + "]" + (who == null ? "" : " (" + who + ")");
    }

    static String study(StudySummary study) {
        return "study summary \"" + excerpt(study.title) + "\"";
    }

    private static String name(ReferenceName name) {
        return name.literal != null ? name.literal : name.family;
    }

    /** The text up to about 60 characters, cut at a word. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > 0 ? cut : EXCERPT).replaceAll("[,;:.]$", "") + "…";
    }
}
