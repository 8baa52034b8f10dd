package org.evidenceapi.common.config;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every evidence.* setting, with its default: the one place to look one up (environment variables are the names
 * upper-cased, EVIDENCE_CACHE_MAX_AGE). An evidence.* property that maps to none of these fails the start, so a
 * misspelt one is not silently ignored. The settings that only feed Quarkus' own (the database's, CORS) get their
 * values in application.properties, next to the Quarkus settings built from them: some are read at build time.
 * <p>
 * Safe at static init, where Quarkus REST creates its filters (caching/CachePolicy): the sources it reads there
 * (application.properties, environment variables, system properties) are the ones it is read from at run time.
 */
@StaticInitSafe
@ConfigMapping(prefix = "evidence")
public interface EvidenceConfig {
    /** Bodies over this get a 413 problem, on every route but a LargeBodyRoute. */
    @WithDefault("1M")
    ConfiguredSize maxBodySize();

    Cache cache();

    @WithName("import")
    Import batchImport();

    Comments comments();

    Integrity integrity();

    DemoContent demoContent();

    Health health();

    PublishGate publishGate();

    RetractionWatch retractionWatch();

    Search search();

    Changes changes();

    Webhooks webhooks();

    /** The database kind the build is for, h2 (unset) or postgresql; fixed at build time. */
    Optional<String> dbKind();

    /** The oldest server version the build supports, per database kind. */
    Map<String, String> dbVersion();

    /** Folder of the embedded H2 database. */
    Path dataDir();

    /** The suite's database (.ci/run runs it on PostgreSQL); unset, an in-memory H2. */
    TestDatabase test();

    Cors cors();

    interface Cache {
        /**
         * The in-process caches (anonymous answers, article documents); off, every read goes through the resources
         * to the database, e.g. to measure what that costs.
         */
        @WithDefault("true")
        boolean enabled();

        /** Seconds shared caches may serve a public read; also the lifetime of the in-process caches' entries. */
        @WithDefault("60")
        int maxAge();

        /** Seconds a stale public read may be served while revalidating. */
        @WithDefault("300")
        int staleWhileRevalidate();

        /** How often the content version is re-read for other instances' commits. */
        @WithDefault("1s")
        Duration versionRefresh();

        Responses responses();

        Documents documents();

        interface Responses {
            /** Heap for the anonymous answers kept in process (caching/PublicResponseCache). */
            @WithDefault("32M")
            MemorySize maxBytes();
        }

        interface Documents {
            /**
             * Heap for the article documents kept in process (article/ArticleDocuments), each a view and its JSON,
             * weighed as twice the JSON's size. Anonymous reads are mostly answered by the response cache in front.
             */
            @WithDefault("8M")
            MemorySize maxBytes();
        }
    }

    interface Import {
        /** Documents one batch import may hold; the body size limit applies to the batch as a whole. */
        @WithDefault("100")
        int maxBatchDocuments();
    }

    interface Comments {
        RateLimit rateLimit();

        /** Posts one client address may make per period. */
        interface RateLimit {
            @WithDefault("5")
            int posts();

            @WithDefault("PT10M")
            Duration period();
        }
    }

    interface Integrity {
        /** Links to these hosts (and their subdomains; "name.*" covers every domain of that name) are errors. */
        @WithDefault("sci-hub.*,libgen.*,gen.lib.rus.ec,library.lol,annas-archive.*,z-lib.*,z-library.*,zlibrary.*,"
                + "1lib.*,b-ok.*,booksc.*,bookfi.*")
        List<String> shadowLibraryHosts();
    }

    interface DemoContent {
        /** Load the seed article on the first start of an empty database. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Health {
        /** Readiness asks the database at most this often. */
        @WithDefault("PT5S")
        Duration databaseProbeInterval();
    }

    interface PublishGate {
        /** Refuse to publish an article whose integrity report has ERROR findings, unless an admin overrides. */
        @WithDefault("true")
        boolean enabled();
    }

    interface RetractionWatch {
        /** The Retraction Watch upload's own body limit, above the service's. */
        @WithDefault("200M")
        ConfiguredSize maxUploadSize();
    }

    interface Changes {
        /**
         * How long the changes feed keeps the tombstone of a deleted resource. A client whose token is older than
         * the oldest tombstone purged gets a 410 and syncs from scratch.
         */
        @WithDefault("P30D")
        Duration tombstoneRetention();

        /** How often tombstones past their retention are purged. */
        @WithDefault("1h")
        Duration purgeEvery();
    }

    interface Search {
        /** Characters in the longest query accepted. */
        @WithDefault("200")
        int maxQueryLength();

        /** Folder of the embedded (H2) build's Lucene index, next to the database; empty keeps it in memory. */
        @WithDefault("${evidence.data-dir}/search-index")
        Optional<Path> indexDirectory();
    }

    interface Webhooks {
        /** Accept http:// targets; production keeps https only. */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * Accept targets on loopback, link-local, private (site-local, fc00::/7), wildcard and multicast addresses:
         * the SSRF guard, checked at registration and again before every send.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Longest wait for a receiver to accept the connection. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Longest wait for a receiver's answer, after which the attempt counts as failed. */
        @WithDefault("5s")
        Duration requestTimeout();

        /** Send deliveries from this instance; false leaves them to the other instances. */
        @WithDefault("true")
        boolean dispatch();

        /** How often this instance looks for due deliveries. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Deliveries claimed, and sent side by side, per poll. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claim holds a delivery; a dispatcher that has not recorded the outcome by then is taken for
         * dead and the delivery is sent again. Must exceed the connect and request timeouts together.
         */
        @WithDefault("60s")
        Duration lease();

        /** The first retry waits up to this long; each further one up to twice as long, never beyond the cap. */
        @WithDefault("10s")
        Duration retryBase();

        @WithDefault("6h")
        Duration retryCap();

        /** Attempts before a delivery is given up as FAILED. */
        @WithDefault("10")
        int maxAttempts();

        /** Failed attempts in a row, over all its deliveries, after which an endpoint is disabled. */
        @WithDefault("20")
        int disableAfterFailures();
    }

    interface TestDatabase {
        Optional<String> jdbcUrl();

        Optional<String> dbUser();

        Optional<String> dbPassword();
    }

    interface Cors {
        /** Comma-separated origins (or /regex/) browsers may call from; none by default. */
        Optional<String> origins();
    }
}
