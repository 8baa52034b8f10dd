package org.evidenceapi.evidencetable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.evidence.EvidenceSummary;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.visibility.Visibility;

/**
 * Builds an article's evidence table in one transaction and a fixed number of statements: the studies with
 * their outcomes first, so the claims' studies are those loaded rows. Unpublished articles do not exist for
 * anonymous callers.
 */
@ApplicationScoped
public class EvidenceTableService {
    @Inject
    ArticleRepository articles;
    @Inject
    ClaimRepository claims;
    @Inject
    StudyRepository studies;
    @Inject
    ReferenceRepository references;
    @Inject
    Visibility visibility;

    @ReadOnlyTransaction
    public EvidenceTable table(IdOrSlug key) {
        UUID id = visibility.article(key, articles::findId);
        studies.ofArticle(id);
        Bibliography bibliography = references.numbering(List.of(id)).getOrDefault(id, Bibliography.EMPTY);
        Map<UUID, Integer> numbers = bibliography.firstNumbers();
        List<EvidenceRow> rows = claims.ofArticle(id).stream().map(c -> row(c, bibliography, numbers)).toList();
        return new EvidenceTable(id, rows);
    }

    private static EvidenceRow row(Claim c, Bibliography bibliography, Map<UUID, Integer> numbers) {
        EvidenceSummary summary = ClaimView.evidence(c, bibliography);
        return new EvidenceRow(c.id, c.position, c.statement, c.sectionHeading, List.copyOf(c.citations), c.scope,
                c.certainty, c.direction, c.studies.stream().map(s -> EvidenceStudy.of(s, numbers)).toList(), summary);
    }
}
