package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import static org.evidenceapi.visibility.ArticleStatus.ARCHIVED;
import static org.evidenceapi.visibility.ArticleStatus.DRAFT;
import static org.evidenceapi.visibility.ArticleStatus.IN_REVIEW;
import static org.evidenceapi.visibility.ArticleStatus.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The editorial workflow, transition by transition. */
@Tag("unit")
class StatusTransitionsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, IN_REVIEW", "DRAFT, ARCHIVED", "IN_REVIEW, DRAFT", "IN_REVIEW, PUBLISHED",
            "IN_REVIEW, ARCHIVED", "PUBLISHED, IN_REVIEW", "PUBLISHED, ARCHIVED", "ARCHIVED, DRAFT"})
    void allows(ArticleStatus from, ArticleStatus to) {
        assertTrue(StatusTransitions.allowed(from, to));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, PUBLISHED", "PUBLISHED, DRAFT", "ARCHIVED, IN_REVIEW", "ARCHIVED, PUBLISHED"})
    void refuses(ArticleStatus from, ArticleStatus to) {
        assertFalse(StatusTransitions.allowed(from, to));
    }

    /** A write that leaves the status as it is (a typo fixed in a published article) is no transition. */
    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void keepingTheStatusIsAllowed(ArticleStatus status) {
        assertTrue(StatusTransitions.allowed(status, status));
    }

    @Test
    void listsTheStatusesAnArticleCanMoveTo() {
        assertEquals(EnumSet.of(IN_REVIEW, ARCHIVED), StatusTransitions.from(DRAFT));
        assertEquals(EnumSet.of(DRAFT, PUBLISHED, ARCHIVED), StatusTransitions.from(IN_REVIEW));
        assertEquals(EnumSet.of(IN_REVIEW, ARCHIVED), StatusTransitions.from(PUBLISHED));
        assertEquals(EnumSet.of(DRAFT), StatusTransitions.from(ARCHIVED));
    }
}
