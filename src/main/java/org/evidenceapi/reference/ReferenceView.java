package org.evidenceapi.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reference", description = "A bibliographic reference, shared by every article that cites it. "
        + "Fields map one-to-one onto CSL-JSON.")
public record ReferenceView(
        UUID id,
        ReferenceType type,
        @Schema(description = "Authors in order: persons (family, given) or organisations (literal).")
        List<ReferenceAuthor> authors,
        @Schema(description = UNKNOWN, examples = "2018") Integer year,
        @Schema(examples = "Acupuncture for chronic pain: Update of an individual patient data meta-analysis")
        String title,
        @Schema(description = "Journal or website. " + UNKNOWN, examples = "J Pain") String containerTitle,
        @Schema(description = UNKNOWN) String volume,
        @Schema(description = UNKNOWN) String issue,
        @Schema(description = UNKNOWN) String pages,
        @Schema(description = "Electronic article number (e-locator) where the journal uses one instead of pages. "
                + UNKNOWN)
        String articleNumber,
        @Schema(description = UNKNOWN, examples = "10.1016/j.jpain.2017.11.005") String doi,
        @Schema(description = UNKNOWN, examples = "29198932") String pmid,
        @Schema(description = UNKNOWN, examples = "PMC5927830") String pmcid,
        @Schema(description = UNKNOWN) String issn,
        @Schema(description = UNKNOWN) String url,
        @Schema(description = "BCP 47 language tag of the work; absent when it is English or not known.",
                examples = "zh") String language,
        @Schema(description = UNKNOWN) Boolean peerReviewed,
        @Schema(description = "When a web page was read; absent when not recorded.") LocalDate accessedAt,
        UpdateStatus updateStatus,
        @Schema(description = "DOI of the published notice (retraction, expression of concern, correction or "
                + "reinstatement) that set updateStatus, from the Retraction Watch data set; absent when an editor "
                + "or an import set it, or the notice has no DOI. Read-only.", examples = "10.1016/j.jpain.2024.03.001")
        String updateNoticeDoi,
        @Schema(implementation = String.class, format = "date", examples = "2024-03-18",
                description = "Date of that notice; absent unless a notice set updateStatus. With "
                + "updateStatus NONE it is the date of the reinstatement that withdrew a retraction. Read-only.")
        LocalDate updateNoticeDate,
        @Schema(description = "Absent when there are none.") String notes,
        Instant createdAt,
        Instant updatedAt) {
    /** Bibliographic fields are left out when the source does not give them. */
    static final String UNKNOWN = "Absent when not known.";


    public static ReferenceView of(Reference r) {
        List<ReferenceAuthor> authors = r.authors.stream()
                .map(a -> new ReferenceAuthor(a.family, a.given, a.literal)).toList();
        return new ReferenceView(r.id, r.type, authors, r.year, r.title, r.containerTitle, r.volume, r.issue,
                r.pages, r.articleNumber, r.doi, r.pmid, r.pmcid, r.issn, r.url, r.language, r.peerReviewed,
                r.accessedAt, r.updateStatus, r.updateNoticeDoi, r.updateNoticeDate, r.notes, r.createdAt, r.updatedAt);
    }
}
