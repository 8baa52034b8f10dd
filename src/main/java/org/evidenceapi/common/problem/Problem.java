package org.evidenceapi.common.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the problem type; about:blank when the status says it all.",
                examples = "about:blank")
        String type,
        @Schema(description = "Short summary of the problem type.", examples = "Bad Request")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence.", examples = "The query parameter 'limit' is invalid.")
        String detail,
        @Schema(description = "Path of the request that failed; absent when too long to echo (a 414).",
                examples = "/api/v1/articles")
        String instance,
        @Schema(description = "Validation failures, one per offending field, on 400 responses for bad "
                + "input; absent when no particular field is at fault.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
