package org.evidenceapi.caching;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidenceapi.caching.PublicResponseFilter.Pending;
import org.evidenceapi.operations.RequestIds;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the anonymous 200 answers of {@link VersionedContent} reads that say any cache may keep them (public
 * Cache-Control, a strong ETag, Vary on nothing but Accept and Authorization). Response filters run in descending
 * priority, so this one, below the others, sees the final headers and the bytes the ETag was computed from.
 */
public class PublicResponseRecorder {
    private static final Set<String> EXCHANGE_HEADERS = Set.of(RequestIds.HEADER.toLowerCase(), "content-length",
            "date", "connection");
    private static final Set<String> VARY_KEYED = Set.of("accept", "authorization", "accept-encoding");

    @Inject
    CurrentVertxRequest current;
    @Inject
    PublicResponseCache cache;

    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void record(ContainerResponseContext response, ResourceInfo resource) {
        RoutingContext context = current.getCurrent();
        Pending pending = context == null ? null : context.get(PublicResponseFilter.PENDING);
        if (pending == null || response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)
                || !isVersioned(resource) || !mayBeKept(response)) {
            return;
        }
        List<Map.Entry<String, String>> headers = response.getStringHeaders().entrySet().stream()
                .filter(header -> !EXCHANGE_HEADERS.contains(header.getKey().toLowerCase()))
                .flatMap(header -> header.getValue().stream().map(value -> Map.entry(header.getKey(), value)))
                .toList();
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        String template = PublicResponseFilter.templateOf(context.request());
        // the body's own bytes, wrapped, not copied, and never released: every hit writes them again
        cache.keep(pending.key(), new PublicResponse(pending.version(), tagsOf(response), tag, template, headers,
                Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body)))));
    }

    /** The cache tags the answer names for CDNs: the same that a change names when it makes the answer stale. */
    private static Set<String> tagsOf(ContainerResponseContext response) {
        String named = response.getHeaderString(CachePolicy.SURROGATE_KEY);
        return named == null || named.isBlank() ? Set.of() : Set.of(named.trim().split(" +"));
    }

    private static boolean isVersioned(ResourceInfo resource) {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(VersionedContent.class)
                || resource.getResourceClass().isAnnotationPresent(VersionedContent.class));
    }

    private static boolean mayBeKept(ContainerResponseContext response) {
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        String vary = response.getHeaderString(HttpHeaders.VARY);
        return cacheControl != null && cacheControl.startsWith("public") && tag != null && !tag.startsWith("W/")
                && response.getHeaderString("Set-Cookie") == null
                && (vary == null || Set.of(vary.toLowerCase().split("\\s*,\\s*")).stream().allMatch(VARY_KEYED::contains));
    }
}
