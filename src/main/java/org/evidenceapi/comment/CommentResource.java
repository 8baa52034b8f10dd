package org.evidenceapi.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.security.Viewer;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
@Tag(name = "Comments")
public class CommentResource {
    @Inject
    CommentService comments;

    @GET
    @Operation(operationId = "listCommentsForModeration", summary = "List comments for moderation",
            description = "Comments across all articles in one status (default PENDING, the moderation queue), "
                    + "oldest first. Editors only; e-mails are not listed.")
    public RestResponse<CommentPage> queue(
            @QueryParam("status") @Parameter(description = "Comments in this status (default PENDING).",
                    schema = @Schema(implementation = CommentStatus.class)) String status,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, comments.queue(Params.enumValue("status", status, CommentStatus.class),
                paging.request(null, CommentService.ORDER)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommentForModeration", summary = "Read a comment for moderation",
            description = "One comment with its author's e-mail, for a moderator. Editors only; never cached.")
    public ModeratedComment get(@PathParam("id") @Parameter(description = "The comment's id (UUID).") String id) {
        return comments.get(Params.uuid("id", id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "moderateComment", summary = "Approve, reject or mark a comment as spam",
            description = "Sets the comment's status with a JSON Merge Patch of {status}; only APPROVED comments "
                    + "are public.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = Moderation.class),
            examples = @ExampleObject(name = "approve", value = "{\"status\": \"APPROVED\"}")))
    public ModeratedComment moderate(@PathParam("id") @Parameter(description = "The comment's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return comments.moderate(Params.uuid("id", id), patch, ifMatch);
    }
}
