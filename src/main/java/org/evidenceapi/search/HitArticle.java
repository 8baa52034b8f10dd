package org.evidenceapi.search;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The article a hit belongs to, to link to it.")
public record HitArticle(
        UUID id,
        @Schema(examples = "health-benefits-of-acupuncture-part-1") String slug,
        @Schema(examples = "Health Benefits of Acupuncture (Part 1)") String title) {
}
