package org.evidenceapi.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Created;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.security.Viewer;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
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
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending; name when none is given.",
                    schema = @Schema(implementation = TopicSort.class))
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

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTopic", summary = "Create a topic",
            description = "Creates a topic. A slug another topic has is a 409.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<TopicView> create(TopicInput input, @Context UriInfo uri) {
        TopicView created = service.create(input);
        return Created.under(uri, created.id(), created);
    }

    @PUT
    @Path("/{idOrSlug}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTopic", summary = "Replace a topic",
            description = "Replaces every field of the topic. A slug another topic has is a 409.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TopicView replace(@PathParam("idOrSlug") @Parameter(description = "The topic's id (UUID) or slug.") String idOrSlug,
            @HeaderParam("If-Match") String ifMatch, TopicInput input) {
        return service.replace(Params.idOrSlug("idOrSlug", idOrSlug), input, ifMatch);
    }

    @PATCH
    @Path("/{idOrSlug}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchTopic", summary = "Change part of a topic",
            description = "Applies a JSON Merge Patch (RFC 7386) to the topic as PUT takes it; the rules of PUT apply.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the PUT body; null removes one.")))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TopicView patch(@PathParam("idOrSlug") @Parameter(description = "The topic's id (UUID) or slug.") String idOrSlug,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return service.patch(Params.idOrSlug("idOrSlug", idOrSlug), patch, ifMatch);
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "deleteTopic", summary = "Delete a topic",
            description = "Deletes the topic; refused with 409, naming them, while anything still uses it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("idOrSlug") @Parameter(description = "The topic's id (UUID) or slug.") String idOrSlug,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(Params.idOrSlug("idOrSlug", idOrSlug), ifMatch);
    }
}
