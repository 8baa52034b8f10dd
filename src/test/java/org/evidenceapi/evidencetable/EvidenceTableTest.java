package org.evidenceapi.evidencetable;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.claim.EvidenceScope;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.DocumentClaim;
import org.evidenceapi.importing.DocumentStudy;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.Effect;
import org.evidenceapi.study.EffectMetric;
import org.evidenceapi.study.Outcome;
import org.evidenceapi.study.OutcomeDirection;
import org.evidenceapi.study.Population;
import org.evidenceapi.study.SampleSize;
import org.evidenceapi.study.StudyDesign;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /articles/{idOrSlug}/evidence: the summary-of-findings table of the seed and of a graded test article. */
@QuarkusTest
class EvidenceTableTest {
    private static final String PATH = SEED_PATH + "/evidence";
    private static final String GRADED = "evidence-table-graded";

    @Inject
    ArticleImporter importer;

    private static boolean imported;

    /**
     * Two trials of 101 and 102 people with a mean difference of -1 point on pain (TestDocuments), a third of 60
     * people whose risk ratio of 1.3 favours the comparator, and claims at every certainty and direction.
     */
    @BeforeEach
    void importGradedArticle() {
        if (imported) {
            return;
        }
        ArticleDocument base = TestDocuments.article(GRADED, 3, 3);
        DocumentStudy against = new DocumentStudy("s3", 3, "Trial 3", StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
                new Population("Adults", "Nausea", "HUMAN"), new SampleSize(60, null, null), null, "Acupressure",
                "Sham", null, null, null, null,
                List.of(new Outcome("Nausea", null, "24 hours",
                        new Effect(EffectMetric.RISK_RATIO, 1.3, null, 0.9, 1.8, 0.95, 0.2, null, null), true,
                        OutcomeDirection.FAVOURS_COMPARATOR, null)),
                Certainty.LOW, null);
        List<DocumentStudy> studies = List.of(base.studies().get(0), base.studies().get(1), against);
        List<DocumentClaim> claims = List.of(
                claim(Certainty.HIGH, ClaimDirection.BENEFIT, "s1"),
                claim(Certainty.MODERATE, ClaimDirection.BENEFIT, "s1", "s2"),
                claim(Certainty.LOW, ClaimDirection.BENEFIT, "s2"),
                claim(Certainty.VERY_LOW, ClaimDirection.BENEFIT, "s1"),
                claim(Certainty.MODERATE, ClaimDirection.NO_EFFECT, "s1"),
                claim(Certainty.LOW, ClaimDirection.HARM, "s3"),
                claim(Certainty.LOW, ClaimDirection.MIXED, "s1", "s3"),
                claim(Certainty.HIGH, ClaimDirection.UNCLEAR, "s1"),
                claim(Certainty.LOW, ClaimDirection.BENEFIT));
        importer.importDocument(new ArticleDocument(base.article(), base.authors(), base.topics(), base.references(),
                studies, claims));
        imported = true;
    }

    private static DocumentClaim claim(Certainty certainty, ClaimDirection direction, String... studies) {
        return new DocumentClaim("Graded " + certainty + " " + direction + ".", "Body", List.of(1), List.of(studies),
                EvidenceScope.HUMAN, direction, certainty, List.of());
    }

    @Test
    void oneRowPerSeedClaimInArticleOrder() {
        JsonPath table = Api.json(PATH);
        assertEquals(Api.seedArticleId(), table.getString("articleId"));
        assertEquals(IntStream.rangeClosed(1, 31).boxed().toList(), table.getList("rows.position"));
        assertEquals(Api.json(SEED_PATH + "/claims?limit=100").getList("items.id"), table.getList("rows.claimId"));
    }

    @Test
    void theMetaAnalysisRowReadsLikeASummaryOfFindingsTable() {
        given().get(PATH).then().statusCode(200)
                .body("rows[12].statement", startsWith("A meta-analysis of 39 studies and 20,827 patients"))
                .body("rows[12].citations", equalTo(List.of(9, 10, 11)))
                .body("rows[12].certainty", equalTo("MODERATE"))
                .body("rows[12].direction", equalTo("BENEFIT"))
                .body("rows[12].studies", hasSize(2))
                .body("rows[12].studies[0].id", equalTo(Api.seedStudyId("Individual patient data meta-analysis")))
                .body("rows[12].studies[0].design", equalTo("META_ANALYSIS"))
                .body("rows[12].studies[0].referenceNumber", equalTo(9))
                .body("rows[12].studies[0].participantsAndStudies", equalTo("20,827 (39 studies)"))
                .body("rows[12].studies[0].sampleSize", equalTo(Map.of("participants", 20827,
                        "participantsQualifier", "EXACT", "studies", 39)))
                .body("rows[12].studies[0].comparator", equalTo("No acupuncture"))
                .body("rows[12].studies[0].outcomes[0].name", equalTo("Pain"))
                .body("rows[12].studies[0].outcomes[0].direction", equalTo("FAVOURS_INTERVENTION"))
                .body("rows[12].studies[1].design", equalTo("TRIAL_PROTOCOL"))
                .body("rows[12].studies[1].referenceNumber", equalTo(10))
                .body("rows[12].studies[1]", not(hasKey("participantsAndStudies")))
                .body("rows[12].studies[1].outcomes[0].effect.ciLevel", equalTo(0.99f))
                .body("rows[12].evidence.participantsAndStudies", equalTo("20,827 (39 studies)"))
                .body("rows[12].evidence.consistency", equalTo("SINGLE_STUDY"))
                .body("rows[12].evidence.plainLanguage", equalTo("Acupuncture probably has a beneficial effect on pain."));
    }

    @Test
    void qualifiedCountsAndVeryLowCertaintyRows() {
        JsonPath table = Api.json(PATH);
        assertEquals("at least 1,000 (1 study)", table.getString("rows[9].studies[0].participantsAndStudies"));
        assertEquals("The evidence is very uncertain about the effect of acupuncture on musculoskeletal pain "
                + "intensity.", table.getString("rows[9].evidence.plainLanguage"));
        assertEquals(-43.0f, table.getFloat("rows[9].studies[0].outcomes[0].effect.value"));
        assertEquals("The evidence is very uncertain about the effect of a single acupuncture session on LF/HF ratio.",
                table.getString("rows[28].evidence.plainLanguage"));
        assertEquals("No evidence is cited for this claim.", table.getString("rows[0].evidence.plainLanguage"));
        assertEquals(List.of(), table.getList("rows[0].studies"));
    }

    @Test
    void everyRowsEvidenceIsWhatTheClaimShows() {
        JsonPath table = Api.json(PATH);
        List<Map<String, Object>> claims = Api.json(SEED_PATH + "/claims?limit=100").getList("items");
        assertEquals(claims.stream().map(c -> c.get("evidence")).toList(), table.getList("rows.evidence"));
        String claim13 = Api.seedClaimId(13);
        assertEquals(Api.json(V1 + "/claims/" + claim13).getMap("evidence"),
                table.getMap("rows.find { it.claimId == '" + claim13 + "' }.evidence"));
    }

    /** GRADE's wording per certainty and direction; the verb follows the sign of the main outcome's estimate. */
    @ParameterizedTest(name = "graded claim {0}")
    @CsvSource(delimiter = '|', value = {
            "1 | 101 (1 study)   | SINGLE_STUDY   | Acupuncture reduces pain.",
            "2 | 203 (2 studies) | CONSISTENT     | Acupuncture probably reduces pain.",
            "3 | 102 (1 study)   | SINGLE_STUDY   | Acupuncture may reduce pain.",
            "4 | 101 (1 study)   | SINGLE_STUDY   | The evidence is very uncertain about the effect of acupuncture on pain.",
            "5 | 101 (1 study)   | SINGLE_STUDY   | Acupuncture probably makes little or no difference to pain.",
            "6 | 60 (1 study)    | SINGLE_STUDY   | Acupressure may increase nausea.",
            "7 | 161 (2 studies) | INCONSISTENT   | Acupuncture may have mixed effects on pain.",
            "8 | 101 (1 study)   | SINGLE_STUDY   | The direction of the effect of acupuncture on pain is unclear.",
            "9 | null            | NOT_ASSESSABLE | There may be a benefit."})
    void plainLanguageAndConsistency(int position, String participants, String consistency, String sentence) {
        var row = given().get(V1 + "/articles/" + GRADED + "/evidence").then().statusCode(200)
                .body("rows", hasSize(9))
                .body("rows[" + (position - 1) + "].position", equalTo(position))
                .body("rows[" + (position - 1) + "].evidence.consistency", equalTo(consistency))
                .body("rows[" + (position - 1) + "].evidence.plainLanguage", equalTo(sentence));
        if (participants.equals("null")) {
            row.body("rows[" + (position - 1) + "].evidence", not(hasKey("participantsAndStudies")));
        } else {
            row.body("rows[" + (position - 1) + "].evidence.participantsAndStudies", equalTo(participants));
        }
    }

    @Test
    void outcomesCarryEffectConfidenceIntervalAndPValue() {
        given().get(V1 + "/articles/" + GRADED + "/evidence").then().statusCode(200)
                .body("rows[0].studies[0].referenceNumber", equalTo(1))
                .body("rows[0].studies[0].outcomes[0].effect", equalTo(Map.of("metric", "MEAN_DIFFERENCE",
                        "value", -1.0f, "unit", "points", "ciLower", -1.5f, "ciUpper", -0.5f, "ciLevel", 0.95f,
                        "pValue", 0.01f)))
                .body("rows[5].studies[0].outcomes[0].effect.metric", equalTo("RISK_RATIO"))
                .body("rows[5].studies[0].outcomes[0].direction", equalTo("FAVOURS_COMPARATOR"));
    }

    @Test
    void aDraftsTableIsForEditorsOnly() {
        String slug = "evidence-table-draft";
        importer.importDocument(TestDocuments.article(slug, 2, 2, ArticleStatus.DRAFT));
        String path = V1 + "/articles/" + slug + "/evidence";
        notFound(given().get(path), path, slug);
        editor().get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("rows", hasSize(2));
    }

    @Test
    void unknownArticleIs404AndMalformedKeyIs400() {
        String unknown = V1 + "/articles/" + UNKNOWN_ID + "/evidence";
        notFound(given().get(unknown), unknown, UNKNOWN_ID);
        String bad = V1 + "/articles/Bad_Slug/evidence";
        badParameter(given().get(bad), bad, "idOrSlug");
    }

    @Test
    void publicTableIsCacheableAndTagged() {
        String etag = given().get(PATH).then().statusCode(200).header("Cache-Control", startsWith("public"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(PATH).then().statusCode(304);
    }
}
