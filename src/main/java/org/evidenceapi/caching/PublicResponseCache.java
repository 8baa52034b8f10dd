package org.evidenceapi.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * A shared cache inside the service, like a CDN in front of it but aware of every write: anonymous answers to
 * {@link VersionedContent} reads, each valid for the content version it was made from. A write moves the version,
 * so the next request is answered afresh; entries also expire after the public max-age, which bounds the one race
 * left (a revision committing after a later one on another instance). Bounded by the bytes it holds.
 */
@ApplicationScoped
public class PublicResponseCache {
    static final String NAME = "public-responses";

    @Inject
    EvidenceConfig config;
    @Inject
    MeterRegistry metrics;

    private final StatsCounter stats = new ConcurrentStatsCounter();
    private Cache<PublicResponseKey, PublicResponse> responses;

    @PostConstruct
    void create() {
        responses = Caffeine.newBuilder()
                .maximumWeight(config.cache().responses().maxBytes().asLongValue())
                .weigher((PublicResponseKey key, PublicResponse response) -> response.weight())
                .expireAfterWrite(Duration.ofSeconds(config.cache().maxAge()))
                .recordStats(() -> stats)
                .build();
        CaffeineCacheMetrics.monitor(metrics, responses, NAME);
    }

    /** The answer kept for {@code key} if it was made from {@code version}, else null. */
    PublicResponse find(PublicResponseKey key, long version) {
        PublicResponse kept = responses.asMap().get(key);
        if (kept == null || kept.version() != version) {
            stats.recordMisses(1);
            return null;
        }
        stats.recordHits(1);
        return kept;
    }

    /** Whether the answer kept for {@code key} is the one made from {@code version} with tag {@code entityTag}. */
    boolean holds(PublicResponseKey key, long version, String entityTag) {
        PublicResponse kept = responses.asMap().get(key);
        return kept != null && kept.version() == version && kept.entityTag().equals(entityTag);
    }

    void keep(PublicResponseKey key, PublicResponse response) {
        responses.asMap().merge(key, response, (old, made) -> made.version() >= old.version() ? made : old);
    }
}
