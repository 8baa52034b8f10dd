package org.evidenceapi.article;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.problem.ProblemException;

/** What {@code include=} may add to an article: the related resources a front end renders with it. */
@Schema(name = "ArticleInclude", type = SchemaType.STRING, description = "A related resource to embed in the article.",
        enumeration = {"claims", "studies", "references", "authors", "topics"})
public enum ArticleInclude {
    CLAIMS, STUDIES, REFERENCES, AUTHORS, TOPICS;

    public static final String ALLOWED = "claims, studies, references, authors, topics";
    /** What the JSON-LD representation embeds besides the authors and topics every article carries. */
    static final Set<ArticleInclude> LINKED_DATA = Set.copyOf(EnumSet.of(CLAIMS, REFERENCES));
    /**
     * Embedded in every article, as in a list's items. Still accepted in include, where they change nothing, so
     * clients that name them keep working.
     */
    static final Set<ArticleInclude> ALWAYS = Set.copyOf(EnumSet.of(AUTHORS, TOPICS));

    /**
     * The values of every {@code include} given, each comma-separated: {@code include=claims,studies} and
     * {@code include=claims&include=studies} ask for the same. An unknown value is a 400 naming include.
     */
    public static Set<ArticleInclude> parse(List<String> include) {
        Set<ArticleInclude> result = EnumSet.noneOf(ArticleInclude.class);
        if (include == null) {
            return result;
        }
        include.stream().filter(value -> !value.isBlank()).flatMap(value -> Arrays.stream(value.split(",")))
                .forEach(part -> result.add(named(part.trim())));
        return result;
    }

    private static ArticleInclude named(String part) {
        String name = part.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter("include", "'" + part + "' is not one of " + ALLOWED));
    }

    /** What of {@code include} changes the article: requests that get the same document name the same set. */
    static Set<ArticleInclude> effective(Set<ArticleInclude> include) {
        Set<ArticleInclude> effective = EnumSet.noneOf(ArticleInclude.class);
        effective.addAll(include);
        effective.removeAll(ALWAYS);
        return effective;
    }
}
