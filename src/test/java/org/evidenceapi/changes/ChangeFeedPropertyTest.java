package org.evidenceapi.changes;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.evidenceapi.article.EditorArticles;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

/**
 * Random edits, with a reader that syncs between them: after every sync its copy is, object for object, what the
 * public API serves. Each run prints its seed; a failure names it, and {@code -Dfeed.seed=} replays it.
 */
@QuarkusTest
class ChangeFeedPropertyTest {
    private static final int STEPS = 40;
    private static final List<String> COLLECTIONS = List.of("articles", "claims", "studies", "references",
            "authors", "topics");

    private final List<String> articles = new ArrayList<>();
    private final List<String> claims = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private Random random;

    @Test
    void aSyncingReaderHoldsWhatThePublicApiServes() {
        long seed = Long.getLong("feed.seed", System.nanoTime());
        random = new Random(seed);
        FeedClient reader = FeedClient.anonymous();
        reader.syncCopy();
        List<Consumer<Void>> edits = List.of(v -> createArticle(), v -> retitleArticle(), v -> publishArticle(),
                v -> unpublishArticle(), v -> archiveArticle(), v -> deleteArticle(), v -> createClaim(),
                v -> deleteClaim(), v -> createAuthor(), v -> renameAuthor(), v -> deleteAuthor(), v -> createTopic(),
                v -> createReference(), v -> patchReference());
        List<String> done = new ArrayList<>();
        try {
            for (int step = 0; step < STEPS; step++) {
                int edit = random.nextInt(edits.size());
                done.add(Integer.toString(edit));
                edits.get(edit).accept(null);
                if (random.nextInt(3) == 0 || step == STEPS - 1) {
                    reader.syncCopy();
                    assertEquals(served(), reader.bodies);
                }
            }
        } catch (AssertionError failure) {
            throw new AssertionError("seed " + seed + ", edits " + done + ": " + failure.getMessage(), failure);
        }
    }

    /** Every resource the public API lists, by "TYPE:id", with the body its feed link answers. */
    private Map<String, String> served() {
        Map<String, String> served = new TreeMap<>();
        for (String collection : COLLECTIONS) {
            String type = collection.equals("studies") ? "STUDY"
                    : collection.substring(0, collection.length() - 1).toUpperCase();
            String next = V1 + "/" + collection + "?limit=100";
            while (next != null) {
                JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
                for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                    String href = V1 + "/" + collection + "/" + (item.get("slug") != null ? item.get("slug") : item.get("id"))
                            + (type.equals("ARTICLE") ? "?include=claims,studies,references" : "");
                    served.put(type + ":" + item.get("id"), given().get(href).then().statusCode(200).extract().asString());
                }
                String cursor = page.getString("page.nextCursor");
                next = cursor == null ? null : V1 + "/" + collection + "?limit=100&cursor=" + cursor;
            }
        }
        return served;
    }

    private String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> T any(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void createArticle() {
        String author = authors.isEmpty() ? null : any(authors);
        articles.add(author == null ? EditorArticles.draft(unique("prop-article")) : EditorArticles.draft(unique("prop-article"), author));
    }

    private void retitleArticle() {
        if (!articles.isEmpty()) {
            EditorArticles.patch(any(articles), Map.of("title", unique("Title")));
        }
    }

    private void publishArticle() {
        if (!articles.isEmpty()) {
            transition(any(articles), "PUBLISHED");
        }
    }

    private void unpublishArticle() {
        if (!articles.isEmpty()) {
            transition(any(articles), "IN_REVIEW");
        }
    }

    private void archiveArticle() {
        if (!articles.isEmpty()) {
            transition(any(articles), "ARCHIVED");
        }
    }

    /** Moves the article to {@code status} by the steps the workflow allows. */
    private void transition(String slug, String status) {
        String current = Api.editor().get(V1 + "/articles/" + slug).then().extract().path("status");
        if (status.equals(current)) {
            return;
        }
        List<String> steps = new ArrayList<>();
        if (current.equals("ARCHIVED")) {
            steps.add("DRAFT");
        }
        if (status.equals("PUBLISHED")) {
            steps.add("IN_REVIEW");
        }
        steps.add(status);
        for (String next : steps) {
            if (!next.equals(current)) {
                EditorArticles.patch(slug, Map.of("status", next));
                current = next;
            }
        }
    }

    private void deleteArticle() {
        if (!articles.isEmpty()) {
            String slug = articles.remove(random.nextInt(articles.size()));
            String path = V1 + "/articles/" + slug;
            Api.admin().header("If-Match", Api.etag(path)).queryParam("hard", true).delete(path).then().statusCode(204);
            claims.removeIf(claim -> Api.editor().get(V1 + "/claims/" + claim).statusCode() == 404);
        }
    }

    private void createClaim() {
        if (!articles.isEmpty()) {
            claims.add(EditorArticles.claim(any(articles)));
        }
    }

    private void deleteClaim() {
        if (!claims.isEmpty()) {
            String path = V1 + "/claims/" + claims.remove(random.nextInt(claims.size()));
            Api.editor().header("If-Match", Api.etag(path)).delete(path).then().statusCode(204);
        }
    }

    private void createAuthor() {
        String slug = unique("prop-author");
        Api.editor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Author " + slug))
                .post(V1 + "/authors").then().statusCode(201);
        authors.add(slug);
    }

    private void renameAuthor() {
        if (!authors.isEmpty()) {
            String path = V1 + "/authors/" + any(authors);
            Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                    .body(Map.of("name", unique("Renamed"))).patch(path).then().statusCode(200);
        }
    }

    /** An author named by an article cannot go (409); the reader must then still have them. */
    private void deleteAuthor() {
        if (!authors.isEmpty()) {
            String slug = any(authors);
            String path = V1 + "/authors/" + slug;
            Response answer = Api.editor().header("If-Match", Api.etag(path)).delete(path);
            if (answer.statusCode() == 204) {
                authors.remove(slug);
            } else {
                assertEquals(409, answer.statusCode());
            }
        }
    }

    private void createTopic() {
        String slug = unique("prop-topic");
        Api.editor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Topic " + slug))
                .post(V1 + "/topics").then().statusCode(201);
        topics.add(slug);
    }

    private void createReference() {
        Map<String, Object> body = new HashMap<>(Map.of("type", "JOURNAL_ARTICLE", "title", unique("Paper"),
                "year", 2020));
        references.add(Api.editor().contentType(ContentType.JSON).body(body).post(V1 + "/references").then()
                .statusCode(201).extract().path("id"));
    }

    private void patchReference() {
        if (!references.isEmpty()) {
            String path = V1 + "/references/" + any(references);
            Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                    .body(Map.of("notes", unique("Note"))).patch(path).then().statusCode(200);
        }
    }
}
