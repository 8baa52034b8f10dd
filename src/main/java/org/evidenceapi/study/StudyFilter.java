package org.evidenceapi.study;

import java.util.UUID;
import org.evidenceapi.common.paging.Filter;

/** The study list's filters, already parsed. */
public record StudyFilter(StudyDesign design, Integer minParticipants, UUID referenceId) {
    Filter toFilter() {
        return new Filter()
                .equal("e.design", "design", design)
                .and("e.participants >= :minParticipants", "minParticipants", minParticipants)
                .and("e.referenceId = :referenceId", "referenceId", referenceId);
    }
}
