package org.evidenceapi.changes;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheTagsTest {
    @Inject
    ArticleImporter importer;
    @Inject
    ContentChanges changes;

    @Test
    void aPublicReadNamesTheResourcesOfItsPathInBothHeaders() {
        Response answer = given().get(V1 + "/articles/" + Api.SEED + "/claims");
        assertEquals("article:" + Api.SEED + " claims", answer.header("Surrogate-Key"));
        assertEquals("article:" + Api.SEED + ",claims", answer.header("Cache-Tag"));
        assertEquals("references", given().get(V1 + "/references").header("Surrogate-Key"));
    }

    @Test
    void anAnswerToATokenCarriesNoTags() {
        assertNull(Api.editor().get(V1 + "/articles/" + Api.SEED).header("Surrogate-Key"));
    }

    /** Every public page whose body a paper's retraction alters (its claims' too) carries a tag the change names. */
    @Test
    void aChangedReferenceNamesATagOfEveryPageItChanges() {
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
                V1 + "/articles/" + alsoCiting + "?include=references");
        Map<String, String> before = bodies(pages);
        Map<String, Set<String>> tags = pages.stream().collect(Collectors.toMap(page -> page,
                page -> Set.of(given().get(page).header("Surrogate-Key").split(" ")), (a, b) -> a, LinkedHashMap::new));

        String path = V1 + "/references/" + reference;
        List<ContentChanges.Seen> seen = changes.during(() -> Api.editor()
                .contentType("application/merge-patch+json").header("If-Match", Api.etag(path))
                .body(Map.of("title", "A retracted paper", "updateStatus", "RETRACTED")).patch(path).then().statusCode(200));

        assertEquals(1, seen.size());
        Set<String> invalidated = Set.copyOf(seen.get(0).cacheTags());
        Map<String, String> after = bodies(pages);
        List<String> stale = pages.stream().filter(page -> !before.get(page).equals(after.get(page))).toList();
        assertTrue(stale.containsAll(List.of(pages.get(0), pages.get(6), pages.get(7))), "the change shows: " + stale);
        for (String page : stale) {
            assertFalse(tags.get(page).stream().noneMatch(invalidated::contains),
                    page + " tagged " + tags.get(page) + " is stale, but the change named only " + invalidated);
        }
    }

    private static Map<String, String> bodies(List<String> pages) {
        Map<String, String> bodies = new LinkedHashMap<>();
        pages.forEach(page -> bodies.put(page, given().get(page).then().statusCode(200).extract().asString()));
        return bodies;
    }
}
