package org.evidenceapi.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.evidenceapi.common.validation.NotFutureYear;
import org.evidenceapi.common.validation.WebUrl;
import org.evidenceapi.identifier.Identifier.Kind;
import org.evidenceapi.identifier.Identifier;

/**
 * A bibliographic reference as editors write one (POST, PUT, PATCH /references). In an import document its
 * position in the list is its citation number.
 */
public record ReferenceInput(
        @NotNull ReferenceType type,
        List<@Valid @NotNull ReferenceAuthor> authors,
        @NotFutureYear Integer year,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 500) String containerTitle,
        @Size(max = 50) String volume,
        @Size(max = 50) String issue,
        @Size(max = 50) String pages,
        @Size(max = 50) String articleNumber,
        @Identifier(Kind.DOI) @Size(max = 300) String doi,
        @Identifier(Kind.PMID) @Size(max = 20) String pmid,
        @Identifier(Kind.PMCID) @Size(max = 20) String pmcid,
        @Identifier(Kind.ISSN) @Size(max = 20) String issn,
        @WebUrl @Size(max = 2000) String url,
        @Size(max = 35) String language,
        Boolean peerReviewed,
        LocalDate accessedAt,
        UpdateStatus updateStatus,
        @Size(max = 4000) String notes) {
}
