package org.evidenceapi.evidencetable;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article's summary-of-findings table, after Cochrane's: one row per claim, in article "
        + "order. Not paged: an article's claims come whole, like GET /articles/{idOrSlug}?include=claims.")
public record EvidenceTable(UUID articleId, List<EvidenceRow> rows) {
}
