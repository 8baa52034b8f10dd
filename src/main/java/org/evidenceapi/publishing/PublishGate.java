package org.evidenceapi.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.evidenceapi.article.PublishCheck;
import org.evidenceapi.article.PublishOverride;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.integrity.Finding;
import org.evidenceapi.integrity.IntegrityService;
import org.evidenceapi.revision.RevisionNote;

/**
 * Nothing reaches readers with ERROR findings in its integrity report unless an admin says why: a change that
 * publishes (a status moved to PUBLISHED, an import of a PUBLISHED document) is checked inside its own transaction,
 * on the article as it would be published, and refused whole with a 409 listing the findings. An admin's
 * publishOverride lets it through and its reason goes into the revision's note; who gave it is the revision's
 * author. Switched off with evidence.publish-gate.enabled=false.
 */
@ApplicationScoped
public class PublishGate implements PublishCheck {

    @Inject
    EvidenceConfig config;
    @Inject
    IntegrityService integrity;
    @Inject
    RevisionNote note;
    @Inject
    Viewer viewer;
    @Inject
    EntityManager em;

    /** An article about to be published, and how to find its errors once it is written as it would be. */
    public record Publication(String article, Supplier<List<Finding>> errors) {
    }

    /**
     * The override a request asks for (null: none), checked before anything is written: an admin's, with a reason
     * that is not blank and not too long.
     */
    @Override
    public PublishOverride requested(String reason) {
        if (reason == null) {
            return PublishOverride.NONE;
        }
        if (!viewer.isAdmin()) {
            throw new ProblemException(Status.FORBIDDEN, "Only an admin may publish over integrity errors ("
                    + PARAMETER + ").", List.of(new FieldError(PARAMETER, "may be given by an admin only")));
        }
        String stripped = reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON_LENGTH) {
            throw ProblemException.badParameter(PARAMETER, "must be the reason for publishing over integrity "
                    + "errors, 1 to " + MAX_REASON_LENGTH + " characters");
        }
        return new PublishOverride(stripped);
    }

    /** A stored article about to be published: its report is read from what this transaction has written. */
    public Publication stored(UUID id, String slug) {
        return new Publication(slug, () -> {
            em.flush();
            return integrity.errors(id);
        });
    }

    @Override
    public void admitStored(UUID id, String slug, PublishOverride override) {
        admit(List.of(stored(id, slug)), override);
    }

    /** Lets the publications through, or refuses them all (409) unless the override says why. */
    public void admit(List<Publication> publications, PublishOverride override) {
        if (!config.publishGate().enabled() || publications.isEmpty()) {
            return;
        }
        List<BlockingFinding> blocking = publications.stream()
                .flatMap(p -> p.errors().get().stream().map(f -> new BlockingFinding(p.article(), f))).toList();
        if (blocking.isEmpty()) {
            return;
        }
        if (!override.given()) {
            throw new PublishBlocked(blocking.stream().map(BlockingFinding::article).distinct().toList(), blocking);
        }
        note.set("Published over " + blocking.size() + " integrity error(s) by override: " + override.reason());
    }
}
