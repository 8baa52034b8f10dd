package org.evidenceapi.search;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.search.SearchDocuments.ClaimText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET /search and /search/suggest: matching as a search box should, visibility, filters, paging, freshness after a
 * write, and errors. The content uses made-up words ("quorvex") so that other tests' data cannot interfere.
 */
@QuarkusTest
class SearchTest {
    private static final String SEARCH = Api.V1 + "/search";
    private static final String PUBLISHED = "search-behaviour";
    private static final String DRAFT = "search-behaviour-draft";
    private static boolean imported;

    @Inject
    ArticleImporter importer;

    @BeforeEach
    void importArticles() {
        if (imported) {
            return;
        }
        importer.importDocument(SearchDocuments.article(PUBLISHED, "Quorvex therapy for zindle syndrome",
                "What quorvex does.", ArticleStatus.PUBLISHED, "Quorvex trial in adults", List.of(
                        new ClaimText("Quorvex needles reduced zindle pain.", "Pain"),
                        new ClaimText("A reduction in plimbo scores followed the first session.", "Plimbo"),
                        new ClaimText("The ACUPUNCTÚRE of quorvex points calmed zindle flares.", "Flares",
                                Certainty.LOW),
                        new ClaimText("Pain <b>scores</b> & zindle fatigue fell after quorvex.", "Fatigue",
                                Certainty.HIGH))));
        importer.importDocument(SearchDocuments.article(DRAFT, "Quorvex draft on wobbet", "Unpublished.",
                ArticleStatus.DRAFT, "Wobbet pilot", List.of(new ClaimText("Wobbet quorvex claims are unreviewed.",
                        "Draft"))));
        List<ClaimText> many = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            many.add(new ClaimText("Trelmic finding number " + i + ".", "Trelmic"));
        }
        importer.importDocument(SearchDocuments.article("search-paging", "Paging article", "Seven claims.",
                ArticleStatus.PUBLISHED, "Paging trial", many));
        imported = true;
    }

    private static JsonPath search(RequestSpecification request, Map<String, ?> params) {
        return request.queryParams(params).get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath search(Map<String, ?> params) {
        return search(given(), params);
    }

    private static List<String> titles(String q) {
        return search(Map.of("q", q, "topic", PUBLISHED)).getList("items.title");
    }

    @Test
    void hitsOfEveryKindCarryIdArticleSnippetAndScore() {
        given().queryParam("q", "quorvex").queryParam("topic", PUBLISHED).get(SEARCH).then().statusCode(200)
                .body("items.kind", hasItem("ARTICLE"))
                .body("items.kind", hasItem("CLAIM"))
                .body("items.kind", hasItem("STUDY"))
                .body("items.id", everyItem(notNullValue()))
                .body("items.score", everyItem(notNullValue()))
                .body("items.article.slug", everyItem(equalTo(PUBLISHED)))
                .body("items.find { it.kind == 'ARTICLE' }.title", equalTo("Quorvex therapy for zindle syndrome"))
                .body("items.find { it.kind == 'STUDY' }.title", equalTo("Quorvex trial in adults"))
                .body("items.find { it.kind == 'ARTICLE' }.snippet",
                        equalTo("<mark>Quorvex</mark> therapy for zindle syndrome"))
                .body("page.limit", equalTo(20));
    }

    @Test
    void theTitleOutranksTheSummary() {
        List<String> kinds = search(Map.of("q", "quorvex", "topic", PUBLISHED, "kind", "ARTICLE"))
                .getList("items.title");
        assertEquals(List.of("Quorvex therapy for zindle syndrome"), kinds);
        List<Float> scores = search(Map.of("q", "quorvex", "topic", PUBLISHED)).getList("items.score", Float.class);
        List<Float> sorted = new ArrayList<>(scores);
        sorted.sort((a, b) -> Float.compare(b, a));
        assertEquals(sorted, scores, "most relevant first");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertEquals(List.of("Quorvex needles reduced zindle pain."), titles("needle"));
        assertEquals(List.of("A reduction in plimbo scores followed the first session."), titles("reduced plimbo"));
        assertEquals(List.of("Quorvex needles reduced zindle pain."), titles("Needling zindle"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acupuncture calmed", "ACUPUNCTÚRE CALMED", "Acupúncture calmed"})
    void caseAndAccentsAreIgnored(String q) {
        assertEquals(List.of("The ACUPUNCTÚRE of quorvex points calmed zindle flares."), titles(q));
    }

    @Test
    void aQuotedPhraseMustOccurInThatOrder() {
        assertEquals(List.of("Quorvex needles reduced zindle pain."), titles("\"reduced zindle pain\""));
        assertEquals(List.of(), titles("\"zindle reduced\""));
        assertEquals(2, titles("zindle pain").size(), "unquoted, the words may be anywhere");
    }

    @Test
    void aTrailingStarSearchesByPrefix() {
        assertEquals(List.of("A reduction in plimbo scores followed the first session."), titles("plim*"));
        assertEquals(List.of(), titles("plim"));
    }

    @Test
    void suggestCompletesTheLastWord() {
        given().queryParam("q", "quorvex zind").get(SEARCH + "/suggest").then().statusCode(200)
                .body("suggestions", equalTo(List.of("quorvex zindle")));
        given().queryParam("q", "wobb").get(SEARCH + "/suggest").then().statusCode(200)
                .body("suggestions", empty());
        editor().queryParam("q", "wobb").get(SEARCH + "/suggest").then()
                .statusCode(200).body("suggestions", equalTo(List.of("wobbet")));
    }

    @Test
    void snippetsAreEscapedAndMarked() {
        given().queryParam("q", "fatigue").queryParam("topic", PUBLISHED).get(SEARCH).then().statusCode(200)
                .body("items[0].snippet", equalTo("Pain &lt;b&gt;scores&lt;/b&gt; &amp; zindle <mark>fatigue</mark> "
                        + "fell after quorvex."));
    }

    @Test
    void draftsAreHiddenFromAnonymousCallers() {
        given().queryParam("q", "wobbet").get(SEARCH).then().statusCode(200).body("items", empty());
        given().header("Authorization", Tokens.reader()).queryParam("q", "wobbet").get(SEARCH).then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void editorsFindDraftsAndFilterByStatus() {
        JsonPath all = search(editor(), Map.of("q", "wobbet"));
        assertEquals(new HashSet<>(List.of("ARTICLE", "CLAIM", "STUDY")), new HashSet<>(all.getList("items.kind")));
        assertTrue(all.getList("items.article.slug").stream().allMatch(DRAFT::equals));
        JsonPath drafts = search(editor(),
                Map.of("q", "quorvex", "status", "DRAFT"));
        assertEquals(List.of(DRAFT, DRAFT), drafts.getList("items.article.slug"));
        assertEquals(new HashSet<>(List.of("ARTICLE", "CLAIM")), new HashSet<>(drafts.getList("items.kind")));
    }

    @Test
    void filtersNarrowTheHits() {
        given().queryParam("q", "zindle").queryParam("kind", "CLAIM").queryParam("certainty", "LOW").get(SEARCH).then()
                .statusCode(200).body("items.title", equalTo(List.of(
                        "The ACUPUNCTÚRE of quorvex points calmed zindle flares.")));
        given().queryParam("q", "quorvex").queryParam("design", "RANDOMIZED_CONTROLLED_TRIAL")
                .queryParam("topic", PUBLISHED).get(SEARCH).then().statusCode(200)
                .body("items.kind", equalTo(List.of("STUDY")));
        given().queryParam("q", "quorvex").queryParam("topic", "no-such-topic").get(SEARCH).then().statusCode(200)
                .body("items", empty());
        given().queryParam("q", "quorvex").queryParam("status", "PUBLISHED").queryParam("topic", DRAFT)
                .get(SEARCH).then().statusCode(200).body("items", empty());
    }

    @Test
    void pagesFollowCursorsBothWays() {
        Map<String, Object> params = Map.of("q", "trelmic", "kind", "CLAIM", "limit", 3);
        JsonPath first = search(params);
        assertEquals(3, first.getList("items").size());
        assertEquals(null, first.getString("page.prevCursor"));
        String next = first.getString("page.nextCursor");
        JsonPath second = given().queryParams(params).queryParam("cursor", next).get(SEARCH).then().statusCode(200)
                .header("Link", containsString("rel=\"prev\"")).extract().jsonPath();
        JsonPath third = search(given().queryParam("cursor", second.getString("page.nextCursor")), params);
        assertEquals(1, third.getList("items").size());
        assertEquals(null, third.getString("page.nextCursor"));
        List<String> ids = new ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        ids.addAll(third.getList("items.id"));
        assertEquals(7, new HashSet<>(ids).size(), "every hit once");
        JsonPath back = search(given().queryParam("cursor", second.getString("page.prevCursor")), params);
        assertEquals(first.getList("items.id"), back.getList("items.id"));
    }

    @Test
    void aChangedClaimIsFoundByItsNewWordsAtOnce() {
        String id = search(Map.of("q", "trelmic number 7")).getString("items[0].id");
        String etag = Api.etag(Api.V1 + "/claims/" + id);
        editor().header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("statement", "Trelmic glonkish outcome."))
                .patch(Api.V1 + "/claims/" + id).then().statusCode(200);
        given().queryParam("q", "glonkish").get(SEARCH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().queryParam("q", "trelmic number 7").get(SEARCH).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void theSeedArticleIsFoundBySerotonin() {
        given().queryParam("q", "serotonin").get(SEARCH).then().statusCode(200)
                .body("items.article.slug", hasItem(Api.SEED))
                .body("items[0].snippet", containsString("<mark>"));
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        Api.badParameter(given().get(SEARCH), SEARCH, "q");
        Api.badParameter(given().queryParam("q", "  ").get(SEARCH), SEARCH, "q");
        Api.badParameter(given().queryParam("q", "x".repeat(201)).get(SEARCH), SEARCH, "q");
        Api.badParameter(given().queryParam("q", "the and of").get(SEARCH), SEARCH, "q")
                .body("detail", containsString("stop words"));
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("kind", "BOOK").get(SEARCH), SEARCH, "kind");
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("design", "X").get(SEARCH), SEARCH, "design");
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("certainty", "X").get(SEARCH), SEARCH,
                "certainty");
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("status", "X").get(SEARCH), SEARCH, "status");
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("status", "DRAFT").get(SEARCH), SEARCH,
                "status").body("detail", containsString("editor"));
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("cursor", "nonsense").get(SEARCH), SEARCH,
                "cursor");
        Api.badParameter(given().queryParam("q", "quorvex").queryParam("limit", "0").get(SEARCH), SEARCH, "limit");
        Api.badParameter(given().queryParam("q", "the").get(SEARCH + "/suggest"), SEARCH + "/suggest", "q");
        Api.badParameter(given().queryParam("q", "quo").queryParam("limit", "21").get(SEARCH + "/suggest"),
                SEARCH + "/suggest", "limit");
    }

    @Test
    void anEmptyResultIsAnEmptyPage() {
        given().queryParam("q", "xylofrandic").get(SEARCH).then().statusCode(200)
                .body("items", hasSize(0)).body("page.nextCursor", nullValue());
    }
}
