package org.evidenceapi.common.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** Thrown by services to answer with a problem detail; never carries a stack trace to the client. */
public class ProblemException extends RuntimeException {
    private final Status status;
    private final List<FieldError> errors;

    public ProblemException(Status status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND, detail, null);
    }

    /** A 400 naming the one parameter that is wrong. */
    public static ProblemException badParameter(String field, String message) {
        return new ProblemException(Status.BAD_REQUEST, "The parameter '" + field + "' is invalid: " + message + ".",
                List.of(new FieldError(field, message)));
    }

    /** A 400 about the request body as a whole. */
    public static ProblemException badBody(String detail) {
        return new ProblemException(Status.BAD_REQUEST, detail, null);
    }

    public Status status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
