package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.evidenceapi.author.AuthorInput;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages.Page;
import org.evidenceapi.common.Pages;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.topic.TopicInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET /articles: filters, sorts and keyset pagination. Seven articles of this class share the topic and author
 * "article-list-…", so filtering by them isolates this class's data from the rest of the suite.
 */
@QuarkusTest
class ArticleListTest {
    static final String PATH = V1 + "/articles";
    static final String TOPIC = "article-list-topic";
    static final String AUTHOR = "article-list-author";
    static final List<String> SLUGS = IntStream.rangeClosed(1, 7).mapToObj(n -> "article-list-" + n).toList();

    @Inject
    ArticleImporter importer;
    @Inject
    ArticleRepository articles;

    private static boolean imported;

    /** Lists as an editor sees them, drafts included (what anonymous callers see is tested with the import). */
    @BeforeEach
    void readAsEditor() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", Tokens.editor()).build();
    }

    @AfterEach
    void readAnonymously() {
        RestAssured.requestSpecification = null;
    }

    /** article-list-1 is ADVANCED, -2 a DRAFT, -3 also labelled "Evidence based"; the rest INTERMEDIATE. */
    @BeforeEach
    void importSevenArticles() {
        if (imported) {
            return;
        }
        for (int n = 1; n <= 7; n++) {
            Level level = n == 1 ? Level.ADVANCED : Level.INTERMEDIATE;
            ArticleStatus status = n == 2 ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
            List<String> labels = n == 3 ? List.of("Test", "Evidence based") : List.of("Test");
            importer.importDocument(variant(SLUGS.get(n - 1), level, status, labels));
        }
        imported = true;
    }

    static ArticleDocument variant(String slug, Level level, ArticleStatus status, List<String> labels) {
        ArticleDocument base = TestDocuments.article(slug, 1, 1, status);
        ArticleInput changed = ArticleInputs.from(base.article()).withLevel(level).withLabels(labels)
                .withAuthors(AUTHOR).withTopics(TOPIC).build();
        return new ArticleDocument(changed,
                List.of(new AuthorInput(AUTHOR, "Article List Author", List.of("MSc"), null)),
                List.of(new TopicInput(TOPIC, "Article list topic", null)),
                base.references(), base.studies(), base.claims());
    }

    private static List<String> slugs(Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.putIfAbsent("limit", 100);
        return Pages.keys(Pages.forward(PATH, all, "slug"));
    }

    @Test
    void walkingWithLimitFiveReturnsEveryArticleExactlyOnce() {
        List<String> ids = Pages.walkBothWays(PATH, Map.of(), 5, "id");
        long inDatabase = Api.inTransaction(() -> articles.count());
        assertEquals(inDatabase, ids.size());
        assertTrue(ids.size() >= 8, "the seed and this class's seven articles at least");
    }

    @Test
    void walkingByTitleReturnsEveryArticleOnceInTitleOrder() {
        List<Page> pages = Pages.forward(PATH, Map.of("limit", 5, "sort", "title"), "title");
        Pages.assertShapes(pages, 5);
        List<String> titles = Pages.keys(pages);
        List<String> sorted = new ArrayList<>(titles);
        Collections.sort(sorted);
        assertEquals(sorted, titles);
        assertEquals(Api.inTransaction(() -> articles.count()), (long) titles.size());
        List<String> ids = Pages.walkBothWays(PATH, Map.of("sort", "title"), 5, "id");
        assertEquals(titles.size(), ids.size());
    }

    @Test
    void walkingByTheLinkHeaderReachesTheSameArticles() {
        List<Page> byLink = Pages.forwardByLinks(PATH, Map.of("limit", 5, "sort", "-title"), "id");
        List<Page> byCursor = Pages.forward(PATH, Map.of("limit", 5, "sort", "-title"), "id");
        assertEquals(byCursor.stream().map(Page::keys).toList(), byLink.stream().map(Page::keys).toList());
        assertTrue(byLink.get(0).links().get("next").contains("sort=-title"), "the next link keeps the sort");
    }

    @Test
    void anArticleSummaryHasTheListFieldsButNoBody() {
        given().queryParam("topic", "acupuncture").get(PATH).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].slug", equalTo(SEED))
                .body("items[0].level", equalTo("BEGINNER"))
                .body("items[0].labels", contains("Evidence based"))
                .body("items[0].seriesPart", equalTo(1))
                .body("items[0].readingTimeMinutes", equalTo(6))
                .body("items[0].authors.slug", contains("margaux-loyer"))
                .body("items[0].authors[0].name", equalTo("Margaux Loyer"))
                .body("items[0].topics.slug", contains("acupuncture", "pain", "stress", "anxiety", "sleep",
                        "nervous-system"))
                .body("items[0]", not(hasKey("sections")))
                .body("items[0]", not(hasKey("claims")))
                .body("page.nextCursor", nullValue())
                .body("page.prevCursor", nullValue());
    }

    @Test
    void filtersByTopicSlugOrId() {
        assertEquals(reversed(SLUGS), slugs(Map.of("topic", TOPIC)), "default sort is -createdAt");
        String topicId = Api.json(V1 + "/topics/" + TOPIC).getString("id");
        assertEquals(reversed(SLUGS), slugs(Map.of("topic", topicId)));
        assertEquals(List.of(SEED), slugs(Map.of("topic", "sleep")));
    }

    @Test
    void filtersByAuthorSlugOrId() {
        assertEquals(reversed(SLUGS), slugs(Map.of("author", AUTHOR)));
        List<String> byMargaux = slugs(Map.of("author", "margaux-loyer"));
        assertEquals(List.of(SEED), byMargaux);
        String authorId = Api.json(V1 + "/authors/margaux-loyer").getString("id");
        assertEquals(List.of(SEED), slugs(Map.of("author", authorId)));
    }

    @Test
    void filtersByLevel() {
        assertEquals(List.of("article-list-1"), slugs(Map.of("topic", TOPIC, "level", "ADVANCED")));
        List<String> beginner = slugs(Map.of("level", "BEGINNER"));
        assertThat(beginner, hasItem(SEED));
        given().queryParam("level", "BEGINNER").queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items.level", everyItem(equalTo("BEGINNER")));
    }

    @Test
    void filtersByStatus() {
        assertEquals(List.of("article-list-2"), slugs(Map.of("topic", TOPIC, "status", "DRAFT")));
        List<String> published = slugs(Map.of("status", "PUBLISHED"));
        assertThat(published, hasItems(SEED, "article-list-1", "article-list-7"));
        assertThat(published, not(hasItem("article-list-2")));
        given().queryParam("status", "PUBLISHED").queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items.status", everyItem(equalTo("PUBLISHED")));
    }

    @Test
    void filtersByLabelExactly() {
        List<String> evidenceBased = slugs(Map.of("label", "Evidence based"));
        assertThat(evidenceBased, hasItems(SEED, "article-list-3"));
        given().queryParam("label", "Evidence based").queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items.labels", everyItem(hasItem("Evidence based")));
        assertThat(slugs(Map.of("label", "evidence based")), empty());
        given().queryParams(Map.of("topic", TOPIC, "label", "Evidence based")).get(PATH).then().statusCode(200)
                .body("items[0].labels", contains("Test", "Evidence based"));
    }

    @Test
    void theLinkHeaderKeepsAFilterValueWithASpace() {
        List<Page> pages = Pages.forwardByLinks(PATH, Map.of("label", "Evidence based", "topic", TOPIC, "limit", 1),
                "slug");
        assertEquals(List.of("article-list-3"), Pages.keys(pages));
        List<Page> all = Pages.forwardByLinks(PATH, Map.of("label", "Evidence based", "limit", 1), "slug");
        assertThat(Pages.keys(all), hasItems(SEED, "article-list-3"));
        Pages.assertShapes(all, 1);
    }

    @Test
    void combinesFilters() {
        assertEquals(reversed(SLUGS.subList(2, 7)),
                slugs(Map.of("topic", TOPIC, "level", "INTERMEDIATE", "status", "PUBLISHED")));
        assertEquals(List.of("article-list-3"), slugs(Map.of("author", AUTHOR, "label", "Evidence based")));
    }

    @Test
    void filtersThatMatchNothingGiveAnEmptyPage() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(
                Map.of("topic", "no-such-topic"), Map.of("author", "no-such-author"),
                Map.of("author", Api.UNKNOWN_ID), Map.of("label", "No such label"),
                Map.of("topic", TOPIC, "status", "ARCHIVED"), Map.of("topic", "sleep", "level", "ADVANCED"))) {
            given().queryParams(params).get(PATH).then().statusCode(200)
                    .body("items", empty())
                    .body("page.nextCursor", nullValue())
                    .body("page.prevCursor", nullValue())
                    .header("Link", nullValue());
        }
    }

    @Test
    void sortsByTitleBothWays() {
        assertEquals(SLUGS, slugs(Map.of("topic", TOPIC, "sort", "title")));
        assertEquals(reversed(SLUGS), slugs(Map.of("topic", TOPIC, "sort", "-title")));
    }

    @Test
    void sortsByCreationBothWays() {
        assertEquals(SLUGS, slugs(Map.of("topic", TOPIC, "sort", "createdAt")));
        assertEquals(reversed(SLUGS), slugs(Map.of("topic", TOPIC, "sort", "-createdAt")));
        List<Instant> shown = Pages.keys(Pages.forward(PATH, Map.of("topic", TOPIC, "sort", "createdAt", "limit", 100),
                "createdAt")).stream().map(Instant::parse).toList();
        assertEquals(SLUGS.size(), shown.size(), "every item carries the createdAt it is sorted by");
        assertEquals(shown.stream().sorted().toList(), shown);
    }

    @Test
    void sortsByUpdateBothWays() {
        List<Instant> ascending = updatedAt(Map.of("sort", "updatedAt", "limit", 5));
        assertEquals(ascending.stream().sorted().toList(), ascending);
        List<Instant> descending = updatedAt(Map.of("sort", "-updatedAt", "limit", 5));
        assertEquals(descending.stream().sorted(Collections.reverseOrder()).toList(), descending);
        assertEquals(Api.inTransaction(() -> articles.count()), (long) ascending.size());
    }

    private static List<Instant> updatedAt(Map<String, Object> params) {
        return Pages.keys(Pages.forward(PATH, params, "updatedAt")).stream().map(Instant::parse).toList();
    }

    @Test
    void aCursorIssuedForAnotherSortIsA400OnCursor() {
        String titleCursor = Api.json(PATH + "?limit=2&sort=title").getString("page.nextCursor");
        badParameter(given().queryParam("sort", "-title").queryParam("cursor", titleCursor).get(PATH), PATH, "cursor")
                .body("detail", containsString("'title'"))
                .body("detail", containsString("'-title'"));
        badParameter(given().queryParam("cursor", titleCursor).get(PATH), PATH, "cursor")
                .body("detail", containsString("'-createdAt'"));
    }

    @Test
    void unknownSortIs400ListingTheAllowedKeys() {
        badParameter(given().queryParam("sort", "popularity").get(PATH), PATH, "sort")
                .body("errors[0].message", containsString("createdAt, -createdAt, updatedAt, -updatedAt, title, -title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"level=EXPERT", "level=beginner", "status=LIVE", "topic=Not_A_Slug", "author=Not_A_Slug",
            "topic=01a20d8a-7350-a79d-219bb2b9a781!"})
    void invalidFilterValuesAre400(String query) {
        String[] kv = query.split("=", 2);
        badParameter(given().queryParam(kv[0], kv[1]).get(PATH), PATH, kv[0]);
    }

    @Test
    void invalidEnumFilterNamesTheAllowedValues() {
        badParameter(given().queryParam("level", "EXPERT").get(PATH), PATH, "level")
                .body("errors[0].message", containsString("[BEGINNER, INTERMEDIATE, ADVANCED]"));
        badParameter(given().queryParam("status", "LIVE").get(PATH), PATH, "status")
                .body("errors[0].message", containsString("[DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]"));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
