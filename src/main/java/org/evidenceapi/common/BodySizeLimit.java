package org.evidenceapi.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the configured limit is refused before any resource runs. Quarkus' own refusal has an empty
 * body, so this checks Content-Length first and answers, like every other error, with a problem detail.
 * (A chunked body without Content-Length that outgrows the limit still gets Quarkus' bare 413.)
 */
@ApplicationScoped
class BodySizeLimit {
    @ConfigProperty(name = "evidence.max-body-size")
    String limit;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limitBytes;
    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limitBytes.asLongValue()) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        Problem problem = new Problem("about:blank", "Request Entity Too Large", 413,
                "The request body is larger than this service accepts (" + limit + ").",
                context.request().path(), null);
        try {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Cache-Control", "no-store").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(413).end();
        }
    }
}
