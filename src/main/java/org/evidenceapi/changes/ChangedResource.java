package org.evidenceapi.changes;

import java.util.UUID;

/**
 * One resource a committed transaction changed, directly or through what it contains (an article naming a renamed
 * author), as anonymous readers see it afterwards. {@code slug} is null for kinds without one.
 */
public record ChangedResource(ResourceType type, UUID id, String slug, ChangeOperation operation) {
    /** The webhook event it makes: {@code article.upsert}, {@code claim.delete}, ... */
    public String event() {
        return type.name().toLowerCase() + "." + operation.name().toLowerCase();
    }

    /** Where it is read, under /api/v1. */
    public String path() {
        return "/" + type.collection() + "/" + (slug != null ? slug : id);
    }
}
