package org.evidenceapi.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;

@ApplicationScoped
public class ReferenceService {
    @Inject
    ReferenceRepository references;

    @ReadOnlyTransaction
    public ReferencePage list(ReferenceFilter filter, PageRequest<Reference> request) {
        PageSlice<Reference> slice = references.page(filter.toFilter(), request);
        return new ReferencePage(slice.map(ReferenceView::of), slice.page());
    }

    @ReadOnlyTransaction
    public ReferenceView get(UUID id) {
        return references.findWithAuthors(id).map(ReferenceView::of)
                .orElseThrow(() -> ProblemException.notFound("No reference has the id '" + id + "'."));
    }
}
