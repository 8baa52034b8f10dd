package org.evidenceapi.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks keyset-paginated collections through page.nextCursor / page.prevCursor or the Link header. */
public final class Pages {
    private static final int MAX_PAGES = 500;
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

    private Pages() {
    }

    /** One page as received: the chosen key of each item, the cursors and the Link header's targets by rel. */
    public record Page(List<String> keys, List<Map<String, Object>> items, int limit, String nextCursor,
            String prevCursor, Map<String, String> links, String etag) {
    }

    /** GET {@code path} with {@code params} (and {@code cursor} when not null); asserts 200 and reads the page. */
    public static Page fetch(String path, Map<String, ?> params, String cursor, String keyPath) {
        RequestSpecification request = given().queryParams(params);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return read(request.get(path), keyPath);
    }

    /** GET an absolute URL taken from a Link header, exactly as given (it is already encoded). */
    public static Page fetchUrl(String url, String keyPath) {
        return read(given().urlEncodingEnabled(false).get(url), keyPath);
    }

    private static Page read(Response response, String keyPath) {
        response.then().statusCode(200);
        List<Map<String, Object>> items = response.jsonPath().getList("items");
        List<Object> rawKeys = response.jsonPath().getList("items." + keyPath);
        List<String> keys = rawKeys.stream().map(String::valueOf).toList();
        return new Page(keys, items, response.jsonPath().getInt("page.limit"),
                response.jsonPath().getString("page.nextCursor"), response.jsonPath().getString("page.prevCursor"),
                links(response), response.header("ETag"));
    }

    /** The Link header's targets by relation type. */
    public static Map<String, String> links(Response response) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String header : response.headers().getValues("Link")) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }

    /** Every page from the first, following page.nextCursor until it is null. */
    public static List<Page> forward(String path, Map<String, ?> params, String keyPath) {
        List<Page> pages = new ArrayList<>();
        Page page = fetch(path, params, null, keyPath);
        pages.add(page);
        assertNull(page.prevCursor(), "the first page has no prevCursor");
        while (page.nextCursor() != null) {
            guard(pages);
            page = fetch(path, params, page.nextCursor(), keyPath);
            pages.add(page);
        }
        return pages;
    }

    /** Every page from the first, following the Link header's rel="next" until there is none. */
    public static List<Page> forwardByLinks(String path, Map<String, ?> params, String keyPath) {
        List<Page> pages = new ArrayList<>();
        Page page = fetch(path, params, null, keyPath);
        pages.add(page);
        while (page.links().containsKey("next")) {
            guard(pages);
            page = fetchUrl(page.links().get("next"), keyPath);
            pages.add(page);
        }
        return pages;
    }

    /** From {@code last} back to the first page, following page.prevCursor; returned in the order walked. */
    public static List<Page> backward(String path, Map<String, ?> params, Page last, String keyPath) {
        List<Page> pages = new ArrayList<>();
        Page page = last;
        while (page.prevCursor() != null) {
            guard(pages);
            page = fetch(path, params, page.prevCursor(), keyPath);
            assertNotNull(page.nextCursor(), "a page reached by walking back has a next page");
            pages.add(page);
        }
        return pages;
    }

    /** The keys of all pages, in order. */
    public static List<String> keys(List<Page> pages) {
        return pages.stream().flatMap(p -> p.keys().stream()).toList();
    }

    /**
     * Walks forward with {@code limit}, checks the page shapes (full pages but the last, cursors null only at the
     * ends, no item twice), walks back from the last page and checks it yields the same pages in reverse; returns
     * the keys in order.
     */
    public static List<String> walkBothWays(String path, Map<String, ?> params, int limit, String keyPath) {
        Map<String, Object> withLimit = new LinkedHashMap<>(params);
        withLimit.put("limit", limit);
        List<Page> pages = forward(path, withLimit, keyPath);
        assertShapes(pages, limit);
        List<String> keys = keys(pages);
        assertUnique(keys);

        List<Page> back = backward(path, withLimit, pages.get(pages.size() - 1), keyPath);
        assertEquals(pages.size() - 1, back.size(), "walking back visits every earlier page");
        List<List<String>> forwardKeys = pages.subList(0, pages.size() - 1).stream().map(Page::keys).toList();
        List<List<String>> backKeys = new ArrayList<>(back.stream().map(Page::keys).toList());
        Collections.reverse(backKeys);
        assertEquals(forwardKeys, backKeys, "walking back gives the same pages in reverse");
        if (!back.isEmpty()) {
            assertNull(back.get(back.size() - 1).prevCursor(), "back at the first page there is no prevCursor");
        }
        return keys;
    }

    public static void assertShapes(List<Page> pages, int limit) {
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            boolean last = i == pages.size() - 1;
            assertEquals(limit, page.limit(), "page.limit echoes the limit");
            if (last) {
                assertTrue(page.keys().size() <= limit, "the last page holds at most limit items");
                assertNull(page.nextCursor(), "the last page has no nextCursor");
                assertTrue(!page.links().containsKey("next"), "the last page has no Link rel=next");
            } else {
                assertEquals(limit, page.keys().size(), "page " + (i + 1) + " is full");
                assertNotNull(page.nextCursor());
                assertTrue(page.links().containsKey("next"), "page " + (i + 1) + " has a Link rel=next");
            }
            if (i == 0) {
                assertNull(page.prevCursor());
                assertTrue(!page.links().containsKey("prev"), "the first page has no Link rel=prev");
            } else {
                assertNotNull(page.prevCursor(), "page " + (i + 1) + " has a prevCursor");
                assertTrue(page.links().containsKey("prev"), "page " + (i + 1) + " has a Link rel=prev");
            }
        }
    }

    public static void assertUnique(List<String> keys) {
        if (new HashSet<>(keys).size() != keys.size()) {
            List<String> seen = new ArrayList<>();
            List<String> twice = keys.stream().filter(k -> seen.contains(k) || !seen.add(k)).toList();
            fail("items appear more than once: " + twice);
        }
    }

    private static void guard(List<Page> pages) {
        if (pages.size() > MAX_PAGES) {
            fail("more than " + MAX_PAGES + " pages: the cursor does not advance");
        }
    }
}
