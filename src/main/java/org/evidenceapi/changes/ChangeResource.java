package org.evidenceapi.changes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.problem.Problem;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed since a client last looked: for apps that keep a copy.")
public class ChangeResource {
    /** Each answer is as new as the last commit: caches may keep it only to revalidate it. */
    static final String CACHE_CONTROL = "no-cache";

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(operationId = "listChanges", summary = "Read the changes feed",
            description = "The resources that changed after the since token, oldest change first, each once with its "
                    + "latest change: UPSERT with the link to read it and the ETag that read answers, or DELETE when "
                    + "this reader may no longer see it (deleted, archived, unpublished, or a claim of such an "
                    + "article). Without since, a first sync: everything this reader can see, page by page, and no "
                    + "tombstones. Follow next while hasMore is true; keep the last next and ask with it later. "
                    + "since=now starts at the feed's head instead, for a client that already holds the current content "
                    + "(a cache filled by reading): no first sync, and the last commit's changes may come once more. "
                    + "Without a token only published content appears; an editor's token sees every change. A token "
                    + "that is unknown, from another server or older than the removals the feed keeps "
                    + "(evidence.changes.tombstone-retention, 30 days) is a 410: sync again from scratch.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changes.class)))
    @APIResponse(responseCode = "410", description = "The since token can no longer be served: sync from scratch.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Changes> list(
            @QueryParam("since") @Parameter(description = "The next token of an earlier page; now for a token at the feed's "
                    + "head; omitted for a first sync.")
            String since,
            @QueryParam("limit") @Parameter(description = "Entries per page, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            String limit) {
        return RestResponse.ResponseBuilder.ok(feed.page(since, limit))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
