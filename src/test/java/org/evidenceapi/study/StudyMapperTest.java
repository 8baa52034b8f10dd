package org.evidenceapi.study;

import static org.evidenceapi.common.persistence.SavedRows.saved;
import static org.evidenceapi.common.persistence.SavedRows.stamps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.Reference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The study summary's mapping, without a database: every field an editor writes comes back as written. */
@Tag("unit")
class StudyMapperTest {
    private static final Reference PAPER = paper();

    @Test
    void anInputComesBackAsWrittenThroughTheEntityAndTheView() {
        StudyInput input = new StudyInput(PAPER.id, "Acupuncture for chronic pain", StudyDesign.META_ANALYSIS,
                new Population("Adults with chronic pain", "Chronic pain", "HUMAN"),
                new SampleSize(20827, ParticipantsQualifier.AT_LEAST, 39), "NCT00000001", "Acupuncture",
                "Sham acupuncture", ControlType.SHAM, "P8W", "P1Y", 12, List.of(
                        new Outcome("Pain", "VAS 0-100", "3 months", new Effect(EffectMetric.STANDARDIZED_MEAN_DIFFERENCE,
                                -0.5, "SD", -0.6, -0.4, 0.95, 0.001, PValueComparator.LESS_THAN, 42.0), true,
                                OutcomeDirection.FAVOURS_INTERVENTION, "Less pain."),
                        new Outcome("Function", null, null, null, false, null, null)),
                Certainty.MODERATE, "Blinding was imperfect.");

        assertEquals(input, StudyInput.of(stored(input, new StudySummary())));
    }

    @Test
    void absentPartsStayAbsentAndNoOutcomesComeBackEmpty() {
        StudyInput input = new StudyInput(PAPER.id, "A rat study", StudyDesign.ANIMAL_STUDY, null, null, null, null,
                null, null, null, null, null, null, Certainty.NOT_RATED, null);

        assertEquals(new StudyInput(PAPER.id, input.title(), input.design(), null, null, null, null, null, null, null,
                null, null, List.of(), input.certainty(), null), StudyInput.of(stored(input, new StudySummary())));
    }

    /** By design a population or sample size with no field set is shown as none, not as an empty object. */
    @Test
    void anEmptyPopulationOrSampleSizeComesBackAbsent() {
        StudyInput input = new StudyInput(PAPER.id, "A trial", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
                new Population(null, null, null), new SampleSize(null, null, null), null, null, null, null, null, null,
                null, List.of(), Certainty.LOW, null);

        StudyView view = stored(input, new StudySummary());

        assertNull(view.population());
        assertNull(view.sampleSize());
    }

    @Test
    void theViewAddsWhatTheServerSets() {
        StudySummary study = saved(new StudySummary());
        StudyInput input = new StudyInput(PAPER.id, "A trial", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL, null, null,
                null, null, null, null, null, null, null, List.of(), Certainty.LOW, null);

        StudyView view = stored(input, study);

        assertEquals(stamps(study), List.of(view.id(), view.createdAt(), view.updatedAt()));
    }

    /** The input applied to the study as the edit rules apply it, read back as GET answers it. */
    private static StudyView stored(StudyInput input, StudySummary study) {
        StudyMapper.apply(study, input, PAPER);
        return StudyView.of(study);
    }

    private static Reference paper() {
        Reference paper = new Reference();
        paper.id = UUID.fromString("00000000-0000-0000-0000-00000000c001");
        return paper;
    }
}
