package org.evidenceapi.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
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
        return page(references.page(filter.toFilter(), request), ReferencePage::new);
    }

    @ReadOnlyTransaction
    public ReferenceView get(UUID id) {
        return found(references.findWithAuthors(id), id);
    }

    @Override
    protected ReferenceRules rules() {
        return rules;
    }
}
