package org.evidenceapi.search;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One search result.")
public record SearchHit(
        @Schema(description = "The id of the article, claim or study summary; read it at /articles/{id}, "
                + "/claims/{id} or /studies/{id}.")
        UUID id,
        SearchKind kind,
        @Schema(description = "The article's or study's title, or the claim's statement.")
        String title,
        @Schema(description = "The article the hit belongs to: the article itself, the claim's article, or for a "
                + "study the first article (by creation) the caller may read that cites or links it; absent when "
                + "there is none.")
        HitArticle article,
        @Schema(description = "The matching passage as HTML-escaped text, the matched words wrapped in <mark>; "
                + "at most about 220 characters, '…' where it was cut.",
                examples = "Acupuncture raised <mark>serotonin</mark> levels in two small trials.")
        String snippet,
        @Schema(description = "Relevance: higher is better. Comparable within one response and its pages, not "
                + "across databases.", examples = "0.6079271")
        float score) {
}
