package org.evidenceapi.caching;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.operations.RequestIds;

/**
 * Answers an anonymous GET from the {@link PublicResponseCache} on the I/O thread when a current answer is kept:
 * same status, headers and bytes as the resource gave, 304 when If-None-Match names its tag. Anything else goes
 * on to the resources, noting what {@link PublicResponseRecorder} may keep; a request for an answer already being
 * made waits for it ({@link AnswersInFlight}). A client's {@code Cache-Control:
 * no-cache} asks caches to check with the origin (RFC 9111 5.2.1.4): this cache is the origin's own and knows of
 * every change, so what it holds is what the origin would answer, and it answers. Runs after the CORS and security
 * filters, so preflights, CORS and security headers are as for any request.
 */
@ApplicationScoped
public class PublicResponseFilter {
    /** Below Quarkus' CORS (300), authentication (200) and authorization (100) filters. */
    static final int PRIORITY = 50;
    static final String PENDING = PublicResponseFilter.class.getName() + ".pending";
    /** Where Quarkus REST leaves the route template the request metrics are tagged with. */
    private static final String TEMPLATE = "UrlPathTemplate";

    @Inject
    PublicResponseCache cache;
    @Inject
    ContentVersion version;
    @Inject
    EvidenceConfig config;

    private final AnswersInFlight inFlight = new AnswersInFlight();

    /** A request that may be kept once answered: under this key, made from this version. */
    record Pending(PublicResponseKey key, long version) {
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        long current = version.current();
        if (!config.cache().enabled() || !isCacheable(request) || current == ContentVersion.UNKNOWN) {
            context.next();
            return;
        }
        PublicResponseKey key = PublicResponseKey.of(request);
        PublicResponse kept = cache.find(key);
        if (kept != null) {
            replay(request, context.response(), kept);
            return;
        }
        Context own = ((HttpServerRequestInternal) request).context();
        if (inFlight.make(key, () -> own.runOnContext(ignored -> resume(context, key)))) {
            context.addEndHandler(ended -> inFlight.made(key));
            context.put(PENDING, new Pending(key, current));
            context.next();
        }
    }

    /** After the request making the answer ended: its answer if it was kept and is current, else the resources. */
    private void resume(RoutingContext context, PublicResponseKey key) {
        if (context.response().closed()) {
            return;
        }
        PublicResponse made = cache.find(key);
        if (made != null) {
            replay(context.request(), context.response(), made);
        } else {
            context.put(PENDING, new Pending(key, version.current()));
            context.next();
        }
    }

    /** Anonymous API reads. */
    private static boolean isCacheable(HttpServerRequest request) {
        return request.method() == HttpMethod.GET && request.path().startsWith(ApiPaths.V1 + "/")
                && !request.headers().contains(HttpHeaders.AUTHORIZATION);
    }

    private static void replay(HttpServerRequest request, HttpServerResponse response, PublicResponse kept) {
        ((HttpServerRequestInternal) request).context().putLocal(TEMPLATE, kept.template());
        kept.headers().forEach(header -> response.headers().add(header.getKey(), header.getValue()));
        response.putHeader(RequestIds.HEADER, RequestIds.idFor(request.getHeader(RequestIds.HEADER)));
        if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), kept.entityTag())) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
        } else {
            response.end(kept.body());
        }
    }

    static String templateOf(HttpServerRequest request) {
        return ((HttpServerRequestInternal) request).context().getLocal(TEMPLATE);
    }
}
