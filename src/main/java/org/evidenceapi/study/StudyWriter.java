package org.evidenceapi.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceRepository;

/**
 * Creates, changes and removes study summaries. The reporting reference must exist; a summary that claims
 * still link cannot be removed (409 naming the articles).
 */
@ApplicationScoped
public class StudyWriter {
    @Inject
    StudyRepository studies;
    @Inject
    StudyService reads;
    @Inject
    ReferenceRepository references;
    @Inject
    Edits edits;

    @Transactional
    public StudyView create(StudyInput input) {
        Reference reference = validated(input);
        StudySummary study = new StudySummary();
        StudyMapper.apply(study, input, reference);
        study.persist();
        return StudyView.of(study);
    }

    @Transactional
    public StudyView replace(UUID id, StudyInput input, String ifMatch) {
        edits.requireCurrent(ifMatch, reads.get(id));
        Reference reference = validated(input);
        StudySummary study = studies.findById(id);
        StudyMapper.apply(study, input, reference);
        studies.flush();
        return StudyView.of(study);
    }

    @Transactional
    public StudyView patch(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return replace(id, edits.merge(StudyInput.of(reads.get(id)), patch, StudyInput.class), ifMatch);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        edits.requireCurrent(ifMatch, reads.get(id));
        List<String> articles = studies.getEntityManager().createQuery("select distinct c.article.slug from Claim c "
                + "join c.studies s where s.id = :id order by c.article.slug", String.class)
                .setParameter("id", id).getResultList();
        if (!articles.isEmpty()) {
            throw new ProblemException(Status.CONFLICT, "Claims of " + articles.size() + " article(s) rest on this "
                    + "study summary: " + String.join(", ", articles) + ". Unlink it from those claims first.", null);
        }
        studies.delete(studies.findById(id));
    }

    /** Every problem of the input at once, the reporting reference included; that reference. */
    private Reference validated(StudyInput input) {
        Reference reference = input == null || input.referenceId() == null ? null
                : references.findById(input.referenceId());
        List<FieldError> missing = input == null || input.referenceId() == null || reference != null ? List.of()
                : List.of(new FieldError("referenceId", "names no reference"));
        edits.validate("study summary", input, missing);
        return reference;
    }
}
