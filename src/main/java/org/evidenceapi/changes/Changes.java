package org.evidenceapi.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of the changes feed, oldest change first. Apply the items in order, then keep next.")
public record Changes(
        List<Change> items,
        @Schema(description = "Opaque token to pass as since: for the next page while hasMore is true, and later for "
                + "whatever changes after this page.", examples = "YzE6ZDo0MjpBUlRJQ0xFOjAxOTBhYmNk")
        String next,
        @Schema(description = "True while more changes wait (ask again with next at once); false when this reader "
                + "is up to date (ask again with next later).")
        boolean hasMore) {
}
