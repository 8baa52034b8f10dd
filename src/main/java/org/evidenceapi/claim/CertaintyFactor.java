package org.evidenceapi.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One GRADE domain an editor judged when rating a claim's certainty. */
public record CertaintyFactor(
        @NotNull CertaintyDomain domain,
        @NotNull ConcernRating rating,
        @Size(max = 1000) String note) {
}
