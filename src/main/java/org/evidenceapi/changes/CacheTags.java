package org.evidenceapi.changes;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cache tags, for CDNs that purge by tag (Fastly's Surrogate-Key, Cloudflare's and Akamai's Cache-Tag). A public
 * response is tagged by its path: {@code /articles/{key}/claims} with {@code article:{key}} and {@code claims}, a
 * list with its collection. A change names the tags of every resource it changed, directly or through what they
 * contain ({@link ChangeImpact}), by id and by slug, old and new, and the collections they are listed in: so a
 * purge by those tags drops exactly the pages that can show what changed.
 */
public final class CacheTags {
    /** Search answers show articles and claims, found by any of their words: every such change drops them. */
    static final String SEARCH = "search";

    private CacheTags() {
    }

    /** The tags of a response to a GET of {@code path} (below /api/v1), in path order. */
    public static Set<String> ofPath(String path) {
        Set<String> tags = new LinkedHashSet<>();
        String[] segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        for (int i = 0; i < segments.length; i++) {
            Optional<ResourceType> type = collection(segments[i]);
            if (type.isPresent() && i + 1 < segments.length) {
                tags.add(type.get().tag(segments[++i]));
            } else if (type.isPresent() || segments[i].equals(SEARCH)) {
                tags.add(segments[i]);
            }
        }
        return tags;
    }

    /** The tags {@code resources} make stale; {@code before} holds their slugs before the change. */
    static Set<String> invalidatedBy(Collection<ChangedResource> resources, Map<ResourceKey, ChangeLog.Entry> before) {
        Set<String> tags = new TreeSet<>();
        for (ChangedResource resource : resources) {
            ResourceType type = resource.type();
            tags.add(type.collection());
            tags.add(type.tag(resource.id()));
            if (resource.slug() != null) {
                tags.add(type.tag(resource.slug()));
            }
            ChangeLog.Entry earlier = before.get(new ResourceKey(type, resource.id()));
            if (earlier != null && earlier.slug() != null) {
                tags.add(type.tag(earlier.slug()));
            }
            if (type == ResourceType.ARTICLE || type == ResourceType.CLAIM) {
                tags.add(SEARCH);
            }
        }
        return tags;
    }

    private static Optional<ResourceType> collection(String segment) {
        return Arrays.stream(ResourceType.values()).filter(t -> t.collection().equals(segment)).findFirst();
    }
}
