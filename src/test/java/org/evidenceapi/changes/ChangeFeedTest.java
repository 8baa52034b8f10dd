package org.evidenceapi.changes;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evidenceapi.article.EditorArticles;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {
    @Inject
    TombstonePurge purge;

    @Test
    void aFirstSyncListsWhatIsPublishedWithTheTagsItsLinksAnswer() {
        List<Map<String, Object>> items = FeedClient.anonymous().sync();

        Map<String, Object> seed = only(items, "ARTICLE", SEED);
        assertEquals("UPSERT", seed.get("operation"));
        String href = SEED_PATH + "?include=claims,studies,references";
        assertEquals(href, seed.get("href"));
        assertEquals(given().get(href).then().statusCode(200).extract().header("ETag"), seed.get("etag"));
        assertTrue(items.stream().noneMatch(i -> "DELETE".equals(i.get("operation"))), "no tombstones in a first sync");
        assertEquals(Set.of("ARTICLE", "CLAIM", "STUDY", "REFERENCE", "AUTHOR", "TOPIC"),
                items.stream().map(i -> (String) i.get("type")).collect(Collectors.toSet()));
        Map<String, Object> claim = items.stream().filter(i -> "CLAIM".equals(i.get("type"))).findFirst().orElseThrow();
        assertEquals(V1 + "/claims/" + claim.get("id"), claim.get("href"));
        assertNull(claim.get("slug"));
        assertEquals(given().get((String) claim.get("href")).then().extract().header("ETag"), claim.get("etag"));
    }

    @Test
    void aDraftStaysOutOfTheAnonymousFeedButAnEditorSeesIt() {
        FeedClient anonymous = FeedClient.anonymous();
        FeedClient editor = FeedClient.editor();
        anonymous.sync();
        editor.sync();

        String slug = EditorArticles.draft("feed-draft-" + UUID.randomUUID());

        assertTrue(anonymous.sync().isEmpty() || anonymous.sync().stream().noneMatch(i -> slug.equals(i.get("slug"))));
        Map<String, Object> entry = only(editor.sync(), "ARTICLE", slug);
        assertEquals("UPSERT", entry.get("operation"));
        assertEquals(Api.editor().get((String) entry.get("href")).then().extract().header("ETag"), entry.get("etag"));
    }

    @Test
    void publishingBringsAnArticleAndItsClaimsAndArchivingTakesThemBack() {
        String slug = EditorArticles.draft("feed-published-" + UUID.randomUUID());
        String claim = EditorArticles.claim(slug);
        FeedClient anonymous = FeedClient.anonymous();
        anonymous.sync();

        EditorArticles.publish(slug);
        List<Map<String, Object>> published = anonymous.sync();
        assertEquals("UPSERT", only(published, "ARTICLE", slug).get("operation"));
        assertEquals("UPSERT", byId(published, "CLAIM", claim).get("operation"));

        EditorArticles.archive(slug);
        List<Map<String, Object>> archived = anonymous.sync();
        Map<String, Object> tombstone = only(archived, "ARTICLE", slug);
        assertEquals("DELETE", tombstone.get("operation"));
        assertNull(tombstone.get("href"));
        assertNull(tombstone.get("etag"));
        assertEquals("DELETE", byId(archived, "CLAIM", claim).get("operation"));
    }

    @Test
    void changingAnAuthorChangesTheArticlesThatNameIt() {
        String author = "feed-author-" + UUID.randomUUID().toString().substring(0, 8);
        Api.editor().contentType(ContentType.JSON).body(Map.of("slug", author, "name", "Feed Author"))
                .post(V1 + "/authors").then().statusCode(201);
        String slug = EditorArticles.draft("feed-named-" + UUID.randomUUID(), author);
        EditorArticles.publish(slug);
        FeedClient anonymous = FeedClient.anonymous();
        anonymous.sync();

        String path = V1 + "/authors/" + author;
        Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                .body(Map.of("name", "Feed Author Renamed")).patch(path).then().statusCode(200);

        List<Map<String, Object>> changed = anonymous.sync();
        assertEquals("UPSERT", only(changed, "AUTHOR", author).get("operation"));
        Map<String, Object> article = only(changed, "ARTICLE", slug);
        String body = given().get((String) article.get("href")).then().extract().asString();
        assertTrue(body.contains("Feed Author Renamed"), "the article's link shows the new name");
        assertEquals(given().get((String) article.get("href")).then().extract().header("ETag"), article.get("etag"));
    }

    @Test
    void aDeletedResourceLeavesATombstoneWithItsSlug() {
        String topic = "feed-topic-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Api.editor().contentType(ContentType.JSON).body(Map.of("slug", topic, "name", "Feed topic"))
                .post(V1 + "/topics").then().statusCode(201).extract().path("id");
        FeedClient anonymous = FeedClient.anonymous();
        anonymous.sync();

        String path = V1 + "/topics/" + topic;
        Api.editor().header("If-Match", Api.etag(path)).delete(path).then().statusCode(204);

        Map<String, Object> tombstone = only(anonymous.sync(), "TOPIC", topic);
        assertEquals("DELETE", tombstone.get("operation"));
        assertEquals(id, tombstone.get("id"));
    }

    @Test
    void aCaughtUpClientReadsNothingNewAndKeepsItsPlace() {
        FeedClient anonymous = FeedClient.anonymous();
        anonymous.sync();
        var page = anonymous.page(anonymous.token(), 10);
        assertTrue(page.getList("items").isEmpty());
        assertFalse(page.getBoolean("hasMore"));
        assertEquals(anonymous.token(), page.getString("next"));
    }

    @Test
    void sinceNowStartsAtTheHeadWithoutAFirstSyncAndHearsWhatChangesAfter() {
        String before = topic("feed-before-now-");
        topic("feed-last-before-now-"); // the last commit: it may come once more
        FeedClient cache = FeedClient.anonymous();

        var head = cache.page("now", 100);
        assertFalse(head.getBoolean("hasMore"));
        List<Map<String, Object>> atHead = head.getList("items");
        assertTrue(atHead.size() <= 1, "at most the last commit's change, not a first sync: " + atHead);
        assertTrue(atHead.stream().noneMatch(i -> before.equals(i.get("slug"))));

        String after = topic("feed-after-now-");
        List<Map<String, Object>> next = cache.page(head.getString("next"), 100).getList("items");
        assertEquals("UPSERT", only(next, "TOPIC", after).get("operation"));
        assertTrue(next.stream().noneMatch(i -> before.equals(i.get("slug"))));
    }

    private static String topic(String prefix) {
        String slug = prefix + UUID.randomUUID().toString().substring(0, 8);
        Api.editor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Topic " + slug))
                .post(V1 + "/topics").then().statusCode(201);
        return slug;
    }

    @Test
    void aTokenThisServiceDidNotHandOutIsGone() {
        for (String token : List.of("not-a-token", encoded("c1:999999999:ARTICLE:" + UUID.randomUUID() + ":0"),
                encoded("c0:1:ARTICLE:" + UUID.randomUUID() + ":0"))) {
            given().queryParam("since", token).get(V1 + "/changes").then().statusCode(410)
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(410))
                    .body("detail", containsString("Start again without since"));
        }
    }

    @Test
    void aTokenOlderThanThePurgedTombstonesIsGoneAndAFreshSyncWorks() {
        String topic = "feed-purged-" + UUID.randomUUID().toString().substring(0, 8);
        Api.editor().contentType(ContentType.JSON).body(Map.of("slug", topic, "name", "Purged topic"))
                .post(V1 + "/topics").then().statusCode(201);
        FeedClient before = FeedClient.anonymous();
        before.sync();
        String path = V1 + "/topics/" + topic;
        Api.editor().header("If-Match", Api.etag(path)).delete(path).then().statusCode(204);

        assertTrue(purge.purge(Instant.now().plusSeconds(1)) >= 1);

        given().queryParam("since", before.token()).get(V1 + "/changes").then().statusCode(410)
                .body("detail", containsString("older than the removals the feed keeps"));
        FeedClient fresh = FeedClient.anonymous();
        assertTrue(fresh.sync().stream().noneMatch(i -> topic.equals(i.get("slug"))));
        fresh.page(fresh.token(), 10);
    }

    @Test
    void aBadLimitIsA400NamingIt() {
        given().queryParam("limit", "0").get(V1 + "/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anonymousAnswersAreRevalidatedAndAnEditorsAreNotKept() {
        given().get(V1 + "/changes").then().statusCode(200).header("Cache-Control", "no-cache");
        Api.editor().get(V1 + "/changes").then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    static Map<String, Object> only(List<Map<String, Object>> items, String type, String slug) {
        List<Map<String, Object>> found = items.stream()
                .filter(i -> type.equals(i.get("type")) && slug.equals(i.get("slug"))).toList();
        assertEquals(1, found.size(), type + " " + slug + " once in " + items);
        return found.get(0);
    }

    static Map<String, Object> byId(List<Map<String, Object>> items, String type, String id) {
        return items.stream().filter(i -> type.equals(i.get("type")) && id.equals(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + id + " not in " + items));
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
