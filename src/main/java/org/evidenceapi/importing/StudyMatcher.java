package org.evidenceapi.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySubstance;
import org.evidenceapi.study.StudySummary;

/**
 * Reuses the library's study summary where a document summarises a paper the way a stored summary does (see
 * {@link StudySubstance}), so importing a paper's summary again adds no second copy. The stored summaries of the
 * import's papers are read in one statement before anything is written, as ReferenceMatcher reads the papers.
 */
@ApplicationScoped
class StudyMatcher {
    @Inject
    StudyRepository studies;

    Matching matching(Collection<UUID> libraryReferenceIds) {
        return new Matching(studies.ofReferences(libraryReferenceIds));
    }

    final class Matching {
        private final Map<StudySubstance, StudySummary> known = new HashMap<>();

        private Matching(List<StudySummary> library) {
            library.forEach(s -> known.putIfAbsent(StudySubstance.of(s), s));
        }

        /** A document study's summary: a stored one equal in substance, or the document's own, now persisted. */
        Resolved resolve(StudySummary candidate) {
            StudySubstance substance = StudySubstance.of(candidate);
            StudySummary same = known.get(substance);
            if (same != null) {
                return new Resolved(same, ImportedStudy.Outcome.REUSED);
            }
            studies.persist(candidate);
            known.put(substance, candidate);
            return new Resolved(candidate, ImportedStudy.Outcome.CREATED);
        }
    }

    /** The summary a document study became, and whether it was written now: the import's answer says which. */
    record Resolved(StudySummary summary, ImportedStudy.Outcome outcome) {
    }
}
