package org.evidenceapi.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: a resource that fails the way a bug would, to check what clients see then. */
@Path("/test-only/failure")
public class FailingResource {
    @GET
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException("secret internal detail: connection string jdbc:h2:mem:x");
    }
}
