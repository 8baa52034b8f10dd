package org.evidenceapi.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.persistence.InLists;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.StudyDesign;

/** Reads what the embedded index holds of articles, claims and study summaries, a batch of ids at a time. */
@ApplicationScoped
public class SearchSources {
    @Inject
    EntityManager em;

    /** Where an article sits: its status and topics, which the status and topic filters ask about. */
    public record Placement(UUID id, ArticleStatus status, Set<UUID> topics) {
    }

    public record ArticleText(Placement placement, String title, String subtitle, String summary) {
    }

    public record ClaimText(UUID id, UUID articleId, String statement, String heading, Certainty certainty) {
    }

    public record StudyText(UUID id, String title, String condition, String intervention, String description,
            String comparator, String notes, StudyDesign design, Certainty certainty) {
    }

    /** The newest revision: every committed change to content writes one (Envers, one per transaction). */
    public long newestRevision() {
        Long newest = em.createQuery("select max(r.id) from Revision r", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /**
     * What revisions after this one changed, read from the audit tables: articles (with their claims,
     * bibliography entries and attached studies) and study summaries. A range scan on each table's (rev, ...) primary key.
     */
    public SearchChanges changedSince(long revision) {
        Set<UUID> articles = new LinkedHashSet<>();
        for (String changed : List.of("select id from article_aud where rev > ?1",
                "select article_id from claim_aud where rev > ?1 and article_id is not null",
                "select article_id from article_reference_aud where rev > ?1 and article_id is not null",
                "select article_id from article_study_aud where rev > ?1")) {
            articles.addAll(uuids(changed, revision));
        }
        Set<UUID> studies = new LinkedHashSet<>(uuids("select id from study_summary_aud where rev > ?1", revision));
        studies.addAll(uuids("select study_id from article_study_aud where rev > ?1", revision));
        return new SearchChanges(articles, studies);
    }

    private List<UUID> uuids(String sql, long revision) {
        List<?> rows = em.createNativeQuery(sql, UUID.class).setParameter(1, revision).getResultList();
        return rows.stream().map(UUID.class::cast).toList();
    }

    /** The next ids in id order after this one (null: the first), at most {@code limit}. */
    public List<UUID> articleIds(UUID after, int limit) {
        return idsAfter("select a.id from Article a where a.id > :after order by a.id", after, limit);
    }

    public List<UUID> studyIds(UUID after, int limit) {
        return idsAfter("select s.id from StudySummary s where s.id > :after order by s.id", after, limit);
    }

    private List<UUID> idsAfter(String jpql, UUID after, int limit) {
        // the nil UUID sorts first in the database (unsigned bytes), and no generated id is nil
        return em.createQuery(jpql, UUID.class).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit).getResultList();
    }

    public List<ArticleText> articles(Collection<UUID> ids) {
        Map<UUID, Placement> placements = placements(ids);
        return rows("select a.id, a.title, a.subtitle, a.summary from Article a where a.id in :ids", ids).stream()
                .map(r -> new ArticleText(placements.get((UUID) r[0]), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public List<ClaimText> claimsOf(Collection<UUID> articleIds) {
        return rows("select c.id, c.articleId, c.statement, c.sectionHeading, c.certainty from Claim c "
                + "where c.articleId in :ids", articleIds).stream()
                .map(r -> new ClaimText((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (Certainty) r[4]))
                .toList();
    }

    public List<StudyText> studies(Collection<UUID> ids) {
        return rows("select s.id, s.title, s.population.condition, s.intervention, s.population.description, "
                + "s.comparator, s.notes, s.design, s.certainty from StudySummary s where s.id in :ids", ids).stream()
                .map(r -> new StudyText((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (StudyDesign) r[7], (Certainty) r[8]))
                .toList();
    }

    /** The articles each study belongs to: those it is attached to or linked from by a claim. */
    public Map<UUID, Set<UUID>> articlesOfStudies(Collection<UUID> studyIds) {
        List<Object[]> pairs = new ArrayList<>(rows("select s.id, a.id from Article a join a.studies s "
                + "where s.id in :ids", studyIds));
        pairs.addAll(rows("select s.id, c.articleId from Claim c join c.studies s where s.id in :ids", studyIds));
        return pairs.stream().collect(Collectors.groupingBy(r -> (UUID) r[0],
                Collectors.mapping(r -> (UUID) r[1], Collectors.toCollection(LinkedHashSet::new))));
    }

    /** The studies attached to these articles or linked from their claims. */
    public Set<UUID> studiesOfArticles(Collection<UUID> articleIds) {
        Set<UUID> ids = new LinkedHashSet<>(InLists.sliced(articleIds, slice -> em.createQuery("select s.id "
                + "from Article a join a.studies s where a.id in :ids", UUID.class).setParameter("ids", slice)
                .getResultList()));
        ids.addAll(InLists.sliced(articleIds, slice -> em.createQuery("select s.id from Claim c join c.studies s "
                + "where c.articleId in :ids", UUID.class).setParameter("ids", slice).getResultList()));
        return ids;
    }

    public Map<UUID, Placement> placements(Collection<UUID> articleIds) {
        Map<UUID, Set<UUID>> topics = new HashMap<>();
        rows("select a.id, t.id from Article a join a.topics t where a.id in :ids", articleIds)
                .forEach(r -> topics.computeIfAbsent((UUID) r[0], k -> new LinkedHashSet<>()).add((UUID) r[1]));
        return rows("select a.id, a.status from Article a where a.id in :ids", articleIds).stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> new Placement((UUID) r[0], (ArticleStatus) r[1],
                        topics.getOrDefault((UUID) r[0], Set.of()))));
    }

    private List<Object[]> rows(String jpql, Collection<UUID> ids) {
        return InLists.sliced(ids, slice -> em.createQuery(jpql, Object[].class).setParameter("ids", slice)
                .getResultList());
    }
}
