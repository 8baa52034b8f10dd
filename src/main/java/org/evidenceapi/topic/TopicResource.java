package org.evidenceapi.topic;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.ApiPaths;
import org.evidenceapi.common.PageLinks;
import org.evidenceapi.common.PageParams;
import org.evidenceapi.common.Params;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Subjects articles are filed under.")
public class TopicResource {
    @Inject
    TopicService service;

    @GET
    @Operation(operationId = "listTopics", summary = "List topics",
            description = "All topics, a page at a time (keyset pagination: follow page.nextCursor or the Link header).")
    public RestResponse<TopicPage> list(@BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending.",
                    schema = @Schema(enumeration = {"name", "-name", "createdAt", "-createdAt"}, defaultValue = "name"))
            String sort,
            @Context UriInfo uri) {
        return PageLinks.ok(uri, service.list(paging.request(sort, TopicRepository.SORTS)));
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getTopic", summary = "Read a topic", description = "One topic by id (UUID) or slug.")
    public TopicView get(@PathParam("idOrSlug") @Parameter(description = "The topic's id (UUID) or slug.",
            example = "acupuncture") String idOrSlug) {
        return service.get(Params.idOrSlug("idOrSlug", idOrSlug));
    }
}
