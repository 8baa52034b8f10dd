package org.evidenceapi.common.http;

import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The answer to a POST that created a resource under the request's path: 201 with its Location. */
public final class Created {
    private Created() {
    }

    public static <T> RestResponse<T> under(UriInfo uri, UUID id, T entity) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(entity).build();
    }
}
