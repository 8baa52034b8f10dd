package org.evidenceapi.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditCycle;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.visibility.Visibility;

/** Reads and edits claims; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class ClaimService {
    @Inject
    ClaimRepository claims;
    @Inject
    Visibility visibility;
    @Inject
    ReferenceRepository references;
    @Inject
    ClaimRules rules;
    @Inject
    EditCycle edits;

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

    public ClaimView create(ClaimInput input) {
        return edits.create(rules, input);
    }

    public ClaimView replace(UUID id, ClaimInput input, String ifMatch) {
        return edits.replace(rules, id, input, ifMatch);
    }

    public ClaimView patch(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return edits.patch(rules, id, patch, ifMatch);
    }

    public void delete(UUID id, String ifMatch) {
        edits.delete(rules, id, ifMatch);
    }
}
