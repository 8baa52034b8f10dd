package org.evidenceapi.search;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.StudyDesign;

/**
 * Which hits may be returned. A hit belongs to articles: an article to itself, a claim to its article, a study
 * summary to every article that cites its paper or has a claim linking it. {@code status} and {@code topic} hold
 * when one of those articles has both; a null status (editors only) or topic is no condition. Only studies have a
 * design, and articles no certainty, so those filters leave the other kinds out.
 *
 * @param topic a topic's id; a topic that does not exist is a random id, which matches nothing
 */
public record SearchFilter(Set<SearchKind> kinds, ArticleStatus status, UUID topic, StudyDesign design,
        Certainty certainty) {

    public static SearchFilter of(SearchKind kind, ArticleStatus status, UUID topic, StudyDesign design,
            Certainty certainty) {
        Set<SearchKind> kinds = kind == null ? EnumSet.allOf(SearchKind.class) : EnumSet.of(kind);
        if (design != null) {
            kinds.retainAll(EnumSet.of(SearchKind.STUDY));
        }
        if (certainty != null) {
            kinds.remove(SearchKind.ARTICLE);
        }
        return new SearchFilter(kinds, status, topic, design, certainty);
    }

    /** Whether hits must belong to an article of the status and topic asked for. */
    boolean concernsArticles() {
        return status != null || topic != null;
    }
}
