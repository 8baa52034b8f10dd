package org.evidenceapi.retractionwatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;

/**
 * Finds the stored papers a chunk of notices is about: by DOI, else by PMID, as imports match papers. Two
 * statements per chunk, each on a unique index, whatever the chunk's size; only ids are loaded, not papers.
 */
@ApplicationScoped
class PaperLookup {
    @Inject
    EntityManager entityManager;

    /** The id of the paper each notice is about; notices about no stored paper are left out. */
    @ReadOnlyTransaction
    Map<Notice, UUID> papersOf(List<Notice> notices) {
        Map<String, UUID> byDoi = ids("doiKey", notices.stream().map(Notice::doiKey).filter(Objects::nonNull)
                .distinct().toList());
        Map<String, UUID> byPmid = ids("pmid", notices.stream().map(Notice::pmid).filter(Objects::nonNull)
                .distinct().toList());
        Map<Notice, UUID> papers = new HashMap<>();
        for (Notice notice : notices) {
            UUID id = notice.doiKey() == null ? null : byDoi.get(notice.doiKey());
            id = id != null || notice.pmid() == null ? id : byPmid.get(notice.pmid());
            if (id != null) {
                papers.put(notice, id);
            }
        }
        return papers;
    }

    private Map<String, UUID> ids(String field, Collection<String> values) {
        Map<String, UUID> ids = new HashMap<>();
        if (!values.isEmpty()) {
            entityManager.createQuery("select e." + field + ", e.id from Reference e where e." + field
                    + " in :values", Object[].class).setParameter("values", values).getResultList()
                    .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        }
        return ids;
    }
}
