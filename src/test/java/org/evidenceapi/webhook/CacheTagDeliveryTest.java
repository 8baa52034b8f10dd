package org.evidenceapi.webhook;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

/** A CDN that purges by the tags webhooks deliver drops every public page a change made stale. */
@QuarkusTest
class CacheTagDeliveryTest extends ReceiverTestBase {
    @Inject
    ArticleImporter importer;

    /** Every public page whose body a paper's retraction alters (its claims' too) carries a tag the delivery names. */
    @Test
    void aRetractedPapersDeliveryNamesATagOfEveryPageItChanged() {
        String citing = "cache-tags-citing";
        String alsoCiting = "cache-tags-also-citing";
        importer.importDocument(TestDocuments.article(citing, 2, 2));
        importer.importDocument(TestDocuments.article(alsoCiting, 2, 2));
        String reference = given().get(V1 + "/articles/" + citing + "/references").then().extract()
                .path("items[0].reference.id");
        String claim = given().get(V1 + "/articles/" + citing + "/claims").then().extract().path("items[0].id");
        List<String> pages = List.of(V1 + "/articles/" + citing + "?include=claims,studies,references",
                V1 + "/articles/" + citing + "/references", V1 + "/articles/" + citing + "/bibliography?format=bibtex",
                V1 + "/articles/" + citing + "/linked-data", V1 + "/articles/" + citing + "/evidence",
                V1 + "/articles/" + citing + "/claims", V1 + "/claims/" + claim, V1 + "/references/" + reference,
                V1 + "/references/" + reference + "/citation?format=ris", V1 + "/references?limit=100",
                V1 + "/claims?limit=100", V1 + "/articles/" + alsoCiting + "?include=references");
        Map<String, String> before = bodies(pages);
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        pages.forEach(page -> tags.put(page, Set.of(given().get(page).header("Surrogate-Key").split(" "))));
        WebhookDeliveryTest.register(receiver.url(), "[\"reference.upsert\"]");

        String path = V1 + "/references/" + reference;
        Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                .body(Map.of("title", "A retracted paper", "updateStatus", "RETRACTED")).patch(path).then()
                .statusCode(200);

        Receiver.Received delivery = receiver.await(1, Duration.ofSeconds(15)).get(0);
        WebhookDeliveryTest.verifySignature(delivery);
        Set<String> purged = Set.copyOf(JsonPath.from(delivery.body()).getList("data.cacheTags", String.class));
        Map<String, String> after = bodies(pages);
        List<String> stale = pages.stream().filter(page -> !before.get(page).equals(after.get(page))).toList();
        assertTrue(stale.containsAll(List.of(pages.get(0), pages.get(6), pages.get(7))), "the change shows: " + stale);
        for (String page : stale) {
            assertFalse(tags.get(page).stream().noneMatch(purged::contains),
                    page + " tagged " + tags.get(page) + " is stale, but the delivery named only " + purged);
        }
    }

    private static Map<String, String> bodies(List<String> pages) {
        Map<String, String> bodies = new LinkedHashMap<>();
        pages.forEach(page -> bodies.put(page, given().get(page).then().statusCode(200).extract().asString()));
        return bodies;
    }
}
