package org.evidenceapi.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditingService;

/** Reads and edits references; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class ReferenceService extends EditingService<UUID, ReferenceInput, ReferenceView, Reference> {
    @Inject
    ReferenceRepository references;
    @Inject
    ReferenceRules rules;

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

    @Override
    protected ReferenceRules rules() {
        return rules;
    }
}
