package org.evidenceapi.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing wrong with the request: where ({@code field}: a parameter name or JSON path) and what. */
@Schema(description = "A single validation failure.")
public record FieldError(
        @Schema(description = "Query parameter, path parameter or JSON path of the offending value.", examples = "limit")
        String field,
        @Schema(description = "What is wrong with it.", examples = "must be between 1 and 100")
        String message) {
}
