package org.evidenceapi.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Completions of a query being typed, most common in the matching content first.")
public record SearchSuggestions(
        @Schema(description = "Each is the query with its last word completed.")
        List<String> suggestions) {
}
