package org.evidenceapi.comment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.problem.Problem;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/articles/{idOrSlug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Readers' comments: posted by anyone, published once an editor approves them.")
public class ArticleCommentResource {
    private static final String ID_OR_SLUG = "The article's id (UUID) or slug.";

    @Inject
    CommentService comments;
    @Inject
    PostingLimit limit;

    @GET
    @Operation(operationId = "listArticleComments", summary = "List an article's comments",
            description = "The article's approved comments, oldest first, a page at a time. Editors may ask for "
                    + "another status. No comment in any list carries its author's e-mail.")
    public RestResponse<CommentPage> list(@PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @QueryParam("status") @Parameter(description = "Editors only: comments in this status (default APPROVED; "
                    + "ignored for everyone else).", schema = @Schema(implementation = CommentStatus.class)) String status,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, comments.ofArticle(Params.idOrSlug("idOrSlug", idOrSlug),
                Params.enumValue("status", status, CommentStatus.class), paging.request(null, CommentService.ORDER)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postComment", summary = "Comment on an article",
            description = "Anyone may comment on a published article. The comment is held for moderation "
                    + "(PENDING) and published once approved. The e-mail is required but never shown. Each client "
                    + "address may post a limited number of comments per period (429 with Retry-After beyond).")
    @APIResponse(responseCode = "201", description = "Received and held for moderation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "429", description = "Too many comments from this address; see Retry-After.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tooMany", value = """
                            {"type": "about:blank", "title": "Too Many Requests", "status": 429,
                             "detail": "Too many comments from your address: at most 5 per 10 minutes. Try again in 93 seconds.",
                             "instance": "/api/v1/articles/health-benefits-of-acupuncture-part-1/comments"}
                            """)))
    public RestResponse<CommentView> post(@PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            CommentInput input, @Context HttpServerRequest request, @Context UriInfo uri) {
        Params.IdOrSlug article = Params.idOrSlug("idOrSlug", idOrSlug);
        limit.acquire(request.remoteAddress().hostAddress());
        CommentView created = comments.post(article, input);
        return RestResponse.ResponseBuilder.<CommentView>created(uri.getBaseUriBuilder().path(ApiPaths.V1)
                .path("comments").path(created.id().toString()).build()).entity(created).build();
    }
}
