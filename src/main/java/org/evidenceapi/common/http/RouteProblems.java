package org.evidenceapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.evidenceapi.common.problem.Problem;

/** Problem details for requests refused before any resource runs, at the HTTP routing layer. */
@ApplicationScoped
class RouteProblems {
    /** A longer path (a 414's) is left out rather than echoed back. */
    private static final int MAX_INSTANCE_LENGTH = 2000;

    @Inject
    ObjectMapper json;

    void refuse(RoutingContext context, int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String path = context.request().path();
        Problem problem = new Problem("about:blank", type == null ? "Error" : type.getReasonPhrase(), status, detail,
                path.length() > MAX_INSTANCE_LENGTH ? null : path, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store").end(body);
    }
}
