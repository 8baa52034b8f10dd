package org.evidenceapi.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.evidenceapi.caching.ContentVersion;

/** Notes the content version each time the index is told of a commit. */
@ApplicationScoped
public class VersionWhileIndexing {
    private final AtomicLong last = new AtomicLong(Long.MAX_VALUE);
    @Inject
    ContentVersion version;

    long last() {
        return last.get();
    }

    void indexing(@Observes SearchChanges changes) {
        last.set(version.current());
    }
}
