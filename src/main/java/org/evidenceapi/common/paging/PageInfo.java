package org.evidenceapi.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page sits in its collection: the cursors to the neighbouring pages, absent at either end. */
@Schema(description = "Keyset pagination state. Pass nextCursor (or prevCursor) back as the cursor parameter.")
public record PageInfo(
        @Schema(description = "Maximum number of items on this page.", examples = "20")
        int limit,
        @Schema(description = "Opaque cursor of the following page; absent on the last page.",
                examples = "eyJzIjoiLWNyZWF0ZWRBdCIsImQiOiJuIn0")
        String nextCursor,
        @Schema(description = "Opaque cursor of the preceding page; absent on the first page.")
        String prevCursor) {
}
