package org.evidenceapi.common.paging;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with RFC 8288 {@code Link} headers to its neighbours, as generic HTTP clients follow them. */
public final class PageLinks {
    private PageLinks() {
    }

    public static <P extends Paged> RestResponse<P> ok(UriInfo uri, P body) {
        RestResponse.ResponseBuilder<P> response = RestResponse.ResponseBuilder.ok(body);
        PageInfo page = body.page();
        if (page.nextCursor() != null) {
            response.header("Link", link(uri, page.nextCursor(), "next"));
        }
        if (page.prevCursor() != null) {
            response.header("Link", link(uri, page.prevCursor(), "prev"));
        }
        return response.build();
    }

    private static String link(UriInfo uri, String cursor, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build() + ">; rel=\"" + rel + "\"";
    }
}
