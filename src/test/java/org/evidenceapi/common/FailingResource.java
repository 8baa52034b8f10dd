package org.evidenceapi.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.ConstraintViolationException;

/** Exists only in tests: a resource that fails the way a bug would, to check what clients see then. */
@Path("/test-only/failure")
public class FailingResource {
    @GET
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException("secret internal detail: connection string jdbc:h2:mem:x");
    }

    /** A unique index refusing a write that no check caught, as Hibernate reports it. */
    @GET
    @Path("/constraint")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public String violateConstraint() {
        throw new ConstraintViolationException("could not execute statement",
                new SQLException("Unique index violation on bib_reference(doi_key)"), "constraint_doi_key");
    }

    /** A statement the database cancelled past its time limit, as the ORM reports it inside a read. */
    @GET
    @Path("/timeout")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public String timeOut() {
        throw new IllegalStateException("read failed", new QueryTimeoutException("JDBC exception executing SQL",
                new SQLException("Statement was canceled or the session timed out", "57014")));
    }
}
