package org.evidenceapi.study;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /studies and /studies/{id}: study summaries with population, sample size and outcomes. */
@QuarkusTest
class StudyResourceTest {
    static final String PATH = V1 + "/studies";
    static final String OWN = "study-resource-effects";
    static final String VICKERS = "Individual patient data meta-analysis";
    static final String KARATAY = "Acupuncture versus sham and placebo";
    static final String FRACCHIA = "Pain scores before and after acupuncture";
    static final String ZHANG = "Electroacupuncture or TEAS";
    static final String SKONNORD = "Acuback";

    @Inject
    ArticleImporter importer;
    @Inject
    StudyRepository studies;

    private static boolean imported;

    @BeforeEach
    void importArticleWithNumericEffects() {
        if (!imported) {
            importer.importDocument(TestDocuments.article(OWN, 2, 2));
            imported = true;
        }
    }

    @Test
    void readsTheVickersMetaAnalysis() {
        String id = Api.seedStudyId(VICKERS);
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("referenceId", equalTo(Api.seedReferenceId(9)))
                .body("title", equalTo("Individual patient data meta-analysis of acupuncture for chronic pain"))
                .body("design", equalTo("META_ANALYSIS"))
                .body("population.description", equalTo("Patients with chronic pain in randomised trials of acupuncture"))
                .body("population.condition", equalTo("Chronic pain"))
                .body("population.species", equalTo("HUMAN"))
                .body("sampleSize.participants", equalTo(20827))
                .body("sampleSize.participantsQualifier", equalTo("EXACT"))
                .body("sampleSize.studies", equalTo(39))
                .body("registryId", nullValue())
                .body("intervention", equalTo("Acupuncture"))
                .body("comparator", equalTo("No acupuncture"))
                .body("controlType", equalTo("NO_TREATMENT"))
                .body("duration", nullValue())
                .body("followUp", nullValue())
                .body("sessions", nullValue())
                .body("outcomes", hasSize(1))
                .body("outcomes[0].name", equalTo("Pain"))
                .body("outcomes[0].effect.metric", equalTo("NARRATIVE"))
                .body("outcomes[0].primary", equalTo(true))
                .body("outcomes[0].direction", equalTo("FAVOURS_INTERVENTION"))
                .body("outcomes[0].narrative", startsWith("Acupuncture gave clinically meaningful pain relief"))
                .body("certainty", equalTo("MODERATE"))
                .body("notes", startsWith("Individual patient data meta-analysis according to the reference title"))
                .body("createdAt", notNullValue());
    }

    @Test
    void readsTheSeventyWomenTrial() {
        given().get(PATH + "/" + Api.seedStudyId(KARATAY)).then().statusCode(200)
                .body("design", equalTo("RANDOMIZED_CONTROLLED_TRIAL"))
                .body("referenceId", equalTo(Api.seedReferenceId(15)))
                .body("population.description", equalTo("Women with fibromyalgia"))
                .body("population.condition", equalTo("Fibromyalgia"))
                .body("sampleSize.participants", equalTo(70))
                .body("sampleSize.participantsQualifier", equalTo("EXACT"))
                .body("sampleSize.studies", nullValue())
                .body("sessions", equalTo(6))
                .body("duration", equalTo("P3W"))
                .body("intervention", equalTo("Acupuncture, six sessions over three weeks"))
                .body("comparator", equalTo("Sham acupuncture and placebo control groups"))
                .body("controlType", equalTo("SHAM"))
                .body("outcomes.name", contains("Serum serotonin", "Fibromyalgia symptoms"))
                .body("outcomes.primary", contains(true, false))
                .body("outcomes.direction", contains("FAVOURS_INTERVENTION", "UNCLEAR"))
                .body("outcomes[0].timepoint", equalTo("After completion of all treatments"))
                .body("certainty", equalTo("LOW"));
    }

    @Test
    void readsTheFourteenYearObservationalStudyWithPercentChanges() {
        given().get(PATH + "/" + Api.seedStudyId(FRACCHIA)).then().statusCode(200)
                .body("design", equalTo("OBSERVATIONAL_RETROSPECTIVE"))
                .body("duration", equalTo("P14Y"))
                .body("controlType", equalTo("NONE"))
                .body("sampleSize.participants", equalTo(1000))
                .body("sampleSize.participantsQualifier", equalTo("AT_LEAST"))
                .body("outcomes.name", contains("Musculoskeletal pain intensity", "Lumbar pain intensity",
                        "Elbow pain intensity", "Shoulder pain intensity"))
                .body("outcomes.effect.metric", contains("PERCENT_CHANGE", "PERCENT_CHANGE", "PERCENT_CHANGE",
                        "NARRATIVE"))
                .body("outcomes.effect.value", contains(-43.0f, -40.0f, -55.0f, null))
                .body("outcomes[0].effect.unit", equalTo("%"))
                .body("outcomes[0].measure", equalTo("NRS 0–10"))
                .body("certainty", equalTo("VERY_LOW"));
    }

    @Test
    void readsTheTrialProtocolWithItsFollowUpAndConfidenceLevel() {
        given().get(PATH + "/" + Api.seedStudyId(SKONNORD)).then().statusCode(200)
                .body("design", equalTo("TRIAL_PROTOCOL"))
                .body("followUp", equalTo("P1Y"))
                .body("controlType", equalTo("USUAL_CARE"))
                .body("outcomes[0].effect.ciLevel", equalTo(0.99f))
                .body("outcomes[0].direction", equalTo("UNCLEAR"))
                .body("certainty", equalTo("NOT_RATED"));
    }

    @Test
    void aNumericEffectCarriesEstimateIntervalAndPValue() {
        String studyId = Api.json(V1 + "/articles/" + OWN + "/studies").getString("items[0].id");
        given().get(PATH + "/" + studyId).then().statusCode(200)
                .body("title", equalTo("Trial 1"))
                .body("sampleSize.participants", equalTo(101))
                .body("outcomes[0].measure", equalTo("NRS 0–10"))
                .body("outcomes[0].timepoint", equalTo("4 weeks"))
                .body("outcomes[0].effect.metric", equalTo("MEAN_DIFFERENCE"))
                .body("outcomes[0].effect.value", equalTo(-1.0f))
                .body("outcomes[0].effect.unit", equalTo("points"))
                .body("outcomes[0].effect.ciLower", equalTo(-1.5f))
                .body("outcomes[0].effect.ciUpper", equalTo(-0.5f))
                .body("outcomes[0].effect.ciLevel", equalTo(0.95f))
                .body("outcomes[0].effect.pValue", equalTo(0.01f))
                .body("outcomes[0].effect.pValueComparator", nullValue())
                .body("outcomes[0].effect.heterogeneityI2", nullValue())
                .body("controlType", nullValue())
                .body("sessions", equalTo(8))
                .body("duration", equalTo("P4W"));
    }

    @Test
    void walkingWithLimitFiveReturnsEveryStudyExactlyOnce() {
        List<String> ids = Pages.walkBothWays(PATH, Map.of(), 5, "id");
        assertEquals(Api.inTransaction(() -> studies.count()), (long) ids.size());
        List<String> byLinks = Pages.keys(Pages.forwardByLinks(PATH, Map.of("limit", 5), "id"));
        assertEquals(ids, byLinks);
    }

    @Test
    void sortsByTitleBothWays() {
        List<String> titles = Pages.keys(Pages.forward(PATH, Map.of("limit", 5, "sort", "title"), "title"));
        List<String> sorted = new ArrayList<>(titles);
        Collections.sort(sorted);
        assertEquals(sorted, titles);
        List<String> descending = Pages.keys(Pages.forward(PATH, Map.of("limit", 5, "sort", "-title"), "title"));
        Collections.reverse(sorted);
        assertEquals(sorted, descending);
        List<String> ids = Pages.walkBothWays(PATH, Map.of("sort", "title"), 5, "id");
        assertEquals(Api.inTransaction(() -> studies.count()), (long) ids.size());
    }

    @Test
    void filtersByDesign() {
        given().queryParams(Map.of("design", "META_ANALYSIS", "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.design", everyItem(equalTo("META_ANALYSIS")))
                .body("items.id", hasItems(Api.seedStudyId(VICKERS), Api.seedStudyId(ZHANG),
                        Api.seedStudyId("Acupuncture and the brain")));
        given().queryParams(Map.of("design", "ANIMAL_STUDY", "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.design", everyItem(equalTo("ANIMAL_STUDY")))
                .body("items.title", hasItems("Skin nerve endings and mast cells around manual acupuncture at LI4 in rats",
                        "Electroacupuncture and the stress-hormone response to chronic cold stress in rats",
                        "Acupuncture in rats with chemotherapy-induced fatigue"));
        given().queryParam("design", "CASE_SERIES").get(PATH).then().statusCode(200)
                .body("items", empty()).body("page.nextCursor", nullValue());
    }

    @Test
    void filtersByMinimumParticipants() {
        given().queryParams(Map.of("minParticipants", 1000, "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.sampleSize.participants", everyItem(greaterThanOrEqualTo(1000)))
                .body("items.id", hasItems(Api.seedStudyId(VICKERS), Api.seedStudyId(ZHANG),
                        Api.seedStudyId(FRACCHIA)));
        given().queryParam("minParticipants", 20827).get(PATH).then().statusCode(200)
                .body("items.sampleSize.participants", everyItem(greaterThanOrEqualTo(20827)))
                .body("items.title", hasItems("Individual patient data meta-analysis of acupuncture for chronic pain"));
        given().queryParam("minParticipants", 1_000_000).get(PATH).then().statusCode(200).body("items", empty());
    }

    /** The Acuback protocol reports no counts: every representation of a study leaves sampleSize out, none sends {}. */
    @Test
    void aStudyWithoutCountsHasNoSampleSizeInAnyRepresentation() {
        String id = Api.seedStudyId(SKONNORD);
        String reference = given().get(PATH + "/" + id).then().statusCode(200)
                .body("$", allOf(hasKey("population"), not(hasKey("sampleSize")))).extract().path("referenceId");
        String found = "find { it.id == '" + id + "' }";
        given().queryParam("referenceId", reference).get(PATH).then().statusCode(200)
                .body("items." + found, allOf(hasKey("design"), not(hasKey("sampleSize"))));
        given().get(Api.SEED_PATH + "/studies?limit=100").then().statusCode(200)
                .body("items." + found, allOf(hasKey("design"), not(hasKey("sampleSize"))));
        given().get(Api.SEED_PATH + "?include=studies").then().statusCode(200)
                .body("studies." + found, allOf(hasKey("design"), not(hasKey("sampleSize"))));
        given().get(Api.SEED_PATH + "/evidence").then().statusCode(200)
                .body("rows.studies.flatten()." + found, allOf(hasKey("design"), not(hasKey("sampleSize"))));
    }

    @Test
    void studiesWithoutASampleSizeAreNotMatchedByMinParticipants() {
        List<Object> matched = Api.json(PATH + "?minParticipants=1&limit=100").getList("items.id");
        assertThat(matched, org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(Api.seedStudyId(SKONNORD))));
        assertThat(matched, hasItems(Api.seedStudyId(KARATAY)));
    }

    @Test
    void filtersByReference() {
        String reference9 = Api.seedReferenceId(9);
        given().queryParam("referenceId", reference9).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(Api.seedStudyId(VICKERS)))
                .body("items.referenceId", everyItem(equalTo(reference9)));
        given().queryParam("referenceId", Api.seedReferenceId(1)).get(PATH).then().statusCode(200)
                .body("items", empty());
        given().queryParam("referenceId", UNKNOWN_ID).get(PATH).then().statusCode(200).body("items", empty());
    }

    @Test
    void combinesFilters() {
        given().queryParams(Map.of("design", "META_ANALYSIS", "minParticipants", 5000, "limit", 100)).get(PATH).then()
                .statusCode(200)
                .body("items.design", everyItem(equalTo("META_ANALYSIS")))
                .body("items.sampleSize.participants", everyItem(greaterThanOrEqualTo(5000)))
                .body("items.id", hasItems(Api.seedStudyId(VICKERS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"design=RCT", "design=meta_analysis", "minParticipants=0", "minParticipants=-5",
            "minParticipants=many", "minParticipants=1.5", "referenceId=not-a-uuid"})
    void invalidFilterValuesAre400(String query) {
        String[] kv = query.split("=", 2);
        badParameter(given().queryParam(kv[0], kv[1]).get(PATH), PATH, kv[0]);
    }

    @Test
    void invalidDesignNamesTheAllowedValues() {
        badParameter(given().queryParam("design", "RCT").get(PATH), PATH, "design")
                .body("errors[0].message", containsString("RANDOMIZED_CONTROLLED_TRIAL"));
    }

    @Test
    void unknownSortIs400() {
        badParameter(given().queryParam("sort", "participants").get(PATH), PATH, "sort")
                .body("errors[0].message", equalTo("must be one of createdAt, -createdAt, title, -title"));
    }

    @Test
    void unknownStudyIs404() {
        notFound(given().get(PATH + "/" + UNKNOWN_ID), PATH + "/" + UNKNOWN_ID, UNKNOWN_ID)
                .body("detail", containsString("study"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "vickers-2018", "01a20d8a_d9a1_7350_a79d_219bb2b9a781"})
    void malformedStudyIdIs400(String id) {
        badParameter(given().get(PATH + "/" + id), PATH + "/" + id, "id");
    }
}
