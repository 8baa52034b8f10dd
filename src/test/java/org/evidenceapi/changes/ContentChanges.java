package org.evidenceapi.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The {@link ContentChanged} events fired while a test runs, without their connection. */
@ApplicationScoped
public class ContentChanges {
    record Seen(long sequence, List<ChangedResource> resources, List<String> cacheTags) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ContentChanged change) {
        seen.add(new Seen(change.sequence(), change.resources(), change.cacheTags()));
    }

    /** The events fired while {@code action} ran. */
    List<Seen> during(Runnable action) {
        int from = seen.size();
        action.run();
        return List.copyOf(seen.subList(from, seen.size()));
    }
}
