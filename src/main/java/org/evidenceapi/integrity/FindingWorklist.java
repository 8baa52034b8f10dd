package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.paging.Cursor;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.visibility.Visibility;

/**
 * The library's findings, article by article in id order, each article's in its report's order. A request checks
 * at most {@link #MAX_CHECKED} articles, loaded {@link #BATCH} at a time, so it costs a bounded number of
 * statements however large the library: a page may hold fewer findings than asked for while a next cursor says
 * where the walk goes on.
 */
@ApplicationScoped
public class FindingWorklist {
    static final int BATCH = 50;
    static final int MAX_CHECKED = 200;
    private static final String SORT = "article";

    @Inject
    ArticleRepository articles;
    @Inject
    AuditedArticles audited;
    @Inject
    IntegrityCheck check;
    @Inject
    Visibility visibility;

    /** Where a page starts: at an article, skipping the findings of it already shown, or after an article. */
    record Position(UUID article, int skip, boolean after) {
        static final Position START = new Position(null, 0, false);

        static Position of(String cursor) {
            if (cursor == null) {
                return START;
            }
            Cursor decoded = Cursor.decode(cursor);
            try {
                if (decoded.sort().equals(SORT) && !decoded.backward()) {
                    return decoded.value().equals("after") ? new Position(decoded.id(), 0, true)
                            : new Position(decoded.id(), Integer.parseUnsignedInt(decoded.value()), false);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ProblemException.badParameter("cursor", "is not a cursor of this worklist");
        }

        String encode() {
            return new Cursor(SORT, false, after ? "after" : Integer.toString(skip), article).encode();
        }
    }

    @ReadOnlyTransaction
    public ArticleFindingPage page(FindingFilter filter, int limit, Position from) {
        List<ArticleFinding> items = new ArrayList<>();
        Position at = from;
        for (int checked = 0; checked < MAX_CHECKED; checked += BATCH) {
            List<Object[]> batch = articles.walk(filter.articles(visibility.articles()),
                    at.after() ? null : at.article(), at.after() ? at.article() : null, BATCH);
            Map<UUID, AuditedArticle> loaded = audited.load(batch.stream().map(row -> (UUID) row[0]).toList());
            for (Object[] row : batch) {
                UUID id = (UUID) row[0];
                List<Finding> findings = check.run(loaded.get(id)).stream().filter(filter::matches).toList();
                for (int i = id.equals(at.article()) ? at.skip() : 0; i < findings.size(); i++) {
                    if (items.size() == limit) {
                        return page(items, limit, new Position(id, i, false));
                    }
                    items.add(new ArticleFinding(article(row), findings.get(i)));
                }
            }
            if (batch.size() < BATCH) {
                return page(items, limit, null);
            }
            at = new Position((UUID) batch.get(batch.size() - 1)[0], 0, true);
        }
        return page(items, limit, at);
    }

    private static FindingArticle article(Object[] row) {
        return new FindingArticle((UUID) row[0], (String) row[1], (String) row[2], (ArticleStatus) row[3]);
    }

    private static ArticleFindingPage page(List<ArticleFinding> items, int limit, Position next) {
        return new ArticleFindingPage(items, new PageInfo(limit, next == null ? null : next.encode(), null));
    }
}
