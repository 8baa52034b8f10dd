package org.evidenceapi.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.editing.KindRules;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;

/**
 * How claims are edited. A claim cites its own article's references by number and links study summaries that
 * exist; a new claim comes last in its article, and removing one closes the gap.
 */
@ApplicationScoped
class ClaimRules extends KindRules<UUID, ClaimInput, ClaimView, Claim> {
    @Inject
    ClaimRepository claims;
    @Inject
    ClaimService reads;
    @Inject
    StudyRepository studies;
    @Inject
    ReferenceRepository references;

    ClaimRules() {
        super("claim", ClaimInput.class, Claim.class, ClaimView::id);
    }

    @Override
    public ClaimView read(UUID id) {
        return reads.get(id);
    }

    @Override
    public ClaimInput asInput(ClaimView current) {
        return ClaimInput.of(current);
    }

    /** The article (its own on replace, which it cannot leave), the citation numbers and the studies. */
    @Override
    public List<FieldError> check(ClaimInput input, Claim row) {
        List<FieldError> problems = new ArrayList<>();
        UUID article = row != null ? row.articleId
                : input.articleId() != null && claims.articleExists(input.articleId()) ? input.articleId() : null;
        if (input.articleId() != null && article == null) {
            problems.add(new FieldError("articleId", "names no article"));
        } else if (row != null && input.articleId() != null && !row.articleId.equals(input.articleId())) {
            problems.add(new FieldError("articleId", "cannot change: a claim cites its own article's references"));
        }
        if (article != null) {
            citations(input.citations(), references.bibliographySize(article), problems);
        }
        studies(input.studyIds(), problems);
        return problems;
    }

    private static void citations(List<Integer> numbers, long bibliographySize, List<FieldError> problems) {
        for (int i = 0; numbers != null && i < numbers.size(); i++) {
            Integer n = numbers.get(i);
            if (n != null && n > bibliographySize) {
                problems.add(new FieldError("citations[" + i + "]", "cites no reference of the article, which has "
                        + bibliographySize));
            }
        }
    }

    private void studies(List<UUID> ids, List<FieldError> problems) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<UUID> found = studies.list("id in ?1", ids.stream().filter(i -> i != null).toList()).stream()
                .map(s -> s.id).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id != null && !found.contains(id)) {
                problems.add(new FieldError("studyIds[" + i + "]", "names no study summary"));
            } else if (id != null && !seen.add(id)) {
                problems.add(new FieldError("studyIds[" + i + "]", "is listed twice"));
            }
        }
    }

    /** Last in its article, which {@link #check} found. */
    @Override
    public Claim newRow(ClaimInput input) {
        Claim claim = new Claim();
        claim.articleId = input.articleId();
        claim.position = 1 + claims.lastPosition(claim.articleId);
        return claim;
    }

    /** The studies {@link #check} listed are in the persistence context: finding them again reads nothing. */
    @Override
    public void apply(Claim claim, ClaimInput in) {
        List<StudySummary> backing = in.studyIds() == null ? List.of()
                : in.studyIds().stream().map(studies::findById).toList();
        ClaimMapper.apply(claim, in, backing);
    }

    /** Read back as GET answers, evidence summary included. */
    @Override
    public ClaimView view(Claim claim) {
        return reads.get(claim.id);
    }

    @Override
    public void remove(Claim claim) {
        List<Claim> later = claims.list("articleId = ?1 and position > ?2 order by position", claim.articleId,
                claim.position);
        claims.delete(claim);
        claims.flush();
        for (Claim c : later) {  // one at a time: (article, position) is unique at every step
            c.position--;
            claims.flush();
        }
    }
}
