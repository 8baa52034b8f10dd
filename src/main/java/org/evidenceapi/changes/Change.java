package org.evidenceapi.changes;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One resource that changed: its latest change, as this reader sees it now. Entries link to the "
        + "resource rather than embed it; an article's link is its whole document (claims, studies and "
        + "references embedded), so a client that keeps whole articles makes one request per changed article.")
public record Change(
        ResourceType type,
        UUID id,
        @Schema(description = "Absent for kinds without a slug (claims, studies, references).",
                examples = "health-benefits-of-acupuncture-part-1")
        String slug,
        ChangeOperation operation,
        @Schema(description = "The ETag a GET of href answers now: a client holding that tag has the resource as it "
                + "is. Absent for DELETE.", examples = "\"q8b1fI1dT4vJ0gZ3LrS2kQ0x\"")
        String etag,
        @Schema(description = "Where to read the resource, below the API's root. Absent for DELETE.",
                examples = "/api/v1/articles/health-benefits-of-acupuncture-part-1?include=claims,studies,references")
        String href,
        @Schema(description = "When its latest change committed.") Instant changedAt) {
}
