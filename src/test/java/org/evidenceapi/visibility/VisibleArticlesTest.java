package org.evidenceapi.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evidenceapi.common.paging.Filter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class VisibleArticlesTest {
    private static final VisibleArticles PUBLISHED = VisibleArticles.PUBLISHED;

    @Test
    void aRestrictedReaderAddsTheConditionOnTheArticlesPath() {
        assertEquals(" and e.article.status = :visible", PUBLISHED.and("e.article"));
    }

    @Test
    void aReaderOfEveryArticleAddsNoCondition() {
        assertEquals("", VisibleArticles.ALL.and("e"));
        assertEquals("", VisibleArticles.ALL.restrict(new Filter(), "e").where());
        assertEquals("", VisibleArticles.ALL.require(new Filter(), PUBLISHED.condition("a")).where());
    }

    @Test
    void aRestrictedPageHoldsTheStatusEqual() {
        assertEquals(" where e.status = :visible", PUBLISHED.restrict(new Filter(), "e").where());
    }

    @Test
    void aConditionCanSitInsideASubquery() {
        String exists = "exists (select 1 from Article a where a.id = e.articleId and " + PUBLISHED.condition("a")
                + ")";
        assertEquals(" where " + exists, PUBLISHED.require(new Filter(), exists).where());
    }

    @Test
    void aRestrictedReaderSeesItsStatusOnly() {
        assertTrue(PUBLISHED.includes(ArticleStatus.PUBLISHED));
        assertFalse(PUBLISHED.includes(ArticleStatus.DRAFT));
        assertTrue(VisibleArticles.ALL.includes(ArticleStatus.DRAFT));
    }

}
