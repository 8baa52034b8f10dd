package org.evidenceapi.claim;

import static org.evidenceapi.common.persistence.SavedRows.saved;
import static org.evidenceapi.common.persistence.SavedRows.stamps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.Bibliography;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.study.StudySummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The claim's mapping, without a database. {@link ClaimMapper} writes the fields and the studies it is handed;
 * the article and the position are set by {@code ClaimRules.newRow} and the study ids resolved by
 * {@code ClaimRules.apply}, so this test sets them as those would.
 */
@Tag("unit")
class ClaimMapperTest {
    private static final UUID ARTICLE = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final StudySummary TRIAL = study("00000000-0000-0000-0000-00000000b001");
    private static final StudySummary REVIEW = study("00000000-0000-0000-0000-00000000b002");

    @Test
    void anInputComesBackAsWrittenThroughTheEntityAndTheView() {
        ClaimInput input = new ClaimInput(ARTICLE, "Acupuncture relieves chronic pain a little.", "Findings",
                List.of(3, 1, 2), List.of(TRIAL.id, REVIEW.id), EvidenceScope.HUMAN, ClaimDirection.BENEFIT,
                Certainty.MODERATE, List.of(
                        new CertaintyFactor(CertaintyDomain.RISK_OF_BIAS, ConcernRating.SERIOUS, "Sham is hard."),
                        new CertaintyFactor(CertaintyDomain.IMPRECISION, ConcernRating.NO_CONCERN, null)));

        assertEquals(input, ClaimInput.of(stored(input, List.of(TRIAL, REVIEW))));
    }

    @Test
    void absentListsComeBackEmpty() {
        ClaimInput input = new ClaimInput(ARTICLE, "Nothing is known yet.", null, null, null,
                EvidenceScope.ANIMAL, ClaimDirection.UNCLEAR, Certainty.NOT_RATED, null);

        ClaimInput back = ClaimInput.of(stored(input, List.of()));

        assertEquals(new ClaimInput(ARTICLE, input.statement(), null, List.of(), List.of(), input.scope(),
                input.direction(), input.certainty(), List.of()), back);
    }

    @Test
    void theViewAddsWhatTheServerSets() {
        ClaimInput input = new ClaimInput(ARTICLE, "Acupuncture relieves chronic pain a little.", null, List.of(1),
                List.of(TRIAL.id), EvidenceScope.HUMAN, ClaimDirection.BENEFIT, Certainty.LOW, List.of());
        Claim claim = saved(new Claim());
        claim.position = 7;

        ClaimView view = view(claim, input, List.of(TRIAL));

        assertEquals(stamps(claim), List.of(view.id(), view.createdAt(), view.updatedAt()));
        assertEquals(7, view.position());
    }

    private static ClaimView stored(ClaimInput input, List<StudySummary> studies) {
        return view(new Claim(), input, studies);
    }

    /** The input applied as the edit rules apply it to a row in its article, read back as GET answers it. */
    private static ClaimView view(Claim claim, ClaimInput input, List<StudySummary> studies) {
        claim.articleId = input.articleId();
        ClaimMapper.apply(claim, input, studies);
        return ClaimView.of(claim, Bibliography.EMPTY);
    }

    private static StudySummary study(String id) {
        StudySummary study = new StudySummary();
        study.id = UUID.fromString(id);
        study.design = StudyDesign.RANDOMIZED_CONTROLLED_TRIAL;
        return study;
    }
}
