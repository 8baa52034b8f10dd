package org.evidenceapi.study;

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

/** Reads and edits study summaries; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class StudyService {
    @Inject
    StudyRepository studies;
    @Inject
    StudyRules rules;
    @Inject
    EditCycle edits;

    @ReadOnlyTransaction
    public StudyPage list(StudyFilter filter, PageRequest<StudySummary> request) {
        PageSlice<StudySummary> slice = studies.page(filter.toFilter(), request);
        return new StudyPage(slice.map(StudyView::of), slice.page());
    }

    @ReadOnlyTransaction
    public StudyView get(UUID id) {
        return studies.findWithOutcomes(id).map(StudyView::of)
                .orElseThrow(() -> ProblemException.notFound("No study summary has the id '" + id + "'."));
    }

    public StudyView create(StudyInput input) {
        return edits.create(rules, input);
    }

    public StudyView replace(UUID id, StudyInput input, String ifMatch) {
        return edits.replace(rules, id, input, ifMatch);
    }

    public StudyView patch(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return edits.patch(rules, id, patch, ifMatch);
    }

    public void delete(UUID id, String ifMatch) {
        edits.delete(rules, id, ifMatch);
    }
}
