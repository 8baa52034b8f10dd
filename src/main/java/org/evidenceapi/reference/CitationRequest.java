package org.evidenceapi.reference;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * The representation a read of references negotiated, or an export named, and, for a formatted bibliography, the
 * CSL style (an independent style's id) and locale (null: the style's own). Built by
 * {@link CitationFormatter#negotiate} or {@link CitationFormatter#named}.
 */
public record CitationRequest(ReferenceFormat format, String style, String locale) {
    public boolean isJson() {
        return format == ReferenceFormat.JSON;
    }

    /** The formatted references, in UTF-8, as the response. */
    public Response ok(String body) {
        return Response.ok(body, format.mediaType().withCharset(StandardCharsets.UTF_8.name())).build();
    }

    /** The JSON response, typed as JSON: the method also produces the citation formats. */
    public static Response json(Response response) {
        return Response.fromResponse(response).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
