package org.evidenceapi.author;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidenceapi.article.ArticleInput;
import org.evidenceapi.article.ArticleInputs;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages;
import org.evidenceapi.importing.ArticleDocument;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /authors and /authors/{idOrSlug}. */
@QuarkusTest
class AuthorResourceTest {
    static final String PATH = V1 + "/authors";
    static final String MARGAUX = PATH + "/margaux-loyer";

    @Inject
    ArticleImporter importer;
    @Inject
    AuthorRepository authors;

    private static boolean imported;

    /** Two more authors ("Aaron Author-Test", "Zoe Author-Test") so that name order has both ends. */
    @BeforeEach
    void importTwoAuthors() {
        if (imported) {
            return;
        }
        ArticleDocument base = TestDocuments.article("author-resource-two-authors", 1, 1);
        ArticleInput withAuthors = ArticleInputs.from(base.article()).withAuthors("author-test-zoe", "author-test-aaron")
                .build();
        importer.importDocument(new ArticleDocument(withAuthors,
                List.of(new AuthorInput("author-test-zoe", "Zoe Author-Test", List.of(), null),
                        new AuthorInput("author-test-aaron", "Aaron Author-Test", List.of("MD", "PhD"), "Writes.")),
                base.topics(), base.references(), base.studies(), base.claims()));
        imported = true;
    }

    @Test
    void readsTheSeedAuthorBySlugWithCredentialsInOrder() {
        given().get(MARGAUX).then().statusCode(200)
                .body("id", notNullValue())
                .body("slug", equalTo("margaux-loyer"))
                .body("name", equalTo("Margaux Loyer"))
                .body("credentials", contains("Diploma in Beauty and Massage Therapy",
                        "Certificates in Deep Tissue and Myofascial Release", "RYT 200 Yoga Teacher",
                        "Bachelor of Health Science in Acupuncture"))
                .body("bio", equalTo("Margaux started her career in France, training as a beautician and massage "
                        + "therapist and focusing on helping clients reach body-confidence and wellness goals such as "
                        + "weight loss, beauty enhancement and relaxation."))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void readsTheSameAuthorById() {
        Response bySlug = given().get(MARGAUX);
        String id = bySlug.path("id");
        Response byId = given().get(PATH + "/" + id);
        byId.then().statusCode(200).body("slug", equalTo("margaux-loyer"));
        assertEquals(bySlug.asString(), byId.asString());
        assertEquals(bySlug.header("ETag"), byId.header("ETag"));
    }

    @Test
    void anArticleListsItsAuthorsInTheOrderGiven() {
        given().queryParam("include", "authors").get(V1 + "/articles/author-resource-two-authors").then()
                .statusCode(200)
                .body("authors.slug", contains("author-test-zoe", "author-test-aaron"))
                .body("authors[1].credentials", contains("MD", "PhD"));
    }

    @Test
    void walkingOneAtATimeReturnsEveryAuthorOnceInNameOrder() {
        List<String> names = Pages.keys(Pages.forward(PATH, Map.of("limit", 1), "name"));
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertEquals(sorted, names);
        assertThat(names, hasItems("Aaron Author-Test", "Margaux Loyer", "Zoe Author-Test"));
        List<String> ids = Pages.walkBothWays(PATH, Map.of(), 1, "id");
        assertEquals(Api.inTransaction(() -> authors.count()), (long) ids.size());
    }

    @Test
    void sortsByNameDescendingAndByCreation() {
        List<String> ascending = Pages.keys(Pages.forward(PATH, Map.of("limit", 2), "name"));
        List<String> descending = Pages.keys(Pages.forward(PATH, Map.of("limit", 2, "sort", "-name"), "name"));
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
        List<Instant> created = Pages.keys(Pages.forward(PATH, Map.of("limit", 2, "sort", "createdAt"), "createdAt"))
                .stream().map(Instant::parse).toList();
        assertEquals(created.stream().sorted().toList(), created);
        List<String> ids = Pages.walkBothWays(PATH, Map.of("sort", "-createdAt"), 2, "id");
        assertEquals(Api.inTransaction(() -> authors.count()), (long) ids.size());
    }

    @Test
    void listItemsCarryCredentials() {
        given().queryParam("limit", 100).get(PATH).then().statusCode(200)
                .body("items.find { it.slug == 'margaux-loyer' }.credentials[3]",
                        equalTo("Bachelor of Health Science in Acupuncture"))
                .body("items.find { it.slug == 'author-test-aaron' }.credentials", contains("MD", "PhD"));
    }

    @Test
    void unknownSortIs400() {
        badParameter(given().queryParam("sort", "slug").get(PATH), PATH, "sort")
                .body("errors[0].message", equalTo("must be one of name, -name, createdAt, -createdAt"));
    }

    @Test
    void unknownSlugOrIdIs404() {
        notFound(given().get(PATH + "/no-such-author"), PATH + "/no-such-author", "no-such-author")
                .body("detail", startsWith("No author"));
        notFound(given().get(PATH + "/" + UNKNOWN_ID), PATH + "/" + UNKNOWN_ID, UNKNOWN_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"margaux_loyer", "margaux--loyer", "margaux-loyer-"})
    void malformedSlugIs400(String slug) {
        badParameter(given().get(PATH + "/" + slug), PATH + "/" + slug, "idOrSlug")
                .body("errors[0].message", containsString("slug"));
    }

    @Test
    void slugLookupsIgnoreCase() {
        given().get(PATH + "/Margaux-Loyer").then().statusCode(200).body("slug", equalTo("margaux-loyer"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void limitOutOfRangeIs400(int limit) {
        badParameter(given().queryParam("limit", limit).get(PATH), PATH, "limit");
    }
}
