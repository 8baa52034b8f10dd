package org.evidenceapi.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditCycle;

/** Reads and edits references; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class ReferenceService {
    @Inject
    ReferenceRepository references;
    @Inject
    ReferenceRules rules;
    @Inject
    EditCycle edits;

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

    public ReferenceView create(ReferenceInput input) {
        return edits.create(rules, input);
    }

    public ReferenceView replace(UUID id, ReferenceInput input, String ifMatch) {
        return edits.replace(rules, id, input, ifMatch);
    }

    public ReferenceView patch(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return edits.patch(rules, id, patch, ifMatch);
    }

    public void delete(UUID id, String ifMatch) {
        edits.delete(rules, id, ifMatch);
    }
}
