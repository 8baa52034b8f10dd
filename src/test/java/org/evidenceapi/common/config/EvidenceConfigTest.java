package org.evidenceapi.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The defaults README documents, as the shipped application.properties and EvidenceConfig give them. */
@Tag("unit")
class EvidenceConfigTest {
    private static SmallRyeConfig shipped;
    private static EvidenceConfig config;

    @BeforeAll
    static void load() throws IOException {
        shipped = configuration(Map.of());
        config = shipped.getConfigMapping(EvidenceConfig.class);
    }

    private static SmallRyeConfig configuration(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        EvidenceConfigTest.class.getClassLoader().getResource("application.properties"), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .addDefaultInterceptors()
                .withMapping(EvidenceConfig.class)
                .build();
    }

    /** The names README documents for the environment. */
    @Test
    void environmentVariablesOverrideTheDefaults() throws IOException {
        EvidenceConfig set = configuration(Map.of("EVIDENCE_CACHE_MAX_AGE", "5", "EVIDENCE_MAX_BODY_SIZE", "512K",
                "EVIDENCE_COMMENTS_RATE_LIMIT_POSTS", "7")).getConfigMapping(EvidenceConfig.class);
        assertEquals(5, set.cache().maxAge());
        assertEquals("512K", set.maxBodySize().shown());
        assertEquals(512 * 1024, set.maxBodySize().bytes().asLongValue());
        assertEquals(7, set.comments().rateLimit().posts());
    }

    @Test
    void requestLimits() {
        assertEquals("1M", config.maxBodySize().shown());
        assertEquals(1024 * 1024, config.maxBodySize().bytes().asLongValue());
        assertEquals("200M", config.retractionWatch().maxUploadSize().shown());
        assertEquals(100, config.batchImport().maxBatchDocuments());
        assertEquals(200, config.search().maxQueryLength());
    }

    @Test
    void caching() {
        assertEquals(60, config.cache().maxAge());
        assertEquals(300, config.cache().staleWhileRevalidate());
        assertEquals(Duration.ofSeconds(1), config.cache().versionRefresh());
        assertEquals(32L * 1024 * 1024, config.cache().responses().maxBytes().asLongValue());
        assertEquals(8L * 1024 * 1024, config.cache().documents().maxBytes().asLongValue());
        assertTrue(config.cache().enabled());
    }


    @Test
    void behaviour() {
        assertEquals(5, config.comments().rateLimit().posts());
        assertEquals(Duration.ofMinutes(10), config.comments().rateLimit().period());
        assertEquals(Duration.ofSeconds(5), config.health().databaseProbeInterval());
        assertTrue(config.publishGate().enabled());
        assertTrue(config.demoContent().enabled());
        assertTrue(config.integrity().shadowLibraryHosts().containsAll(List.of("sci-hub.*", "bookfi.*")));
        assertEquals(12, config.integrity().shadowLibraryHosts().size());
    }

    /** Production keeps webhooks to public https targets, with short timeouts and the README's retry rule. */
    @Test
    void webhooks() {
        EvidenceConfig.Webhooks webhooks = config.webhooks();
        assertTrue(!webhooks.allowHttp() && !webhooks.allowPrivateTargets());
        assertEquals(Duration.ofSeconds(2), webhooks.connectTimeout());
        assertEquals(Duration.ofSeconds(5), webhooks.requestTimeout());
        assertEquals(Duration.ofSeconds(10), webhooks.retryBase());
        assertEquals(Duration.ofHours(6), webhooks.retryCap());
        assertEquals(10, webhooks.maxAttempts());
        assertEquals(20, webhooks.disableAfterFailures());
        assertTrue(webhooks.dispatch());
        assertEquals(Duration.ofSeconds(1), webhooks.pollInterval());
        assertEquals(20, webhooks.batchSize());
        assertEquals(Duration.ofSeconds(60), webhooks.lease());
    }

    @Test
    void theSearchIndexLivesNextToTheDatabase() {
        assertEquals(Optional.of(Path.of("./data/search-index")), config.search().indexDirectory());
    }
}
