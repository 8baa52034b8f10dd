package org.evidenceapi.article;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.evidenceapi.common.ProblemException;

/** What {@code include=} may add to an article: the related resources a front end renders with it. */
public enum ArticleInclude {
    CLAIMS, STUDIES, REFERENCES, AUTHORS, TOPICS;

    public static final String ALLOWED = "claims, studies, references, authors, topics";
    /** What the JSON-LD representation embeds besides the authors and topics every article carries. */
    static final String LINKED_DATA = "claims,references";
    /**
     * Embedded in every article, as in a list's items. Still accepted in include, where they change nothing, so
     * clients that name them keep working.
     */
    static final Set<ArticleInclude> ALWAYS = EnumSet.of(AUTHORS, TOPICS);

    public static Set<ArticleInclude> parse(String include) {
        Set<ArticleInclude> result = EnumSet.noneOf(ArticleInclude.class);
        if (include == null || include.isBlank()) {
            return result;
        }
        for (String part : include.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (Arrays.stream(values()).noneMatch(v -> v.name().equals(name))) {
                throw ProblemException.badParameter("include",
                        "'" + part.trim() + "' is not one of " + ALLOWED);
            }
            result.add(valueOf(name));
        }
        return result;
    }

    /** What of {@code include} changes the article: requests that get the same document name the same set. */
    static Set<ArticleInclude> effective(Set<ArticleInclude> include) {
        Set<ArticleInclude> effective = EnumSet.noneOf(ArticleInclude.class);
        effective.addAll(include);
        effective.removeAll(ALWAYS);
        return effective;
    }
}
