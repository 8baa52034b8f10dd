package org.evidenceapi.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.editing.EditingService;

/** Reads and edits study summaries; the edit cycle holds the transactions of writes. */
@ApplicationScoped
public class StudyService extends EditingService<UUID, StudyInput, StudyView, StudySummary> {
    @Inject
    StudyRepository studies;
    @Inject
    StudyRules rules;

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

    @Override
    protected StudyRules rules() {
        return rules;
    }
}
