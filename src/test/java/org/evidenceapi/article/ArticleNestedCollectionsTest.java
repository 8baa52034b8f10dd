package org.evidenceapi.article;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages.Page;
import org.evidenceapi.common.Pages;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /articles/{idOrSlug}/claims, /references and /studies: ordered, paged, and scoped to the one article. */
@QuarkusTest
class ArticleNestedCollectionsTest {
    static final String SMALL = "nested-collections-small";
    static final String SMALL_PATH = V1 + "/articles/" + SMALL;

    @Inject
    ArticleImporter importer;
    @Inject
    ClaimRepository claims;

    private static boolean imported;

    @BeforeEach
    void importSmallArticle() {
        if (!imported) {
            importer.importDocument(TestDocuments.article(SMALL, 3, 2));
            imported = true;
        }
    }

    @Test
    void claimsWalkedFiveAtATimeGiveEveryClaimOnceInPositionOrder() {
        List<Page> pages = Pages.forward(SEED_PATH + "/claims", Map.of("limit", 5), "position");
        assertEquals(7, pages.size(), "31 claims at 5 a page");
        Pages.assertShapes(pages, 5);
        assertEquals(IntStream.rangeClosed(1, 31).mapToObj(String::valueOf).toList(), Pages.keys(pages));

        List<String> ids = Pages.keys(Pages.forward(SEED_PATH + "/claims", Map.of("limit", 5), "id"));
        Pages.assertUnique(ids);
        String seedId = Api.seedArticleId();
        long inDatabase = Api.inTransaction(() -> claims.count("articleId = ?1", java.util.UUID.fromString(seedId)));
        assertEquals(inDatabase, ids.size());
        assertEquals(31, ids.size());
    }

    @Test
    void claimsWalkedBackFromTheLastPageGiveTheSamePages() {
        List<String> positions = Pages.walkBothWays(SEED_PATH + "/claims", Map.of(), 5, "position");
        assertEquals(IntStream.rangeClosed(1, 31).mapToObj(String::valueOf).toList(), positions);
    }

    @Test
    void referencesWalkedFiveAtATimeAreNumberedOneToTwentyThree() {
        List<Page> pages = Pages.forward(SEED_PATH + "/references", Map.of("limit", 5), "number");
        assertEquals(5, pages.size());
        assertEquals(List.of(5, 5, 5, 5, 3), pages.stream().map(p -> p.keys().size()).toList());
        Pages.assertShapes(pages, 5);
        assertEquals(IntStream.rangeClosed(1, 23).mapToObj(String::valueOf).toList(), Pages.keys(pages));
        List<String> referenceIds = Pages.keys(Pages.forward(SEED_PATH + "/references", Map.of("limit", 5),
                "reference.id"));
        Pages.assertUnique(referenceIds);
        assertEquals(23, referenceIds.size());
    }

    @Test
    void referencesFollowedThroughTheLinkHeaderGiveTheSamePages() {
        List<Page> byCursor = Pages.forward(SEED_PATH + "/references", Map.of("limit", 5), "number");
        List<Page> byLink = Pages.forwardByLinks(SEED_PATH + "/references", Map.of("limit", 5), "number");
        assertEquals(byCursor.stream().map(Page::keys).toList(), byLink.stream().map(Page::keys).toList());
        String next = byLink.get(0).links().get("next");
        assertTrue(next.contains("/api/v1/articles/health-benefits-of-acupuncture-part-1/references?"), next);
        assertTrue(next.contains("limit=5"), "the next link keeps the limit: " + next);
        assertTrue(next.contains("cursor=" + byLink.get(0).nextCursor()), "the next link carries nextCursor");
        Page middle = byLink.get(2);
        assertTrue(middle.links().containsKey("prev") && middle.links().containsKey("next"));
    }

    @Test
    void referencesWalkedBackFromTheLastPageGiveTheSamePages() {
        List<String> numbers = Pages.walkBothWays(SEED_PATH + "/references", Map.of(), 5, "number");
        assertEquals(IntStream.rangeClosed(1, 23).mapToObj(String::valueOf).toList(), numbers);
    }

    @Test
    void referenceNineCarriesEveryIdentifierOfTheSeed() {
        List<Page> pages = Pages.forward(SEED_PATH + "/references", Map.of("limit", 5), "number");
        Map<String, Object> entry = pages.get(1).items().get(3);
        assertEquals(9, entry.get("number"));
        given().queryParam("limit", 5).queryParam("cursor", pages.get(0).nextCursor())
                .get(SEED_PATH + "/references").then().statusCode(200)
                .body("items[3].number", equalTo(9))
                .body("items[3].reference.type", equalTo("JOURNAL_ARTICLE"))
                .body("items[3].reference.title",
                        equalTo("Acupuncture for chronic pain: Update of an individual patient data meta-analysis"))
                .body("items[3].reference.containerTitle", equalTo("J Pain"))
                .body("items[3].reference.year", equalTo(2018))
                .body("items[3].reference.volume", equalTo("19"))
                .body("items[3].reference.issue", equalTo("5"))
                .body("items[3].reference.pages", equalTo("455–474"))
                .body("items[3].reference.doi", equalTo("10.1016/j.jpain.2017.11.005"))
                .body("items[3].reference.pmid", equalTo("29198932"))
                .body("items[3].reference.pmcid", equalTo("PMC5927830"))
                .body("items[3].reference.peerReviewed", equalTo(true))
                .body("items[3].reference.updateStatus", equalTo("NONE"))
                .body("items[3].reference.authors", hasSize(10))
                .body("items[3].reference.authors[0].family", equalTo("Vickers"))
                .body("items[3].reference.authors[0].given", equalTo("A. J."))
                .body("items[3].reference.authors[9].family", nullValue())
                .body("items[3].reference.authors[9].literal", equalTo("Acupuncture Trialists’ Collaboration"));
    }

    @Test
    void studiesOfTheSeedAreTheElevenItsClaimsAndBibliographyName() {
        List<String> ids = Pages.walkBothWays(SEED_PATH + "/studies", Map.of(), 5, "id");
        assertEquals(11, ids.size());
        List<Object> embedded = Api.json(SEED_PATH + "?include=studies").getList("studies.id");
        assertEquals(new HashSet<>(embedded), new HashSet<>(ids));
    }

    @Test
    void studiesAreOrderedByCreation() {
        List<Page> pages = Pages.forward(SEED_PATH + "/studies", Map.of("limit", 5), "createdAt");
        List<java.time.Instant> created = Pages.keys(pages).stream().map(java.time.Instant::parse).toList();
        assertEquals(created.stream().sorted().toList(), created);
    }

    @Test
    void anotherArticleSeesOnlyItsOwnClaimsReferencesAndStudies() {
        given().get(SMALL_PATH + "/claims").then().statusCode(200)
                .body("items.position", contains(1, 2, 3))
                .body("items.statement", contains("Claim number 1.", "Claim number 2.", "Claim number 3."))
                .body("items.citations", contains(List.of(1), List.of(2), List.of(1)))
                .body("page.nextCursor", nullValue());
        given().get(SMALL_PATH + "/references").then().statusCode(200)
                .body("items.number", contains(1, 2))
                .body("items.reference.doi", contains("10.5555/" + SMALL + ".1", "10.5555/" + SMALL + ".2"));
        given().get(SMALL_PATH + "/studies").then().statusCode(200)
                .body("items.title", contains("Trial 1", "Trial 2"))
                .body("items.sampleSize.participants", contains(101, 102));
    }

    @Test
    void nestedCollectionsAcceptTheArticleId() {
        String id = Api.seedArticleId();
        given().get(V1 + "/articles/" + id + "/references?limit=3").then().statusCode(200)
                .body("items.number", contains(1, 2, 3));
        given().get(V1 + "/articles/" + id + "/claims?limit=2").then().statusCode(200)
                .body("items.position", contains(1, 2));
        given().get(V1 + "/articles/" + id + "/studies?limit=100").then().statusCode(200)
                .body("items", hasSize(11));
    }

    @Test
    void lastPageOfReferencesHasOnlyAPrevLink() {
        List<Page> pages = Pages.forward(SEED_PATH + "/references", Map.of("limit", 5), "number");
        Page last = pages.get(pages.size() - 1);
        assertEquals(List.of("21", "22", "23"), last.keys());
        assertFalse(last.links().containsKey("next"));
        assertTrue(last.links().containsKey("prev"));
        assertNull(last.nextCursor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "references", "studies"})
    void unknownArticleIs404(String collection) {
        notFound(given().get(V1 + "/articles/no-such-article/" + collection),
                V1 + "/articles/no-such-article/" + collection, "no-such-article");
        notFound(given().get(V1 + "/articles/" + UNKNOWN_ID + "/" + collection),
                V1 + "/articles/" + UNKNOWN_ID + "/" + collection, UNKNOWN_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "references", "studies"})
    void malformedArticleSlugIs400(String collection) {
        badParameter(given().get(V1 + "/articles/Bad_Slug/" + collection), V1 + "/articles/Bad_Slug/" + collection,
                "idOrSlug");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "references", "studies"})
    void limitOutOfRangeIs400(String collection) {
        String path = SEED_PATH + "/" + collection;
        badParameter(given().queryParam("limit", 101).get(path), path, "limit");
        badParameter(given().queryParam("limit", 0).get(path), path, "limit");
    }

    @Test
    void aCursorOfAnotherSortIsRejected() {
        String claimsCursor = Api.json(V1 + "/claims?limit=2").getString("page.nextCursor");
        badParameter(given().queryParam("cursor", claimsCursor).get(SEED_PATH + "/claims"), SEED_PATH + "/claims",
                "cursor")
                .body("errors[0].message", containsString("'createdAt'"))
                .body("errors[0].message", containsString("'position'"));
        String claimsPositionCursor = Api.json(SEED_PATH + "/claims?limit=2").getString("page.nextCursor");
        badParameter(given().queryParam("cursor", claimsPositionCursor).get(SEED_PATH + "/references"),
                SEED_PATH + "/references", "cursor");
    }
}
