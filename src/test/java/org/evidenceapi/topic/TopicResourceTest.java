package org.evidenceapi.topic;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.UNKNOWN_ID;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.badParameter;
import static org.evidenceapi.common.Api.notFound;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /topics and /topics/{idOrSlug}. */
@QuarkusTest
class TopicResourceTest {
    static final String PATH = V1 + "/topics";
    static final List<String> SEED_TOPICS_BY_NAME = List.of("Acupuncture", "Anxiety", "Nervous system", "Pain", "Sleep",
            "Stress");

    @Inject
    TopicRepository topics;

    @Test
    void readsASeedTopicBySlug() {
        given().get(PATH + "/acupuncture").then().statusCode(200)
                .body("id", notNullValue())
                .body("slug", equalTo("acupuncture"))
                .body("name", equalTo("Acupuncture"))
                .body("description",
                        equalTo("Inserting fine needles at specific points of the body, including electroacupuncture."));
        given().get(PATH + "/nervous-system").then().statusCode(200)
                .body("name", equalTo("Nervous system"))
                .body("description", startsWith("The autonomic nervous system, vagal tone"));
    }

    @Test
    void readsTheSameTopicById() {
        Response bySlug = given().get(PATH + "/stress");
        Response byId = given().get(PATH + "/" + bySlug.path("id"));
        byId.then().statusCode(200).body("slug", equalTo("stress")).body("name", equalTo("Stress"))
                .body("description", equalTo("Stress, the HPA axis and stress-related disorders."));
        assertEquals(bySlug.asString(), byId.asString());
    }

    @Test
    void walkingTwoAtATimeReturnsEveryTopicOnceInNameOrder() {
        List<String> names = Pages.keys(Pages.forward(PATH, Map.of("limit", 2), "name"));
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertEquals(sorted, names);
        assertEquals(SEED_TOPICS_BY_NAME, names.stream().filter(SEED_TOPICS_BY_NAME::contains).toList());
        List<String> ids = Pages.walkBothWays(PATH, Map.of(), 2, "id");
        assertEquals(Api.inTransaction(() -> topics.count()), (long) ids.size());
    }

    @Test
    void sortsByNameDescendingAndByCreation() {
        List<String> ascending = Pages.keys(Pages.forward(PATH, Map.of("limit", 3), "slug"));
        List<String> descending = Pages.keys(Pages.forward(PATH, Map.of("limit", 3, "sort", "-name"), "slug"));
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
        // topics do not show createdAt: the database says what creation order is
        List<String> byCreation = Api.inTransaction(() -> topics.findAll(Sort.by("createdAt").and("id")).list()
                .stream().map(t -> t.slug).toList());
        assertEquals(byCreation, Pages.keys(Pages.forward(PATH, Map.of("limit", 3, "sort", "createdAt"), "slug")));
        List<String> newestFirst = new ArrayList<>(byCreation);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, Pages.keys(Pages.forward(PATH, Map.of("limit", 3, "sort", "-createdAt"), "slug")));
        List<String> ids = Pages.walkBothWays(PATH, Map.of("sort", "createdAt"), 3, "id");
        assertEquals(Api.inTransaction(() -> topics.count()), (long) ids.size());
    }

    @Test
    void unknownSortIs400() {
        badParameter(given().queryParam("sort", "slug").get(PATH), PATH, "sort")
                .body("errors[0].message", equalTo("must be one of name, -name, createdAt, -createdAt"));
    }

    @Test
    void unknownSlugOrIdIs404() {
        notFound(given().get(PATH + "/no-such-topic"), PATH + "/no-such-topic", "no-such-topic")
                .body("detail", startsWith("No topic"));
        notFound(given().get(PATH + "/" + UNKNOWN_ID), PATH + "/" + UNKNOWN_ID, UNKNOWN_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nervous_system", "nervous--system", "-pain"})
    void malformedSlugIs400(String slug) {
        badParameter(given().get(PATH + "/" + slug), PATH + "/" + slug, "idOrSlug");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "ten", "-1"})
    void limitOutOfRangeIs400(String limit) {
        badParameter(given().queryParam("limit", limit).get(PATH), PATH, "limit");
    }
}
