package org.evidenceapi.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.evidenceapi.common.PageRequest;
import org.evidenceapi.common.PageSlice;
import org.evidenceapi.common.ProblemException;

@ApplicationScoped
public class ClaimService {
    @Inject
    ClaimRepository claims;

    @Transactional
    public ClaimPage list(ClaimFilter filter, PageRequest<Claim> request) {
        PageSlice<Claim> slice = claims.page(filter.toFilter(), request);
        return new ClaimPage(slice.map(ClaimView::of), slice.page());
    }

    @Transactional
    public ClaimView get(UUID id) {
        return claims.findWithDetails(id).map(ClaimView::of)
                .orElseThrow(() -> ProblemException.notFound("No claim has the id '" + id + "'."));
    }
}
