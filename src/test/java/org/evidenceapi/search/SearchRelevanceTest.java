package org.evidenceapi.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.search.SearchDocuments.ClaimText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relevance, asserted: 34 claims, and for ten queries the three that must come first, in order. Per single-word
 * query: the word twice in the statement, then once, then only in the section heading. Per query of several words:
 * the words together in the statement, then together in the heading, then scattered far apart in the statement.
 * Both engines must agree (the suite runs on H2 and on PostgreSQL).
 */
@QuarkusTest
class SearchRelevanceTest {
    private static final String TOPIC = "search-relevance";
    private static final String NEUTRAL = "Findings";
    private static boolean imported;

    @Inject
    ArticleImporter importer;

    @BeforeEach
    void importFixture() {
        if (!imported) {
            importer.importDocument(SearchDocuments.article(TOPIC, "Relevance fixture", "Claims to rank.",
                    ArticleStatus.PUBLISHED, "Fixture trial", claims()));
            imported = true;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            serotonin              | Serotonin rose after treatment, and serotonin stayed high for a week. | Platelet serotonin was unchanged in the pilot. | Mood improved modestly in the pilot.
            low back pain          | Massage eased low back pain in office workers. | Massage eased symptoms in office workers. | Back stiffness eased for most of the forty participants in the trial of the new exercise programme, although those with a low score at the first visit to the clinic said that their level of pain at the final visit was unchanged.
            heart rate variability | Slow breathing raised heart rate variability in healthy adults. | Slow breathing changed autonomic markers in healthy adults. | Heart surgery patients in the rehabilitation ward practised slow breathing twice a day for six weeks while nurses recorded the rate of recovery every morning and evening on the ward for the whole of the study, and the variability between patients was large.
            fibromyalgia           | Fibromyalgia pain and fibromyalgia fatigue both improved. | Women with fibromyalgia slept longer. | Tender points were less sensitive after eight weeks.
            needles                | Thin needles hurt less than thick needles. | A single needle was left in place for twenty minutes. | Most participants tolerated the procedure well.
            reduced anxiety        | Yoga reduced anxiety before surgery. | Yoga had no measurable effect before surgery. | Anxiety about the operation was common among the patients on the surgical ward, and many said they had reduced their coffee intake in the week before.
            insomnia               | Insomnia severity fell, and insomnia relapse was rare. | Older adults with insomnia fell asleep sooner. | Sleep diaries showed fewer awakenings.
            migraine               | Migraine days fell, and migraine intensity eased. | Acupressure shortened a migraine attack. | Attack frequency fell by a third.
            blood pressure         | Tai chi brought blood pressure down in older adults. | Tai chi had small effects in older adults. | Blood donors in the study were asked to practise tai chi every morning for three months at home with a video and a printed guide, and the pressure of daily life was measured by questionnaire.
            nausea                 | Nausea after chemotherapy eased, and nausea scores stayed better. | Wristbands eased nausea in pregnancy. | Vomiting episodes were fewer after surgery.
            """)
    void theExpectedThreeComeFirst(String query, String first, String second, String third) {
        List<String> top = given().queryParam("q", query).queryParam("topic", TOPIC).queryParam("kind", "CLAIM")
                .queryParam("limit", 3)
                .get(Api.V1 + "/search").then().statusCode(200).extract().jsonPath().getList("items.title");
        assertEquals(List.of(first, second, third), top, query);
    }

    /** Three claims per query (see the test's table), headings naming the topic of the weaker ones, and misses. */
    private static List<ClaimText> claims() {
        return List.of(
                new ClaimText("Serotonin rose after treatment, and serotonin stayed high for a week.", NEUTRAL),
                new ClaimText("Platelet serotonin was unchanged in the pilot.", NEUTRAL),
                new ClaimText("Mood improved modestly in the pilot.", "Serotonin"),
                new ClaimText("Massage eased low back pain in office workers.", NEUTRAL),
                new ClaimText("Massage eased symptoms in office workers.", "Low back pain"),
                new ClaimText("Back stiffness eased for most of the forty participants in the trial of the new exercise "
                        + "programme, although those with a low score at the first visit to the clinic said that "
                        + "their level of pain at the final visit was unchanged.", NEUTRAL),
                new ClaimText("Slow breathing raised heart rate variability in healthy adults.", NEUTRAL),
                new ClaimText("Slow breathing changed autonomic markers in healthy adults.", "Heart rate variability"),
                new ClaimText("Heart surgery patients in the rehabilitation ward practised slow breathing twice a day "
                        + "for six weeks while nurses recorded the rate of recovery every morning and evening on the "
                        + "ward for the whole of the study, and the variability between patients was large.", NEUTRAL),
                new ClaimText("Fibromyalgia pain and fibromyalgia fatigue both improved.", NEUTRAL),
                new ClaimText("Women with fibromyalgia slept longer.", NEUTRAL),
                new ClaimText("Tender points were less sensitive after eight weeks.", "Fibromyalgia"),
                new ClaimText("Thin needles hurt less than thick needles.", NEUTRAL),
                new ClaimText("A single needle was left in place for twenty minutes.", NEUTRAL),
                new ClaimText("Most participants tolerated the procedure well.", "Needle technique"),
                new ClaimText("Yoga reduced anxiety before surgery.", NEUTRAL),
                new ClaimText("Yoga had no measurable effect before surgery.", "Reduced anxiety"),
                new ClaimText("Anxiety about the operation was common among the patients on the surgical ward, and "
                        + "many said they had reduced their coffee intake in the week before.", NEUTRAL),
                new ClaimText("Insomnia severity fell, and insomnia relapse was rare.", NEUTRAL),
                new ClaimText("Older adults with insomnia fell asleep sooner.", NEUTRAL),
                new ClaimText("Sleep diaries showed fewer awakenings.", "Insomnia"),
                new ClaimText("Migraine days fell, and migraine intensity eased.", NEUTRAL),
                new ClaimText("Acupressure shortened a migraine attack.", NEUTRAL),
                new ClaimText("Attack frequency fell by a third.", "Migraine"),
                new ClaimText("Tai chi brought blood pressure down in older adults.", NEUTRAL),
                new ClaimText("Tai chi had small effects in older adults.", "Blood pressure"),
                new ClaimText("Blood donors in the study were asked to practise tai chi every morning for three months "
                        + "at home with a video and a printed guide, and the pressure of daily life was measured by "
                        + "questionnaire.", NEUTRAL),
                new ClaimText("Nausea after chemotherapy eased, and nausea scores stayed better.", NEUTRAL),
                new ClaimText("Wristbands eased nausea in pregnancy.", NEUTRAL),
                new ClaimText("Vomiting episodes were fewer after surgery.", "Nausea"),
                new ClaimText("Back pain eased with massage.", NEUTRAL),
                new ClaimText("Heart rate fell slightly during the session.", NEUTRAL),
                new ClaimText("Anxiety scores were unchanged.", NEUTRAL),
                new ClaimText("Blood tests were normal.", NEUTRAL));
    }
}
