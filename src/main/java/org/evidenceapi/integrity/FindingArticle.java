package org.evidenceapi.integrity;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.visibility.ArticleStatus;

@Schema(description = "The article a finding of the library's worklist is about.")
public record FindingArticle(
        UUID id,
        @Schema(examples = "health-benefits-of-acupuncture-part-1") String slug,
        @Schema(examples = "Health Benefits of Acupuncture") String title,
        ArticleStatus status) {
}
