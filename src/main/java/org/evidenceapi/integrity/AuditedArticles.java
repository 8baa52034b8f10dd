package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.article.StoredSection;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;

/**
 * Loads articles as the integrity check reads them, several at once in a fixed number of statements whatever
 * their size or number (up to a slice of ids). The studies come first, with their papers, so that the claims'
 * studies are those loaded rows.
 */
@ApplicationScoped
class AuditedArticles {
    @Inject
    ArticleRepository articles;
    @Inject
    ClaimRepository claims;
    @Inject
    ReferenceRepository references;
    @Inject
    StudyRepository studies;

    /** Each article of {@code ids} (existing ones) by id. */
    Map<UUID, AuditedArticle> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<UUID>> members = new HashMap<>();
        studies.memberships(ids).forEach(row -> members.computeIfAbsent((UUID) row[0], k -> new HashSet<>())
                .add((UUID) row[1]));
        List<StudySummary> loaded = studies.ofArticlesWithReferences(ids);
        Map<UUID, List<Claim>> claimsOf = byArticle(claims.ofArticles(ids), c -> c.articleId);
        Map<UUID, List<ArticleReference>> entriesOf = byArticle(references.citedBy(ids), e -> e.articleId);
        // sections written by the calling transaction (the publish gate's check) have no articleId until read back
        Map<UUID, List<StoredSection>> sectionsOf = byArticle(articles.sections(ids),
                s -> s.articleId != null ? s.articleId : s.article.id);
        Map<UUID, AuditedArticle> audited = new LinkedHashMap<>();
        for (UUID id : ids) {
            Set<UUID> mine = members.getOrDefault(id, Set.of());
            audited.put(id, new AuditedArticle(claimsOf.getOrDefault(id, List.of()),
                    entriesOf.getOrDefault(id, List.of()), loaded.stream().filter(s -> mine.contains(s.id)).toList(),
                    sectionsOf.getOrDefault(id, List.of())));
        }
        return audited;
    }

    private static <T> Map<UUID, List<T>> byArticle(List<T> rows, Function<T, UUID> articleOf) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(articleOf.apply(row), k -> new ArrayList<>()).add(row));
        return grouped;
    }
}
