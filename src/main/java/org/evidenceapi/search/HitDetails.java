package org.evidenceapi.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.common.persistence.ListParameter;
import org.evidenceapi.visibility.VisibleArticles;

/** What a page of hits shows, read in one statement per kind (three for studies), whichever engine ranked them. */
@ApplicationScoped
public class HitDetails {
    @Inject
    EntityManager em;

    /** A hit's title, article, and its texts in order of weight, for the snippet. */
    public record Details(String title, HitArticle article, List<String> texts) {
    }

    /** The hits' details; a study's article is one of the {@code visible} ones. */
    public Map<String, Details> of(List<ScoredHit> hits, VisibleArticles visible) {
        Map<String, Details> details = new HashMap<>();
        articles(ids(hits, SearchKind.ARTICLE), details);
        claims(ids(hits, SearchKind.CLAIM), details);
        studies(ids(hits, SearchKind.STUDY), visible, details);
        return details;
    }

    static String key(SearchKind kind, UUID id) {
        return kind + ":" + id;
    }

    private void articles(List<UUID> ids, Map<String, Details> details) {
        if (!ids.isEmpty()) {
            ListParameter.query(em, "select a.id, a.slug, a.title, a.subtitle, a.summary from Article a where a.id in :ids",
                    Object[].class, "ids", ids).getResultList().forEach(r -> details.put(
                            key(SearchKind.ARTICLE, (UUID) r[0]), new Details((String) r[2], link(r, 0),
                                    Arrays.asList((String) r[2], (String) r[3], (String) r[4]))));
        }
    }

    private void claims(List<UUID> ids, Map<String, Details> details) {
        if (!ids.isEmpty()) {
            ListParameter.query(em, "select c.id, c.statement, c.sectionHeading, a.id, a.slug, a.title from Claim c "
                    + "join Article a on a.id = c.articleId where c.id in :ids", Object[].class, "ids", ids).getResultList()
                    .forEach(r -> details.put(key(SearchKind.CLAIM, (UUID) r[0]), new Details((String) r[1],
                            link(r, 3), Arrays.asList((String) r[1], (String) r[2]))));
        }
    }

    private void studies(List<UUID> ids, VisibleArticles visible, Map<String, Details> details) {
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, HitArticle> articles = new HashMap<>();
        List<Object[]> belonging = new ArrayList<>(belonging("select s.id, a.id, a.slug, a.title, a.createdAt "
                + "from Article a join a.studies s where ", ids, visible));
        belonging.addAll(belonging("select s.id, a.id, a.slug, a.title, a.createdAt from Claim c join c.studies s "
                + "join Article a on a.id = c.articleId where ", ids, visible));
        belonging.sort(Comparator.comparing((Object[] r) -> (Instant) r[4]).thenComparing(r -> r[1].toString()));
        belonging.forEach(r -> articles.putIfAbsent((UUID) r[0], link(r, 1)));
        ListParameter.query(em, "select s.id, s.title, s.population.condition, s.intervention, s.population.description, "
                + "s.comparator, s.notes from StudySummary s where s.id in :ids", Object[].class, "ids", ids)
                .getResultList()
                .forEach(r -> details.put(key(SearchKind.STUDY, (UUID) r[0]), new Details((String) r[1],
                        articles.get((UUID) r[0]), Arrays.asList((String) r[1], join(r[2], r[3]),
                                join(r[4], join(r[5], r[6]))))));
    }

    /** The articles these studies are attached to or linked from, from the studies' side: no walk over every article. */
    private List<Object[]> belonging(String select, List<UUID> ids, VisibleArticles visible) {
        return visible.bind(ListParameter.query(em, select + "s.id in :ids" + visible.and("a"), Object[].class, "ids",
                ids)).getResultList();
    }

    private static HitArticle link(Object[] row, int from) {
        return new HitArticle((UUID) row[from], (String) row[from + 1], (String) row[from + 2]);
    }

    private static String join(Object first, Object second) {
        return first == null ? (String) second : second == null ? (String) first : first + " " + second;
    }

    private static List<UUID> ids(List<ScoredHit> hits, SearchKind kind) {
        return hits.stream().filter(h -> h.kind() == kind).map(ScoredHit::id).toList();
    }
}
