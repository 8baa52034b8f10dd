package org.evidenceapi.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.caching.CacheTag;

/** The kinds of public content the changes feed, webhooks and cache tags speak of, with the path each is read at. */
@Schema(description = "The kind of resource a change is about.")
public enum ResourceType {
    ARTICLE("articles"), CLAIM("claims"), STUDY("studies"), REFERENCE("references"), AUTHOR("authors"),
    TOPIC("topics");

    private final String collection;

    ResourceType(String collection) {
        this.collection = collection;
    }

    /** The collection's path segment under /api/v1, also the cache tag of its list pages. */
    public String collection() {
        return collection;
    }

    /** The cache tag of one resource of this kind: {@code reference:0190...}. */
    public String tag(Object id) {
        return CacheTag.of(name().toLowerCase(), id);
    }
}
