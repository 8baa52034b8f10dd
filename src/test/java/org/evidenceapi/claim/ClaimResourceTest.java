package org.evidenceapi.claim;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.DocumentClaim;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.evidence.ClaimDirection;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.reference.ReferenceInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /claims and /claims/{id}: the seed's claims, their citations, studies and computed evidence summary. */
@QuarkusTest
class ClaimResourceTest {
    static final String PATH = V1 + "/claims";
    static final String GRADED = "claim-resource-graded";

    @Inject
    ArticleImporter importer;
    @Inject
    ClaimRepository claims;

    private static boolean imported;

    /**
     * An article whose claims cover what the seed does not: two agreeing studies (CONSISTENT, participants summed),
     * a NOT_RATED claim with evidence, HIGH certainty, harm, no effect, mixed, and a repeated citation.
     */
    @BeforeEach
    void importGradedArticle() {
        if (imported) {
            return;
        }
        ArticleDocument base = TestDocuments.article(GRADED, 2, 2);
        List<DocumentClaim> graded = List.of(
                claim(List.of(1, 2), List.of("s1", "s2"), ClaimDirection.BENEFIT, Certainty.NOT_RATED),
                claim(List.of(1, 1), List.of(), ClaimDirection.HARM, Certainty.HIGH),
                claim(List.of(2), List.of(), ClaimDirection.NO_EFFECT, Certainty.MODERATE),
                claim(List.of(1), List.of(), ClaimDirection.MIXED, Certainty.VERY_LOW),
                claim(List.of(), List.of("s2"), ClaimDirection.HARM, Certainty.LOW),
                claim(List.of(2), List.of("s1"), ClaimDirection.BENEFIT, Certainty.HIGH),
                claim(List.of(1), List.of(), ClaimDirection.NO_EFFECT, Certainty.VERY_LOW));
        importer.importDocument(new ArticleDocument(base.article(), base.authors(), base.topics(), base.references(),
                base.studies(), graded));
        imported = true;
    }

    private static DocumentClaim claim(List<Integer> citations, List<String> studies, ClaimDirection direction,
            Certainty certainty) {
        return new DocumentClaim("Graded claim " + direction + " " + certainty + ".", "Body", citations, studies,
                EvidenceScope.HUMAN, direction, certainty, List.of());
    }

    @Test
    void readsTheMetaAnalysisClaimWithEveryField() {
        String id = Api.seedClaimId(13);
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("articleId", equalTo(Api.seedArticleId()))
                .body("statement", equalTo("A meta-analysis of 39 studies and 20,827 patients found that acupuncture "
                        + "gives clinically meaningful pain relief compared with no-acupuncture controls."))
                .body("sectionHeading", equalTo("Pain Relief (Muscular, Joint, and Nerve-Related)"))
                .body("position", equalTo(13))
                .body("citations", contains(9, 10, 11))
                .body("studyIds", contains(Api.seedStudyId("Individual patient data meta-analysis"),
                        Api.seedStudyId("Acuback")))
                .body("scope", equalTo("HUMAN"))
                .body("direction", equalTo("BENEFIT"))
                .body("certainty", equalTo("MODERATE"))
                .body("certaintyFactors", hasSize(2))
                .body("certaintyFactors[0].domain", equalTo("RISK_OF_BIAS"))
                .body("certaintyFactors[0].rating", equalTo("SERIOUS"))
                .body("certaintyFactors[0].note", equalTo("Comparisons with no acupuncture cannot be blinded, so "
                        + "expectation effects may inflate the benefit."))
                .body("certaintyFactors[1].domain", equalTo("INDIRECTNESS"))
                .body("certaintyFactors[1].rating", equalTo("NO_CONCERN"))
                .body("evidence.references", equalTo(3))
                .body("evidence.studies", equalTo(1))
                .body("evidence.participants", equalTo(20827))
                .body("evidence.strongestDesign", equalTo("META_ANALYSIS"))
                .body("evidence.consistency", equalTo("SINGLE_STUDY"))
                .body("evidence.humanEvidence", equalTo(true))
                .body("evidence.participantsAndStudies", equalTo("20,827 (39 studies)"))
                .body("evidence.plainLanguage", equalTo("Acupuncture probably has a beneficial effect on pain."))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    /** Evidence summaries computed from each seed claim's citations and studies (EvidenceSummary, PlainLanguage). */
    @ParameterizedTest(name = "claim {0}")
    @CsvSource(delimiter = '|', nullValues = "null", quoteCharacter = '"', value = {
            "1 | 0 | 0 | null  | null                        | NOT_ASSESSABLE | false | No evidence is cited for this claim.",
            "4 | 2 | 0 | null  | null                        | NOT_ASSESSABLE | false | There may be a benefit.",
            "5 | 1 | 1 | null  | ANIMAL_STUDY                | NOT_ASSESSABLE | false | The evidence is very uncertain about the effect of manual acupuncture at LI4 on local nerve-terminal and mast-cell responses in rats.",
            "8 | 1 | 1 | null  | MECHANISTIC_STUDY           | NOT_ASSESSABLE | true  | Acupuncture (at ST36 in the study's figure) may have a beneficial effect on brain activity in pain-related regions in laboratory studies.",
            "10 | 1 | 1 | 1000 | OBSERVATIONAL_RETROSPECTIVE | SINGLE_STUDY | true  | The evidence is very uncertain about the effect of acupuncture on musculoskeletal pain intensity.",
            "13 | 3 | 1 | 20827 | META_ANALYSIS              | SINGLE_STUDY | true  | Acupuncture probably has a beneficial effect on pain.",
            "14 | 1 | 1 | 1211 | META_ANALYSIS               | SINGLE_STUDY | true  | Electroacupuncture or transcutaneous electrical acupoint stimulation (TEAS) added to anaesthesia may have a beneficial effect on anaesthesia effectiveness.",
            "18 | 0 | 0 | null | null                        | NOT_ASSESSABLE | false | No evidence is cited for this claim.",
            "19 | 2 | 0 | null | null                        | NOT_ASSESSABLE | false | There may be a benefit, but the evidence is very uncertain.",
            "20 | 0 | 1 | 70   | RANDOMIZED_CONTROLLED_TRIAL | SINGLE_STUDY | true  | Acupuncture, six sessions over three weeks may have a beneficial effect on serum serotonin.",
            "24 | 1 | 1 | null | ANIMAL_STUDY                | SINGLE_STUDY | false | The evidence is very uncertain about the effect of acupuncture on fatigue and stress regulation in rats.",
            "27 | 1 | 1 | null | META_ANALYSIS               | NOT_ASSESSABLE | true  | The direction of the effect of acupuncture on activity of the amygdala and hippocampus is unclear.",
            "29 | 1 | 1 | null | OTHER                       | SINGLE_STUDY | true  | The evidence is very uncertain about the effect of a single acupuncture session on LF/HF ratio."})
    void seedClaimEvidenceSummaries(int position, int references, int studies, Integer participants, String design,
            String consistency, boolean human, String plainLanguage) {
        given().get(PATH + "/" + Api.seedClaimId(position)).then().statusCode(200)
                .body("position", equalTo(position))
                .body("evidence.references", equalTo(references))
                .body("evidence.studies", equalTo(studies))
                .body("studyIds", hasSize(position == 13 ? studies + 1 : studies)) // 13 also links a protocol
                .body("evidence.participants", equalTo(participants))
                .body("evidence.strongestDesign", equalTo(design))
                .body("evidence.consistency", equalTo(consistency))
                .body("evidence.humanEvidence", equalTo(human))
                .body("evidence.plainLanguage", equalTo(plainLanguage));
    }

    @Test
    void claimWithoutSectionHeadingOrFactors() {
        given().get(PATH + "/" + Api.seedClaimId(1)).then().statusCode(200)
                .body("sectionHeading", nullValue())
                .body("citations", empty())
                .body("studyIds", empty())
                .body("certaintyFactors", empty())
                .body("certainty", equalTo("NOT_RATED"));
    }

    @Test
    void claimFactorsKeepTheirOrder() {
        given().get(PATH + "/" + Api.seedClaimId(29)).then().statusCode(200)
                .body("certaintyFactors.domain", contains("RISK_OF_BIAS", "IMPRECISION", "INDIRECTNESS"))
                .body("certaintyFactors.rating", contains("SERIOUS", "SERIOUS", "SERIOUS"))
                .body("citations", contains(22));
    }

    /** Graded article: position, references, studies, participants, consistency, plain language. */
    @ParameterizedTest(name = "graded claim {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1 | 2 | 2 | 203  | CONSISTENT   | The certainty of the evidence for this claim has not been rated.",
            "2 | 1 | 0 | null | NOT_ASSESSABLE | The evidence shows harm.",
            "3 | 1 | 0 | null | NOT_ASSESSABLE | It probably makes little or no difference.",
            "4 | 1 | 0 | null | NOT_ASSESSABLE | The studies may point in different directions, but the evidence is very uncertain.",
            "5 | 0 | 1 | 102  | SINGLE_STUDY | Acupuncture may reduce pain.",
            "6 | 1 | 1 | 101  | SINGLE_STUDY | Acupuncture reduces pain.",
            "7 | 1 | 0 | null | NOT_ASSESSABLE | It may make little or no difference, but the evidence is very uncertain."})
    void evidenceSummaryCoversEveryGradeWording(int position, int references, int studies, Integer participants,
            String consistency, String plainLanguage) {
        given().queryParam("article", GRADED).queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items", hasSize(7))
                .body("items[" + (position - 1) + "].position", equalTo(position))
                .body("items[" + (position - 1) + "].evidence.references", equalTo(references))
                .body("items[" + (position - 1) + "].evidence.studies", equalTo(studies))
                .body("items[" + (position - 1) + "].evidence.participants", equalTo(participants))
                .body("items[" + (position - 1) + "].evidence.consistency", equalTo(consistency))
                .body("items[" + (position - 1) + "].evidence.plainLanguage", equalTo(plainLanguage));
    }

    @Test
    void repeatedCitationCountsOnce() {
        JsonPath body = Api.json(V1 + "/articles/" + GRADED + "/claims");
        assertEquals(List.of(1, 1), body.getList("items[1].citations"));
        assertEquals(1, body.getInt("items[1].evidence.references"));
        assertEquals("RANDOMIZED_CONTROLLED_TRIAL", body.getString("items[0].evidence.strongestDesign"));
        assertEquals(true, body.getBoolean("items[0].evidence.humanEvidence"));
    }

    @Test
    void aPaperListedTwiceCountsAsOneReference() {
        String slug = "claim-resource-duplicate-paper";
        ArticleDocument base = TestDocuments.article(slug, 1, 2);
        List<ReferenceInput> refs = List.of(base.references().get(0), base.references().get(0));
        importer.importDocument(new ArticleDocument(base.article(), base.authors(), base.topics(), refs,
                base.studies(), List.of(claim(List.of(1, 2), List.of(), ClaimDirection.BENEFIT, Certainty.LOW))));
        JsonPath bibliography = Api.json(V1 + "/articles/" + slug + "/references");
        assertEquals(bibliography.getString("items[0].reference.id"), bibliography.getString("items[1].reference.id"),
                "one paper, listed as [1] and [2]");
        given().get(V1 + "/articles/" + slug + "/claims").then().statusCode(200)
                .body("items[0].citations", contains(1, 2))
                .body("items[0].evidence.references", equalTo(1));
    }

    @Test
    void walkingWithLimitFiveReturnsEveryClaimExactlyOnce() {
        List<String> ids = Pages.walkBothWays(PATH, Map.of(), 5, "id");
        long inDatabase = Api.inTransaction(() -> claims.count("articleId in (select a.id from Article a where a.status = ?1)", ArticleStatus.PUBLISHED));
        assertEquals(inDatabase, ids.size());
    }

    @Test
    void followingTheLinkHeaderReturnsEveryClaimExactlyOnce() {
        List<String> ids = Pages.keys(Pages.forwardByLinks(PATH, Map.of("limit", 5), "id"));
        Pages.assertUnique(ids);
        assertEquals(Api.inTransaction(() -> claims.count("articleId in (select a.id from Article a where a.status = ?1)", ArticleStatus.PUBLISHED)), (long) ids.size());
    }

    @Test
    void defaultOrderIsCreationAndMinusCreatedAtReversesIt() {
        List<String> ascending = Pages.keys(Pages.forward(PATH, Map.of("limit", 100), "id"));
        List<String> descending = Pages.keys(Pages.forward(PATH, Map.of("limit", 100, "sort", "-createdAt"), "id"));
        List<String> reversed = new ArrayList<>(descending);
        Collections.reverse(reversed);
        assertEquals(ascending, reversed);
        List<Instant> created = Pages.keys(Pages.forward(PATH, Map.of("limit", 100), "createdAt")).stream()
                .map(Instant::parse).toList();
        assertEquals(created.stream().sorted().toList(), created);
    }

    @Test
    void filtersByArticleSlugOrId() {
        List<Integer> all = IntStream.rangeClosed(1, 31).boxed().toList();
        given().queryParam("article", SEED).queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items.position", equalTo(all))
                .body("items.articleId", everyItem(equalTo(Api.seedArticleId())));
        given().queryParam("article", Api.seedArticleId()).queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items.position", equalTo(all));
    }

    @Test
    void filtersByScope() {
        given().queryParams(Map.of("article", SEED, "scope", "ANIMAL")).get(PATH).then().statusCode(200)
                .body("items.position", contains(22, 23))
                .body("items.scope", everyItem(equalTo("ANIMAL")));
        given().queryParams(Map.of("article", SEED, "scope", "MECHANISTIC")).get(PATH).then().statusCode(200)
                .body("items.position", contains(4, 5, 8, 16, 17, 18, 19, 21, 25, 27));
        given().queryParams(Map.of("scope", "HUMAN", "limit", 100)).get(PATH).then().statusCode(200)
                .body("items.scope", everyItem(equalTo("HUMAN")));
    }

    @Test
    void filtersByCertainty() {
        given().queryParams(Map.of("article", SEED, "certainty", "MODERATE")).get(PATH).then().statusCode(200)
                .body("items.position", contains(13));
        given().queryParams(Map.of("article", SEED, "certainty", "NOT_RATED")).get(PATH).then().statusCode(200)
                .body("items.position", contains(1, 2, 3, 6, 7, 12, 16, 17, 18, 28, 31));
        List<String> ids = Pages.walkBothWays(PATH, Map.of("certainty", "VERY_LOW"), 5, "id");
        assertEquals(Api.inTransaction(() -> claims.count("certainty = ?1 and articleId in (select a.id from Article a where a.status = ?2)",
                Certainty.VERY_LOW, ArticleStatus.PUBLISHED)), (long) ids.size());
        List<String> certainties = Pages.keys(Pages.forward(PATH, Map.of("certainty", "VERY_LOW", "limit", 5),
                "certainty"));
        assertEquals(List.of("VERY_LOW"), certainties.stream().distinct().toList());
    }

    @Test
    void filtersThatMatchNothingGiveAnEmptyPage() {
        given().queryParam("article", "no-such-article").get(PATH).then().statusCode(200)
                .body("items", empty()).body("page.nextCursor", nullValue());
        given().queryParam("article", UNKNOWN_ID).get(PATH).then().statusCode(200).body("items", empty());
        given().queryParams(Map.of("article", SEED, "certainty", "HIGH")).get(PATH).then().statusCode(200)
                .body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope=PLANT", "scope=human", "certainty=high", "certainty=VERY-LOW", "article=Bad_Slug"})
    void invalidFilterValuesAre400(String query) {
        String[] kv = query.split("=", 2);
        badParameter(given().queryParam(kv[0], kv[1]).get(PATH), PATH, kv[0]);
    }

    @Test
    void unknownSortIs400() {
        badParameter(given().queryParam("sort", "position").get(PATH), PATH, "sort")
                .body("errors[0].message", equalTo("must be one of createdAt, -createdAt"));
    }

    @Test
    void unknownClaimIs404() {
        notFound(given().get(PATH + "/" + UNKNOWN_ID), PATH + "/" + UNKNOWN_ID, UNKNOWN_ID)
                .body("detail", containsString("claim"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "not-a-uuid", "01a20d8ad9a17350a79d219bb2b9a781", "01a20d8a-d9a1-7350-a79d-219bb2b9a78"})
    void malformedClaimIdIs400(String id) {
        badParameter(given().get(PATH + "/" + id), PATH + "/" + id, "id")
                .body("errors[0].message", containsString("UUID"));
    }
}
