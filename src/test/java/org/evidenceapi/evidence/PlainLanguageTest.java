package org.evidenceapi.evidence;

import static org.evidenceapi.evidence.ClaimDirection.BENEFIT;
import static org.evidenceapi.evidence.ClaimDirection.HARM;
import static org.evidenceapi.evidence.ClaimDirection.MIXED;
import static org.evidenceapi.evidence.ClaimDirection.NO_EFFECT;
import static org.evidenceapi.evidence.ClaimDirection.UNCLEAR;
import static org.evidenceapi.grading.Certainty.HIGH;
import static org.evidenceapi.grading.Certainty.LOW;
import static org.evidenceapi.grading.Certainty.MODERATE;
import static org.evidenceapi.grading.Certainty.NOT_RATED;
import static org.evidenceapi.grading.Certainty.VERY_LOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidenceapi.grading.Certainty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GRADE's plain-language sentences: the verb softens with certainty; the main study names what it is about. */
@Tag("unit")
class PlainLanguageTest {
    private static final StudyFacts ACUPUNCTURE_PAIN = study("Acupuncture", "Pain after surgery", EffectChange.DECREASE);

    @Test
    void aClaimWithoutEvidenceSaysSo() {
        assertEquals("No evidence is cited for this claim.",
                PlainLanguage.sentence(HIGH, BENEFIT, false, ACUPUNCTURE_PAIN, null));
    }

    @Test
    void anUnratedClaimSaysSoAndWhereItsEvidenceComesFrom() {
        assertEquals("The certainty of the evidence for this claim has not been rated.",
                PlainLanguage.sentence(NOT_RATED, BENEFIT, true, ACUPUNCTURE_PAIN, null));
        assertEquals("The certainty of the evidence for this claim, which comes from studies in rats, has not been "
                + "rated.", PlainLanguage.sentence(NOT_RATED, BENEFIT, true, null, "in rats"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGH     | Acupuncture reduces pain after surgery.
            MODERATE | Acupuncture probably reduces pain after surgery.
            LOW      | Acupuncture may reduce pain after surgery.
            VERY_LOW | The evidence is very uncertain about the effect of acupuncture on pain after surgery.
            """)
    void theVerbSoftensAsCertaintyFalls(Certainty certainty, String sentence) {
        assertEquals(sentence, PlainLanguage.sentence(certainty, BENEFIT, true, ACUPUNCTURE_PAIN, null));
    }

    @Test
    void theEstimatesSignChoosesTheVerb() {
        assertEquals("Acupuncture increases pain after surgery.",
                PlainLanguage.sentence(HIGH, HARM, true, study("Acupuncture", "Pain after surgery",
                        EffectChange.INCREASE), null));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BENEFIT   | HIGH     | Acupuncture has a beneficial effect on pain.
            HARM      | MODERATE | Acupuncture probably has a harmful effect on pain.
            NO_EFFECT | LOW      | Acupuncture may make little or no difference to pain.
            MIXED     | HIGH     | Acupuncture has mixed effects on pain.
            UNCLEAR   | HIGH     | The direction of the effect of acupuncture on pain is unclear.
            """)
    void withoutAnEstimateTheClaimsDirectionChoosesTheVerb(ClaimDirection direction, Certainty certainty,
            String sentence) {
        assertEquals(sentence, PlainLanguage.sentence(certainty, direction, true, study("Acupuncture", "Pain", null),
                null));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BENEFIT   | HIGH     | The evidence shows a benefit.
            BENEFIT   | VERY_LOW | There may be a benefit, but the evidence is very uncertain.
            HARM      | MODERATE | There is probably harm.
            NO_EFFECT | LOW      | It may make little or no difference.
            MIXED     | HIGH     | The studies point in different directions.
            UNCLEAR   | MODERATE | The direction of the effect is unclear.
            """)
    void withoutANamedStudyTheSentenceSpeaksOfTheClaim(ClaimDirection direction, Certainty certainty,
            String sentence) {
        assertEquals(sentence, PlainLanguage.sentence(certainty, direction, true, null, null));
        assertEquals(sentence, PlainLanguage.sentence(certainty, direction, true, study(" ", "Pain", null), null));
        assertEquals(sentence, PlainLanguage.sentence(certainty, direction, true, study("Acupuncture", null, null),
                null));
    }

    @Test
    void theSettingEndsTheSentence() {
        assertEquals("Acupuncture may reduce pain after surgery in rats.",
                PlainLanguage.sentence(LOW, BENEFIT, true, ACUPUNCTURE_PAIN, "in rats"));
        assertEquals("There is probably harm in cell cultures.",
                PlainLanguage.sentence(MODERATE, HARM, true, null, "in cell cultures"));
    }

    @Test
    void acronymsKeepTheirCaseMidSentence() {
        assertEquals("TEAS probably makes little or no difference to LF/HF ratio.",
                PlainLanguage.sentence(MODERATE, NO_EFFECT, true, study("TEAS", "LF/HF ratio", null), null));
        assertEquals("The evidence is very uncertain about the effect of a single session on pain.",
                PlainLanguage.sentence(VERY_LOW, BENEFIT, true, study("A single session", "Pain", null), null));
    }

    @Test
    void namesNoticesOnThePapersTheClaimRestsOn() {
        assertEquals("", PlainLanguage.notices(0, 0));
        assertEquals(" One paper this claim rests on has been retracted.", PlainLanguage.notices(1, 0));
        assertEquals(" 2 papers this claim rests on have been retracted. One paper this claim rests on is subject "
                + "to an expression of concern.", PlainLanguage.notices(2, 1));
        assertEquals(" 3 papers this claim rests on are subject to expressions of concern.",
                PlainLanguage.notices(0, 3));
    }

    private static StudyFacts study(String intervention, String outcome, EffectChange change) {
        return new StudyFacts(null, null, null, null, null, null, intervention, outcome, null, change);
    }
}
