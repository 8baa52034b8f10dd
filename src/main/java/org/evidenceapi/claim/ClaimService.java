package org.evidenceapi.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditingService;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.visibility.Visibility;

/** Reads and edits claims; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class ClaimService extends EditingService<UUID, ClaimInput, ClaimView, Claim> {
    @Inject
    ClaimRepository claims;
    @Inject
    Visibility visibility;
    @Inject
    ReferenceRepository references;
    @Inject
    ClaimRules rules;

    @ReadOnlyTransaction
    public ClaimPage list(ClaimFilter filter, PageRequest<Claim> request) {
        PageSlice<Claim> slice = claims.page(filter.toFilter(visibility.articles()), request);
        return new ClaimPage(views(slice.items()), slice.page());
    }

    @ReadOnlyTransaction
    public ClaimView get(UUID id) {
        Claim claim = claims.findWithDetails(id, visibility.articles())
                .orElseThrow(() -> ProblemException.notFound("No claim has the id '" + id + "'."));
        return views(List.of(claim)).get(0);
    }

    /** Claims with their evidence summaries: one more statement for their articles' bibliographies. */
    public List<ClaimView> views(List<Claim> page) {
        Map<UUID, Bibliography> numbering = references.numbering(
                page.stream().map(c -> c.articleId).distinct().toList());
        return page.stream().map(c -> ClaimView.of(c, numbering.getOrDefault(c.articleId, Bibliography.EMPTY))).toList();
    }

    @Override
    protected ClaimRules rules() {
        return rules;
    }
}
