package org.evidenceapi.publishing;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.evidenceapi.common.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers the publish gate's refusal with the problem detail that lists what blocks it. */
public class PublishProblems {
    @ServerExceptionMapper
    public Response blocked(PublishBlocked e, UriInfo uri) {
        PublishRefusal body = new PublishRefusal("about:blank", "Conflict", 409, e.getMessage(), uri.getPath(), null,
                e.findings());
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
