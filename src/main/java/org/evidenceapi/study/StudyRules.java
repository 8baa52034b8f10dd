package org.evidenceapi.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.editing.KindRules;
import org.evidenceapi.reference.ReferenceRepository;

/**
 * How study summaries are edited: the reporting reference must exist; a summary that claims still link stays
 * (409 naming the articles).
 */
@ApplicationScoped
class StudyRules extends KindRules<UUID, StudyInput, StudyView, StudySummary> {
    @Inject
    StudyRepository studies;
    @Inject
    StudyService reads;
    @Inject
    ReferenceRepository references;

    StudyRules() {
        super("study summary", StudyInput.class, StudySummary.class, StudyView::id);
    }

    @Override
    public StudyView read(UUID id) {
        return reads.get(id);
    }

    @Override
    public StudyInput asInput(StudyView current) {
        return StudyInput.of(current);
    }

    @Override
    public List<FieldError> check(StudyInput input, StudySummary row) {
        return input.referenceId() == null || references.findById(input.referenceId()) != null ? List.of()
                : List.of(new FieldError("referenceId", "names no reference"));
    }

    /** The reference {@link #check} found is in the persistence context: finding it again reads nothing. */
    @Override
    public void apply(StudySummary study, StudyInput in) {
        StudyMapper.apply(study, in, references.findById(in.referenceId()));
    }

    @Override
    public StudyView view(StudySummary study) {
        return StudyView.of(study);
    }

    @Override
    public Optional<String> stillUsed(StudySummary study) {
        List<String> articles = studies.articlesRestingOn(study.id);
        return articles.isEmpty() ? Optional.empty() : Optional.of("Claims of " + articles.size() + " article(s) "
                + "rest on this study summary: " + String.join(", ", articles) + ". Unlink it from those claims first.");
    }
}
