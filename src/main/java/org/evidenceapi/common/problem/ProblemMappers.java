package org.evidenceapi.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.evidenceapi.common.http.AllowedMethods;
import org.evidenceapi.common.http.JsonBodyProblems;
import org.evidenceapi.common.http.RetryLater;

/** Turns every failure into an application/problem+json answer; stack traces go to the log only. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.status().getStatusCode(), e.getMessage(), e.errors(), uri);
        if (e instanceof RetryLater retry) {
            response.getHeaders().add("Retry-After", String.valueOf(retry.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(400, "The request is invalid; see 'errors'.", errors, uri);
    }

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response response = respond(401, "A valid bearer token is required (Authorization: Bearer <JWT>).", null, uri);
        response.getHeaders().add("WWW-Authenticate", "Bearer");
        return response;
    }

    /** Another write committed between our If-Match check and our own commit. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostUpdate(RuntimeException e, UriInfo uri) {
        return respond(412, "The resource was changed by another request while this one ran; read it again and "
                + "reapply your change.", null, uri);
    }

    /** A database rule caught what no check before it did: still the client's conflict, never a 500. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warn("Write refused by a database constraint on " + uri.getPath() + ": " + e.getConstraintName());
        return respond(409, "The change conflicts with data stored already (a uniqueness or reference rule); "
                + "nothing was written.", null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Your token does not carry a role allowed to do this.", null, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonBodyProblems.problem(json, uri);
        }
        int status = wrongMethodOnAKnownPath(e, uri, request) ? 405 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
            return respond(status, "The server could not complete the request.", null, uri);
        }
        Response response = respond(status, detailFor(status, uri), null, uri);
        if (status == 405) {
            allowedMethods.forPath(uri.getPath()).ifPresent(allow -> response.getHeaders().add("Allow", allow));
        }
        return response;
    }

    /**
     * Quarkus REST matches paths per resource class, so a wrong method on a sub-resource that lives in a class of
     * its own (/articles/{id}/comments, /revisions, /integrity, ...) comes out as a routing 404: it is a 405.
     */
    private boolean wrongMethodOnAKnownPath(WebApplicationException e, UriInfo uri, Request request) {
        return e instanceof NotFoundException && allowedMethods.forPath(uri.getPath())
                .filter(allow -> !List.of(allow.split(", ")).contains(request.getMethod())).isPresent();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (timedOut(e)) {
            LOG.warn("Timed out on " + uri.getPath() + ": " + e.getMessage());
            return problem(RetryLater.unavailable("The database did not answer in time: the request ran past its "
                    + "time limit and was cancelled, nothing was changed. Try again shortly.",
                    TIMED_OUT_RETRY_SECONDS), uri);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "The server could not complete the request. The failure has been logged.", null, uri);
    }

    static final int TIMED_OUT_RETRY_SECONDS = 5;

    /**
     * A statement the database cancelled (its timeout, or the transaction manager rolling back a transaction past
     * its own), however the ORM and the transaction wrapped it: SQLState 57014 on H2 and PostgreSQL.
     */
    static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof QueryTimeoutException || cause instanceof org.hibernate.QueryTimeoutException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static Response respond(int status, String detail, List<FieldError> errors, UriInfo uri) {
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String detailFor(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "No resource exists at " + uri.getPath() + ".";
            case 405 -> "This resource does not support that HTTP method; see the Allow header.";
            case 406 -> "The resource cannot be represented in any media type the Accept header allows.";
            case 415 -> "The request body's media type is not supported here.";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "The request failed." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
    }

    /** The name a client knows: the last node of the property path (the parameter or field name). */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
