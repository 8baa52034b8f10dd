package org.evidenceapi.revision;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One committed change: its number (global, increasing), when, by whom (the editor token's "
        + "subject; 'system' for the service's own writes), what it did to the resource as a whole, and why when "
        + "that had to be said.")
public record RevisionEntry(
        @Schema(examples = "42") long revision,
        Instant changedAt,
        @Schema(examples = "dev-editor") String changedBy,
        @Schema(description = "CREATED and DELETED when the resource itself came or went; UPDATED when it, or a "
                + "part of it (for an article: its body, claims or bibliography), changed.") RevisionChange change,
        @Schema(description = "Why the change was made, when the one who made it had to say: the reason an admin "
                + "gave for publishing over integrity errors (publishOverride), with how many there were. Absent "
                + "for ordinary changes.", examples = "Published over 5 integrity error(s) by override: Published as "
                + "the source article was, flaws included, for the demo") String note) {

    public static RevisionEntry of(Revision revision, RevisionChange change) {
        return new RevisionEntry(revision.id, revision.changedAt, revision.changedBy, change, revision.note);
    }
}
