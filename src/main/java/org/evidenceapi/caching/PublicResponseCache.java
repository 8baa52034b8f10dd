package org.evidenceapi.caching;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * A shared cache inside the service, like a CDN in front of it but aware of every write: anonymous answers to
 * {@link VersionedContent} reads, each kept until a change names one of the cache tags it carries, so a write
 * drops the pages that show what it changed and no others. Bounded by the bytes it holds.
 */
@ApplicationScoped
public class PublicResponseCache {
    static final String NAME = "public-responses";

    @Inject
    EvidenceConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    ContentVersion version;

    private TaggedCache<PublicResponseKey, PublicResponse> responses;

    @PostConstruct
    void create() {
        responses = new TaggedCache<>(NAME, Caffeine.newBuilder()
                .maximumWeight(config.cache().responses().maxBytes().asLongValue())
                .weigher((PublicResponseKey key, PublicResponse response) -> response.weight()),
                Duration.ofSeconds(config.cache().maxAge()), version, metrics);
    }

    /** The answer kept for {@code key} if nothing it shows has changed since it was made, else null. */
    PublicResponse find(PublicResponseKey key) {
        return responses.find(key);
    }

    void keep(PublicResponseKey key, PublicResponse response) {
        responses.keep(key, response);
    }
}
