package org.evidenceapi.caching;

/** How a cache tag names one resource: its kind, a colon, and its id or slug ({@code article:vitamin-d}). */
public final class CacheTag {
    private CacheTag() {
    }

    public static String of(String kind, Object key) {
        return kind + ":" + key;
    }
}
