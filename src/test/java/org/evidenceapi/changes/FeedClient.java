package org.evidenceapi.changes;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.evidenceapi.common.Api;

/**
 * A client of the changes feed as an app would write one: it keeps the token, applies each page's entries in order
 * and holds, per resource, the ETag and the body its link answered.
 */
final class FeedClient {
    private final Supplier<RequestSpecification> spec;
    private String token;
    /** "TYPE:id" → the entry last applied. */
    final Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
    /** "TYPE:id" → the body its link answered when the entry was applied. */
    final Map<String, String> bodies = new LinkedHashMap<>();

    private FeedClient(Supplier<RequestSpecification> spec) {
        this.spec = spec;
    }

    static FeedClient anonymous() {
        return new FeedClient(() -> given());
    }

    static FeedClient editor() {
        return new FeedClient(Api::editor);
    }

    /** Reads pages until caught up; answers the entries read, in order. */
    List<Map<String, Object>> sync() {
        List<Map<String, Object>> read = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = page(token, 100);
            read.addAll(page.getList("items"));
            token = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return read;
    }

    /** Reads up to the present, fetching the body of each UPSERT, as an app keeping a copy does. */
    List<Map<String, Object>> syncCopy() {
        List<Map<String, Object>> read = sync();
        for (Map<String, Object> entry : read) {
            String key = entry.get("type") + ":" + entry.get("id");
            if ("DELETE".equals(entry.get("operation"))) {
                entries.remove(key);
                bodies.remove(key);
            } else {
                entries.put(key, entry);
                bodies.put(key, spec.get().get((String) entry.get("href")).then().statusCode(200).extract().asString());
            }
        }
        return read;
    }

    JsonPath page(String since, int limit) {
        RequestSpecification request = spec.get().queryParam("limit", limit);
        if (since != null) {
            request.queryParam("since", since);
        }
        return request.get(V1 + "/changes").then().statusCode(200).extract().jsonPath();
    }

    String token() {
        return token;
    }
}
