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
 * response is tagged by its path: {@code /articles/{key}/claims} with {@code article:{key}}, a list with its
 * collection. A change names the tags of every resource it changed, directly or through what they
 * contain ({@link ChangeImpact}), by id and by slug, old and new, and the collections they are listed in: so a
 * purge by those tags drops exactly the pages that can show what changed.
 */
public final class CacheTags {
    /** Search answers show articles and claims, found by any of their words: every such change drops them. */
    static final String SEARCH = "search";

    private CacheTags() {
    }

    /**
     * The tags of a response to a GET of {@code path} (below /api/v1), in path order. What a path shows below a
     * resource (an article's claims, its bibliography) is part of that resource, which every change to it names,
     * so it carries the resource's tag and not that of the whole collection.
     */
    public static Set<String> ofPath(String path) {
        Set<String> tags = new LinkedHashSet<>();
        String[] segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        boolean belowResource = false;
        for (int i = 0; i < segments.length; i++) {
            Optional<ResourceType> type = collection(segments[i]);
            if (type.isPresent() && i + 1 < segments.length) {
                tags.add(type.get().tag(segments[++i]));
                belowResource = true;
            } else if (!belowResource && (type.isPresent() || segments[i].equals(SEARCH))) {
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
            addNames(tags, new ResourceKey(type, resource.id()), resource.slug(), before);
            if (type == ResourceType.ARTICLE || type == ResourceType.CLAIM) {
                tags.add(SEARCH);
            }
        }
        return tags;
    }

    /**
     * What the change makes stale in the in-process caches, which also keep what editors read: the public tags,
     * and every resource it touched, drafts included, by id and by slug, old and new.
     */
    static Set<String> staleInProcess(Set<String> publicTags, Set<ResourceKey> keys,
            Map<ResourceKey, PublicState.State> now, Map<ResourceKey, ChangeLog.Entry> before) {
        Set<String> tags = new TreeSet<>(publicTags);
        for (ResourceKey key : keys) {
            PublicState.State state = now.get(key);
            addNames(tags, key, state == null ? null : state.slug(), before);
        }
        return tags;
    }

    /** A resource's tags by id and by slug, the one it has and the one it had. */
    private static void addNames(Set<String> tags, ResourceKey key, String slug, Map<ResourceKey, ChangeLog.Entry> before) {
        tags.add(key.type().tag(key.id()));
        if (slug != null) {
            tags.add(key.type().tag(slug));
        }
        ChangeLog.Entry earlier = before.get(key);
        if (earlier != null && earlier.slug() != null) {
            tags.add(key.type().tag(earlier.slug()));
        }
    }

    private static Optional<ResourceType> collection(String segment) {
        return Arrays.stream(ResourceType.values()).filter(t -> t.collection().equals(segment)).findFirst();
    }
}
