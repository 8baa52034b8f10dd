package org.evidenceapi.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * A body over its route's limit is refused before any resource runs, with a problem detail (Quarkus' own
 * refusal has an empty body). A declared Content-Length is checked at once; a chunked body is read here, up to
 * the limit, so that one that outgrows it is refused the same way.
 * <p>
 * Every route takes evidence.max-body-size, except the few {@link LargeBodyRoute}s with a limit of their own,
 * whose bodies are streamed rather than read here, so the resource holds them to it ({@link BoundedBody}).
 * Quarkus' limit (quarkus.http.limits.max-body-size) is only the ceiling above all of them, checked at start.
 */
@ApplicationScoped
class BodySizeLimit {
    /** Quarkus' own body limit handler runs at this order (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    private static final int AFTER_QUARKUS_LIMIT = -1;
    /** Where Quarkus leaves its limit for the input stream of a chunked body, which then ends with an empty 413. */
    private static final String QUARKUS_STREAM_LIMIT = "io.quarkus.max-request-size";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize ceiling;
    @Inject
    EvidenceConfig config;
    @Inject
    Instance<LargeBodyRoute> largeRoutes;
    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        List<LargeBodyRoute> large = largeRoutes.stream().toList();
        checkCeiling(large);
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(config.maxBodySize().bytes().asLongValue());
        router.route().order(Integer.MIN_VALUE).handler(context -> check(context, chunked, large))
                .failureHandler(this::failed);
        router.route().order(AFTER_QUARKUS_LIMIT).handler(context -> {
            if (largeRoute(context, large) != null) {
                context.remove(QUARKUS_STREAM_LIMIT);
            }
            context.next();
        });
    }

    /** A limit above Quarkus' ceiling would be cut at the ceiling with an empty 413: refuse to start instead. */
    private void checkCeiling(List<LargeBodyRoute> large) {
        if (config.maxBodySize().bytes().asLongValue() > ceiling.asLongValue()) {
            throw new IllegalStateException("evidence.max-body-size exceeds quarkus.http.limits.max-body-size");
        }
        large.stream().filter(route -> route.limit().asLongValue() > ceiling.asLongValue()).findFirst()
                .ifPresent(route -> {
                    throw new IllegalStateException(route.setting() + " exceeds quarkus.http.limits.max-body-size");
                });
    }

    private void check(RoutingContext context, BodyHandler chunked, List<LargeBodyRoute> large) {
        LargeBodyRoute route = largeRoute(context, large);
        long routeLimit = route == null ? config.maxBodySize().bytes().asLongValue() : route.limit().asLongValue();
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > routeLimit) {
            problems.refuse(context, 413, route == null ? tooLarge() : route.tooLarge());
        } else if (route == null && length == null
                && context.request().headers().contains("Transfer-Encoding", "chunked", true)) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    private static LargeBodyRoute largeRoute(RoutingContext context, List<LargeBodyRoute> large) {
        String path = context.request().path();
        String method = context.request().method().name();
        for (LargeBodyRoute route : large) {
            if (route.method().equals(method) && (path.equals(route.path()) || path.equals(route.path() + "/"))) {
                return route;
            }
        }
        return null;
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            problems.refuse(context, 413, tooLarge());
        } else {
            context.next();
        }
    }

    private String tooLarge() {
        return "The request body is larger than this service accepts (" + config.maxBodySize().shown() + ").";
    }
}
