package org.evidenceapi.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the configured limit is refused before any resource runs, with a problem detail (Quarkus' own
 * refusal has an empty body). A declared Content-Length is checked at once; a chunked body is read here, up to
 * the limit, so that one that outgrows it is refused the same way.
 */
@ApplicationScoped
class BodySizeLimit {
    @ConfigProperty(name = "evidence.max-body-size")
    String limit;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limitBytes;
    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limitBytes.asLongValue());
        router.route().order(Integer.MIN_VALUE).handler(context -> check(context, chunked))
                .failureHandler(this::failed);
    }

    private void check(RoutingContext context, BodyHandler chunked) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limitBytes.asLongValue()) {
            tooLarge(context);
        } else if (length == null && context.request().headers().contains("Transfer-Encoding", "chunked", true)) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        problems.refuse(context, 413, "The request body is larger than this service accepts (" + limit + ").");
    }
}
