package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The editorial workflow: write, review, publish, archive. An article can go back to review or to draft
 * for corrections, and anything can be archived; an archived article is revived as a draft.
 */
public final class StatusTransitions {
    private static final Map<ArticleStatus, Set<ArticleStatus>> NEXT = Map.of(
            ArticleStatus.DRAFT, EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED),
            ArticleStatus.IN_REVIEW, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED),
            ArticleStatus.PUBLISHED, EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED),
            ArticleStatus.ARCHIVED, EnumSet.of(ArticleStatus.DRAFT));

    private StatusTransitions() {
    }

    public static boolean allowed(ArticleStatus from, ArticleStatus to) {
        return from == to || NEXT.get(from).contains(to);
    }

    public static Set<ArticleStatus> from(ArticleStatus status) {
        return NEXT.get(status);
    }
}
