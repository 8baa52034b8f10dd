package org.evidenceapi.reader;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reader's article pages, /read/{slug}: the page shell the service serves at / as well (its static index.html),
 * whose script reads the slug from the address and renders the article from the API. Not part of the API, so not in
 * its document. Any slug gets the shell: an editor signed in on the page may read a draft the public cannot see, and
 * the page says "not found" when the API does.
 */
@Path("/read/{slug}")
public class ReaderResource {
    private static final String SHELL = shell();

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("slug") String slug) {
        return Response.ok(SHELL).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    private static String shell() {
        try (InputStream in = ReaderResource.class.getResourceAsStream("/META-INF/resources/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the reader's index.html is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
