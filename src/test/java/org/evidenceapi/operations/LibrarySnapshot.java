package org.evidenceapi.operations;

import static org.evidenceapi.common.Api.admin;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an editor can read of the library, whole: every collection in every status, page after page, and each
 * article's revision history. Two snapshots are equal exactly when nothing an editor can see was written between.
 */
final class LibrarySnapshot {
    private static final List<String> COLLECTIONS = List.of(
            "/articles?status=DRAFT", "/articles?status=IN_REVIEW", "/articles?status=PUBLISHED",
            "/articles?status=ARCHIVED", "/claims", "/studies", "/references", "/authors", "/topics",
            "/comments?status=PENDING", "/comments?status=APPROVED", "/comments?status=REJECTED",
            "/comments?status=SPAM");

    private LibrarySnapshot() {
    }

    static Map<String, List<Object>> take() {
        Map<String, List<Object>> snapshot = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            snapshot.put(collection, all("/api/v1" + collection));
        }
        for (String article : articleKeys(snapshot)) {
            snapshot.put(article + "/revisions", all("/api/v1/articles/" + article + "/revisions"));
        }
        return snapshot;
    }

    /** Every id in the snapshot's article lists. */
    static List<String> articleKeys(Map<String, List<Object>> snapshot) {
        List<String> ids = new ArrayList<>();
        snapshot.forEach((collection, items) -> {
            if (collection.startsWith("/articles?")) {
                items.forEach(item -> ids.add((String) ((Map<?, ?>) item).get("id")));
            }
        });
        return ids;
    }

    private static List<Object> all(String path) {
        List<Object> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("page.nextCursor");
        } while (cursor != null);
        return items;
    }
}
