package org.evidenceapi.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article of a batch import: its new id, its slug, where to read it and what the import did with it. */
@Schema(name = "ImportedArticleBatchItem", description = "An article a batch import wrote.")
public record ImportedArticle(
        UUID id,
        @Schema(examples = "health-benefits-of-acupuncture-part-1") String slug,
        @Schema(description = "The article's URL, as a 201's Location would give it.",
                examples = "https://api.example.org/api/v1/articles/019a2f4e-8d1c-7b3a-9f00-3c5e2d1a4b6f")
        URI location,
        @JsonProperty("import") ImportReport report) {
}
