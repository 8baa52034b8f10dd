package org.evidenceapi.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every collection takes. Read as text so that a bad value is a 400, not a 404. */
public class PageParams {
    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from page.nextCursor or page.prevCursor (or the Link header) of the "
            + "previous response, issued for the same sort. Omit for the first page.")
    public String cursor;

    public <T> PageRequest<T> request(String sort, SortKeys<T> keys) {
        return PageRequest.of(limit, sort, cursor, keys);
    }
}
