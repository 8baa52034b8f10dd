package org.evidenceapi.changes;

import org.evidenceapi.common.persistence.Jdbc;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whether resources are there for readers without a token, read as a change commits: an article when published,
 * a claim when its article is, anything else while it exists. A resource absent from the answer is gone.
 */
final class PublicState {
    record State(String slug, boolean visible) {
    }

    private static final Map<ResourceType, String> QUERIES = new EnumMap<>(Map.of(
            ResourceType.ARTICLE, "select id, slug, status = 'PUBLISHED' from article where id in (%s)",
            ResourceType.CLAIM, "select c.id, null, a.status = 'PUBLISHED' from claim c join article a"
                    + " on a.id = c.article_id where c.id in (%s)",
            ResourceType.STUDY, "select id, null, true from study_summary where id in (%s)",
            ResourceType.REFERENCE, "select id, null, true from bib_reference where id in (%s)",
            ResourceType.AUTHOR, "select id, slug, true from author where id in (%s)",
            ResourceType.TOPIC, "select id, slug, true from topic where id in (%s)"));

    private PublicState() {
    }

    static Map<ResourceKey, State> of(Jdbc jdbc, Set<ResourceKey> keys) {
        Map<ResourceKey, State> states = new HashMap<>();
        byType(keys).forEach((type, ids) -> jdbc.queryIn(QUERIES.get(type), ids, row -> {
            states.put(new ResourceKey(type, row.getObject(1, UUID.class)),
                    new State(row.getString(2), row.getBoolean(3)));
            return null;
        }));
        return states;
    }

    static Map<ResourceType, List<UUID>> byType(Set<ResourceKey> keys) {
        return keys.stream().collect(Collectors.groupingBy(ResourceKey::type,
                () -> new EnumMap<>(ResourceType.class), Collectors.mapping(ResourceKey::id, Collectors.toList())));
    }
}
