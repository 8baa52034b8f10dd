package org.evidenceapi.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagVersionsTest {
    private final TagVersions tags = new TagVersions();

    @Test
    void anEntryIsStaleOnlyWhenALaterChangeNamedOneOfItsTags() {
        tags.record(5, List.of("article:a", "articles"), 0);
        assertFalse(tags.isCurrent(4, List.of("article:a")), "made before the change to a");
        assertTrue(tags.isCurrent(5, List.of("article:a")), "made from the change itself");
        assertTrue(tags.isCurrent(4, List.of("article:b")), "b was not changed");
        assertFalse(tags.isCurrent(4, List.of("article:b", "articles")), "one stale tag is enough");
    }

    @Test
    void anEarlierChangeLearntLateDoesNotHideALaterOne() {
        tags.record(9, List.of("article:a"), 0);
        tags.record(7, List.of("article:a"), 0);
        assertFalse(tags.isCurrent(8, List.of("article:a")));
    }

    @Test
    void aChangeNamingEverythingMakesAllOlderEntriesStale() {
        tags.record(3, List.of(TagVersions.EVERYTHING), 0);
        assertFalse(tags.isCurrent(2, List.of("article:b")));
        assertTrue(tags.isCurrent(3, List.of("article:b")));
        assertEquals(0, tags.size(), "nothing to remember per tag");
    }

    @Test
    void forgettingATagKeepsWhatItMadeStaleStale() {
        tags.record(5, List.of("article:a"), 100);
        tags.record(6, List.of("article:b"), 300);
        tags.forget(200);
        assertEquals(1, tags.size());
        assertFalse(tags.isCurrent(4, List.of("article:a")), "the floor stands in for the forgotten change");
        assertFalse(tags.isCurrent(5, List.of("article:b")), "b's change is still known");
        assertTrue(tags.isCurrent(6, List.of("article:a", "article:b")));
    }
}
