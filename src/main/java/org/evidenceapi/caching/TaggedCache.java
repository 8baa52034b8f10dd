package org.evidenceapi.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * An in-process cache of what was made from the content: each entry carries the content version it was made from
 * and the cache tags of what it shows, and is found only while {@link ContentVersion} says no later change named
 * one of them. Entries also expire after the public max-age. Hits and misses are counted as Micrometer's
 * {@code cache_gets_total} under the cache's name (an entry found stale is a miss).
 */
public final class TaggedCache<K, V extends TaggedCache.Entry> {
    /** What an entry tells about itself. */
    public interface Entry {
        /** The content version it was made from: {@link ContentVersion#current()} before the read that made it. */
        long version();

        /** The cache tags of what it shows; none: it may show anything, and any change makes it stale. */
        Set<String> tags();
    }

    private final ContentVersion version;
    private final StatsCounter stats = new ConcurrentStatsCounter();
    private final Cache<K, V> entries;

    /** {@code bounds} limits the size; the expiry and the statistics are set here. */
    public TaggedCache(String name, Caffeine<? super K, ? super V> bounds, Duration maxAge, ContentVersion version,
            MeterRegistry metrics) {
        this.version = version;
        this.entries = bounds.expireAfterWrite(maxAge).recordStats(() -> stats).<K, V>build();
        CaffeineCacheMetrics.monitor(metrics, entries, name);
    }

    /** The entry kept for {@code key} if nothing it shows has changed since it was made, else null. */
    public V find(K key) {
        V kept = entries.asMap().get(key);
        if (kept == null || !version.isCurrent(kept.version(), kept.tags())) {
            stats.recordMisses(1);
            return null;
        }
        stats.recordHits(1);
        return kept;
    }

    /**
     * The current entry for {@code key}, made by {@code make} from the version it is given if none is kept. Callers
     * asking for the same key meanwhile wait for that one entry instead of each making their own: after a change,
     * a popular entry is made once, not once per request in flight.
     */
    public V get(K key, LongFunction<V> make) {
        V kept = find(key);
        return kept != null ? kept : entries.asMap().compute(key, (k, old) ->
                old != null && version.isCurrent(old.version(), old.tags()) ? old : make.apply(version.current()));
    }

    /** Keeps {@code made} unless what is kept already was made from a later version. */
    public void keep(K key, V made) {
        entries.asMap().merge(key, made, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
