package org.evidenceapi.reference;

import jakarta.validation.constraints.Size;

/** A person ({@code family}, {@code given}) or an organisation ({@code literal}), as in CSL-JSON. */
public record ReferenceAuthor(
        @Size(max = 200) String family,
        @Size(max = 200) String given,
        @Size(max = 300) String literal) {
}
