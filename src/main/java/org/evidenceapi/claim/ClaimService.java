package org.evidenceapi.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.evidenceapi.common.PageRequest;
import org.evidenceapi.common.PageSlice;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.Viewer;

@ApplicationScoped
public class ClaimService {
    @Inject
    ClaimRepository claims;
    @Inject
    Viewer viewer;

    @Transactional
    public ClaimPage list(ClaimFilter filter, PageRequest<Claim> request) {
        PageSlice<Claim> slice = claims.page(filter.toFilter(viewer.seesDrafts()), request);
        return new ClaimPage(slice.map(ClaimView::of), slice.page());
    }

    @Transactional
    public ClaimView get(UUID id) {
        return claims.findWithDetails(id, !viewer.seesDrafts()).map(ClaimView::of)
                .orElseThrow(() -> ProblemException.notFound("No claim has the id '" + id + "'."));
    }
}
