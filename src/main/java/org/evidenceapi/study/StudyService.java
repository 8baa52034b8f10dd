package org.evidenceapi.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.evidenceapi.common.paging.PageRequest;
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
        return page(studies.page(filter.toFilter(), request), StudyPage::new);
    }

    @ReadOnlyTransaction
    public StudyView get(UUID id) {
        return found(studies.findWithOutcomes(id), id);
    }

    @Override
    protected StudyRules rules() {
        return rules;
    }
}
