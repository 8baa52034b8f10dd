package org.evidenceapi.retractionwatch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A row of the upload that was left out, and why.")
public record MalformedRow(
        @Schema(description = "Line of the body on which the row starts (the header is line 1).", examples = "7")
        long line,
        @Schema(description = "The column that is wrong; absent when the row as a whole is.",
                examples = "RetractionDate")
        String column,
        @Schema(description = "What is wrong.", examples = "'2024-03-18' is not a date such as 3/18/2024 0:00")
        String message) {
}
