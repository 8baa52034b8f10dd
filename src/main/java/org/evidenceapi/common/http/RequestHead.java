package org.evidenceapi.common.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Refusals that only need the request line and headers, answered as problem details before routing: a URI with a
 * NUL character (PostgreSQL cannot compare text holding one), a URI longer than {@link #MAX_URI_LENGTH} (the HTTP
 * layer itself only refuses, with an empty 414, request lines past
 * quarkus.http.limits.max-initial-line-length), and a body sent without a Content-Type or with a wildcard one,
 * which would otherwise be read as JSON.
 */
@ApplicationScoped
class RequestHead {
    static final int MAX_URI_LENGTH = 8192;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            problems.refuse(context, 414, "The request URI is longer than " + MAX_URI_LENGTH + " characters.");
        } else if (request.uri().contains("%00")) {
            problems.refuse(context, 400, "The request URI contains a NUL character (%00), which no path or "
                    + "parameter of this API may hold.");
        } else if (WITH_BODY.contains(request.method()) && hasBody(request)
                && !isConcrete(request.getHeader("Content-Type"))) {
            problems.refuse(context, 415, "The request has a body but no Content-Type naming its media type (a "
                    + "wildcard such as */* names none); send it as application/json or the media type the "
                    + "operation lists.");
        } else {
            context.next();
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length == null ? request.headers().contains("Transfer-Encoding", "chunked", true) : !length.equals("0");
    }

    /** A Content-Type that names one media type: not missing, blank or a wildcard (which Quarkus reads as JSON). */
    private static boolean isConcrete(String value) {
        return value != null && !value.isBlank() && !value.split(";", 2)[0].contains("*");
    }
}
