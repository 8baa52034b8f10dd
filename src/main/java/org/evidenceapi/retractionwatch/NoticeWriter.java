package org.evidenceapi.retractionwatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.reference.Reference;

/**
 * Applies an upload's notices to the papers they are about, all in one transaction, through Hibernate so that
 * Envers records each change as a revision of the paper. Papers are loaded in chunks: bounded statements.
 */
@ApplicationScoped
class NoticeWriter {
    private static final int CHUNK = 500;

    @Inject
    EntityManager entityManager;

    /** Papers changed and papers left as they were. */
    record Applied(long changed, long unchanged) {
    }

    @Transactional
    Applied apply(Map<UUID, PaperNotices> papers) {
        long changed = 0;
        long unchanged = 0;
        List<UUID> ids = new ArrayList<>(papers.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Reference> chunk = entityManager.createQuery("select e from Reference e where e.id in :ids",
                    Reference.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList();
            for (Reference paper : chunk) {
                if (papers.get(paper.id).applyTo(paper)) {
                    changed++;
                } else {
                    unchanged++;
                }
            }
        }
        return new Applied(changed, unchanged);
    }
}
