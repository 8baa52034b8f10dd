package org.evidenceapi.retractionwatch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusUpdateReport", description = "What a Retraction Watch upload did. Every row read is "
        + "matched, unmatched or malformed; every paper matched is changed or unchanged.")
public record StatusUpdateReport(
        @Schema(description = "Data rows read (the header row aside).", examples = "53124")
        long rowsRead,
        @Schema(description = "Rows about a paper in the library, found by OriginalPaperDOI, else by "
                + "OriginalPaperPubMedID.", examples = "12")
        long matched,
        @Schema(description = "Well-formed rows about papers the library does not hold.", examples = "53108")
        long unmatched,
        @Schema(description = "Rows left out as malformed (all of them, not only those listed).", examples = "4")
        long malformed,
        @Schema(description = "Papers whose update status or notice changed. A second upload of the same file "
                + "changes none.", examples = "3")
        long changed,
        @Schema(description = "Papers matched that were left as they were: already so, or a status the rows "
                + "may not lower.", examples = "6")
        long unchanged,
        @Schema(description = "The first malformed rows (at most 100), in the order of the body.")
        List<MalformedRow> malformedRows) {
}
