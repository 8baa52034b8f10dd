package org.evidenceapi.article;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /articles/{idOrSlug} with and without include=, against the seed article. */
@QuarkusTest
class ArticleResourceTest {
    static final List<String> OPTIONAL_KEYS = List.of("claims", "studies", "references");
    static final List<String> HEADINGS = java.util.Arrays.asList(null, "How does acupuncture work?",
            "Pain Relief (Muscular, Joint, and Nerve-Related)", "Emotional Regulation: Stress and Anxiety");

    @Inject
    ArticleRepository articles;

    @Inject
    ObjectMapper json;

    @Inject
    ArticleImporter importer;

    private static String seedId;
    private static Instant seedCreatedAt;

    @BeforeEach
    void lookUpSeed() {
        if (seedId == null) {
            Article seed = Api.inTransaction(() -> articles.find("slug", SEED).firstResult());
            seedId = seed.id.toString();
            seedCreatedAt = seed.createdAt;
        }
    }

    @Test
    void readsTheSeedArticleBySlugWithEveryField() {
        given().get(SEED_PATH).then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("id", equalTo(seedId))
                .body("slug", equalTo(SEED))
                .body("title", equalTo("What Are the Health Benefits of Acupuncture?"))
                .body("subtitle", equalTo("Part 1: how it works, pain relief, stress and anxiety"))
                .body("series", equalTo("Health benefits of acupuncture"))
                .body("seriesPart", equalTo(1))
                .body("summary", startsWith("The first part of a series on acupuncture and health:"))
                .body("level", equalTo("BEGINNER"))
                .body("labels", contains("Evidence based"))
                .body("status", equalTo("PUBLISHED"))
                .body("createdAt", equalTo(seedCreatedAt.toString()))
                .body("publishedAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", equalTo(0))
                .body("readingTimeMinutes", equalTo(6))
                .body("authors.slug", contains("margaux-loyer"))
                .body("topics", hasSize(6));
    }

    @Test
    void createdAtIsTheSameInTheListAsInTheArticle() {
        String created = Api.json(SEED_PATH).getString("createdAt");
        given().queryParam("sort", "createdAt").queryParam("limit", 100).get(V1 + "/articles").then().statusCode(200)
                .body("items.find { it.slug == '" + SEED + "' }.createdAt", equalTo(created));
    }

    @Test
    void sectionsKeepTheirHeadingsOrderAndFigures() {
        JsonPath body = Api.json(SEED_PATH);
        assertEquals(HEADINGS, body.getList("sections.heading"));
        assertEquals("FIGURE", body.getString("sections[0].blocks[0].type"));
        assertEquals(List.of(
                "Acupuncture for neck pain.",
                "Schematic of the changes that take place in the tissue when a needle is inserted.",
                "Needling sensations reported by participants. A: share of participants who reported each sensation "
                        + "(each of the seven sensations listed was reported by at least one participant); numbness, "
                        + "fullness and soreness were stronger with acupuncture at ST36. B: average intensity of each "
                        + "sensation, with standard error bars, on a 0–10 scale where 0 means no sensation and 10 an "
                        + "unbearable one.",
                "Pain intensity over a 1-year follow-up in a trial of acupuncture for acute non-specific low back "
                        + "pain, given on top of standard treatment and compared with standard treatment alone (99% CI).",
                "Serum serotonin in the three groups at baseline and after all treatments had been completed: white "
                        + "bars show the baseline levels and black bars the levels after treatment in each group.",
                "Serum stress hormone levels. (A and B) Effect on HPA-axis hormones of electroacupuncture (EA) given "
                        + "before and during chronic cold stress.",
                "Acupuncture and heart rate variability. (A) Change in the LF/HF ratio and (B) HF power at rest, "
                        + "during acupuncture and during recovery, shown as means with standard error. HF = high "
                        + "frequency; LF = low frequency."),
                body.getList("sections.blocks.flatten().findAll { it.type == 'FIGURE' }.caption"));
        Map<String, Object> lead = body.getMap("sections[0].blocks[0]");
        assertEquals(Map.of("type", "FIGURE", "caption", "Acupuncture for neck pain.",
                "altText", "Lead image: acupuncture treatment for neck pain."), lead,
                "a figure carries caption and altText and no text/items (absent fields are left out)");
        assertEquals(List.of("eases pain", "relieves stress", "improves sleep", "balances hormone production",
                "enhances general health"), body.getList("sections[0].blocks.find { it.type == 'LIST' }.items"));
        assertEquals(List.of("Over 14 years and more than 1,000 patients, acupuncture cut musculoskeletal pain by 43% "
                        + "on average."),
                body.getList("sections[2].blocks.findAll { it.type == 'QUOTE' }.text"));
    }

    @Test
    void sectionsHoldExactlyTheBlocksOfTheSeedDocument() throws IOException {
        JsonNode seedSections = seedDocument().path("article").path("sections");
        List<List<String>> expected = new ArrayList<>();
        seedSections.forEach(s -> {
            List<String> types = new ArrayList<>();
            s.path("blocks").forEach(b -> types.add(b.path("type").asText()));
            expected.add(types);
        });
        List<List<String>> actual = Api.json(SEED_PATH).getList("sections.blocks.type");
        assertEquals(expected, actual, "block types per section, in document order, each block once");
    }

    @Test
    void aSlugShapedLikeAUuidIsStillASlug() {
        String slug = "medicine-and-the-science-of-needling";
        assertEquals(36, slug.length());
        importer.importDocument(TestDocuments.article(slug, 1, 1));
        given().get(V1 + "/articles/" + slug).then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void readsTheSameArticleById() {
        Response bySlug = given().get(SEED_PATH);
        Response byId = given().get(V1 + "/articles/" + seedId);
        byId.then().statusCode(200).body("slug", equalTo(SEED)).body("id", equalTo(seedId));
        assertEquals(bySlug.asString(), byId.asString(), "id and slug address the same representation");
        assertEquals(bySlug.header("ETag"), byId.header("ETag"));
    }

    @Test
    void withoutIncludeTheThreeOptionalKeysAreAbsentAndAuthorsAndTopicsPresent() {
        var response = given().get(SEED_PATH).then().statusCode(200).body("$", hasKey("sections"))
                .body("$", hasKey("authors")).body("$", hasKey("topics"));
        for (String key : OPTIONAL_KEYS) {
            response.body("$", not(hasKey(key)));
        }
    }

    /** Clients that still name authors and topics get the article every client gets, tag included. */
    @ParameterizedTest
    @ValueSource(strings = {"authors", "topics", "authors,topics", "TOPICS, authors"})
    void namingAuthorsOrTopicsInIncludeChangesNothing(String include) {
        Response plain = given().get(SEED_PATH);
        Response named = given().queryParam("include", include).get(SEED_PATH);
        named.then().statusCode(200);
        assertEquals(plain.asString(), named.asString());
        assertEquals(plain.header("ETag"), named.header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "studies", "references"})
    void eachIncludeAddsOnlyItsKey(String include) {
        var response = given().queryParam("include", include).get(SEED_PATH).then().statusCode(200);
        for (String key : OPTIONAL_KEYS) {
            response.body("$", key.equals(include) ? hasKey(key) : not(hasKey(key)));
        }
    }

    @Test
    void includeClaimsEmbedsAllClaimsInPositionOrder() {
        JsonPath body = Api.json(SEED_PATH + "?include=claims");
        assertEquals(IntStream.rangeClosed(1, 31).boxed().toList(), body.getList("claims.position"));
        assertEquals(List.of(9, 10, 11), body.getList("claims[12].citations"));
        assertEquals(seedId, body.getString("claims[12].articleId"));
        assertEquals(20827, body.getInt("claims[12].evidence.participants"));
        assertEquals("Acupuncture probably has a beneficial effect on pain.",
                body.getString("claims[12].evidence.plainLanguage"));
    }

    @Test
    void includeStudiesEmbedsTheElevenStudySummaries() {
        JsonPath body = Api.json(SEED_PATH + "?include=studies");
        assertEquals(11, body.getList("studies").size());
        assertEquals(List.of("ANIMAL_STUDY", "MECHANISTIC_STUDY", "OBSERVATIONAL_RETROSPECTIVE", "META_ANALYSIS",
                "TRIAL_PROTOCOL", "META_ANALYSIS", "RANDOMIZED_CONTROLLED_TRIAL", "ANIMAL_STUDY", "ANIMAL_STUDY",
                "META_ANALYSIS", "OTHER"), body.getList("studies.design"));
        Map<String, Object> vickers = body.getMap("studies.find { it.design == 'META_ANALYSIS' }");
        assertEquals(Map.of("participants", 20827, "participantsQualifier", "EXACT", "studies", 39),
                vickers.get("sampleSize"));
    }

    @Test
    void includeReferencesEmbedsTheBibliographyInCitationOrder() {
        JsonPath body = Api.json(SEED_PATH + "?include=references");
        assertEquals(IntStream.rangeClosed(1, 23).boxed().toList(), body.getList("references.number"));
        assertEquals("29198932", body.getString("references[8].reference.pmid"));
        assertEquals("PMC5927830", body.getString("references[8].reference.pmcid"));
        assertEquals("10.1016/j.jpain.2017.11.005", body.getString("references[8].reference.doi"));
        assertEquals("WEBPAGE", body.getString("references[12].reference.type"));
    }

    @Test
    void theAuthorsComeWithCredentialsInOrder() {
        given().get(SEED_PATH).then().statusCode(200)
                .body("authors", hasSize(1))
                .body("authors[0].slug", equalTo("margaux-loyer"))
                .body("authors[0].name", equalTo("Margaux Loyer"))
                .body("authors[0].credentials", contains("Diploma in Beauty and Massage Therapy",
                        "Certificates in Deep Tissue and Myofascial Release", "RYT 200 Yoga Teacher",
                        "Bachelor of Health Science in Acupuncture"))
                .body("authors[0].bio", startsWith("Margaux started her career in France"));
    }

    @Test
    void theSixTopicsComeInArticleOrder() {
        given().get(SEED_PATH).then().statusCode(200)
                .body("topics.slug", contains("acupuncture", "pain", "stress", "anxiety", "sleep", "nervous-system"))
                .body("topics[0].name", equalTo("Acupuncture"))
                .body("topics[5].description", startsWith("The autonomic nervous system"));
    }

    @Test
    void allFiveIncludesAtOnce() {
        given().queryParam("include", "claims,studies,references,authors,topics").get(SEED_PATH).then()
                .statusCode(200)
                .body("claims", hasSize(31))
                .body("studies", hasSize(11))
                .body("references", hasSize(23))
                .body("authors", hasSize(1))
                .body("topics", hasSize(6))
                .body("sections", hasSize(4));
    }

    @Test
    void includeValuesAreTrimmedAndCaseInsensitive() {
        given().queryParam("include", "CLAIMS, topics").get(SEED_PATH).then().statusCode(200)
                .body("claims", hasSize(31))
                .body("topics", hasSize(6))
                .body("$", not(hasKey("studies")));
    }

    @Test
    void includeMayBeRepeatedInsteadOfCommaSeparated() {
        given().queryParam("include", "claims", "topics").get(SEED_PATH).then().statusCode(200)
                .body("claims", hasSize(31))
                .body("topics", hasSize(6))
                .body("$", not(hasKey("studies")));
        given().queryParam("include", "claims,studies", "topics").get(SEED_PATH).then().statusCode(200)
                .body("studies", hasSize(11))
                .body("topics", hasSize(6))
                .body("$", not(hasKey("references")));
        badParameter(given().queryParam("include", "claims", "comments").get(SEED_PATH), SEED_PATH, "include")
                .body("detail", containsString("'comments'"));
    }

    @Test
    void emptyIncludeIsNoInclude() {
        var response = given().queryParam("include", "").get(SEED_PATH).then().statusCode(200);
        OPTIONAL_KEYS.forEach(key -> response.body("$", not(hasKey(key))));
    }

    @Test
    void unknownIncludeValueIsA400OnInclude() {
        badParameter(given().queryParam("include", "claims,comments").get(SEED_PATH), SEED_PATH, "include")
                .body("detail", containsString("'comments'"))
                .body("errors[0].message", containsString("claims, studies, references, authors, topics"));
    }

    @Test
    void unknownSlugOrIdIs404() {
        notFound(given().get(V1 + "/articles/no-such-article"), V1 + "/articles/no-such-article", "no-such-article");
        notFound(given().get(V1 + "/articles/" + UNKNOWN_ID), V1 + "/articles/" + UNKNOWN_ID, UNKNOWN_ID);
        notFound(given().get(V1 + "/articles/no-such-article?include=claims"), V1 + "/articles/no-such-article",
                "no-such-article");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not_A_Slug", "double--hyphen", "-leading", "01a20d8a-7350-a79d-219bb2b9a781!"})
    void malformedIdOrSlugIs400(String value) {
        badParameter(given().get(V1 + "/articles/" + value), V1 + "/articles/" + value, "idOrSlug");
    }

    @Test
    void slugLookupsIgnoreCase() {
        given().get(V1 + "/articles/" + SEED.toUpperCase(Locale.ROOT)).then().statusCode(200)
                .body("slug", equalTo(SEED));
    }

    @Test
    void aSlugLongerThan120CharactersIs400() {
        String slug = "a".repeat(121);
        badParameter(given().get(V1 + "/articles/" + slug), V1 + "/articles/" + slug, "idOrSlug")
                .body("errors[0].message", containsString("120"));
    }

    @Test
    void studiesAreEmbeddedWhetherOrNotClaimsAre() {
        JsonPath both = Api.json(SEED_PATH + "?include=claims,studies");
        JsonPath studiesOnly = Api.json(SEED_PATH + "?include=studies");
        assertEquals(studiesOnly.getList("studies.id"), both.getList("studies.id"));
        List<Object> linked = both.getList("claims.studyIds.flatten()");
        List<Object> studyIds = both.getList("studies.id");
        linked.forEach(id -> org.hamcrest.MatcherAssert.assertThat(studyIds, org.hamcrest.Matchers.hasItem(id)));
    }

    private JsonNode seedDocument() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("demo/acupuncture-part-1.json")) {
            return json.readTree(in);
        }
    }
}
