package org.evidenceapi.claim;

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
import org.evidenceapi.grading.Certainty;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
@Path(ApiPaths.V1 + "/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Checkable statements made by articles, with the evidence behind them.")
public class ClaimResource {
    @Inject
    ClaimService service;

    @GET
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Claims across all articles, filtered and a page at a time. Each carries its computed "
                    + "evidence summary.")
    public RestResponse<ClaimPage> list(@BeanParam PageParams paging,
            @QueryParam("article") @Parameter(description = "Only claims of this article (id or slug).",
                    example = "health-benefits-of-acupuncture-part-1") String article,
            @QueryParam("scope") @Parameter(description = "Only claims about this kind of evidence.",
                    schema = @Schema(implementation = EvidenceScope.class)) String scope,
            @QueryParam("certainty") @Parameter(description = "Only claims rated with this GRADE certainty.",
                    schema = @Schema(implementation = Certainty.class)) String certainty,
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending; createdAt when none is given.",
                    schema = @Schema(implementation = ClaimSort.class))
            String sort,
            @Context UriInfo uri) {
        ClaimFilter filter = new ClaimFilter(article == null ? null : Params.idOrSlug("article", article),
                Params.enumValue("scope", scope, EvidenceScope.class),
                Params.enumValue("certainty", certainty, Certainty.class));
        return PageLinks.ok(uri, service.list(filter, paging.request(sort, ClaimRepository.SORTS)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "Read a claim",
            description = "One claim with its citations, linked studies, certainty factors and evidence summary.")
    public ClaimView get(@PathParam("id") @Parameter(description = "The claim's id (UUID).") String id) {
        return service.get(Params.uuid("id", id));
    }

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClaim", summary = "Create a claim",
            description = "Adds a claim at the end of its article's claims. It may cite only references of its own "
                    + "article, by citation number, and link only study summaries that exist; anything else is a 400 "
                    + "naming the offending list entry.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ClaimView> create(ClaimInput input, @Context UriInfo uri) {
        ClaimView created = service.create(input);
        return Created.under(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceClaim", summary = "Replace a claim",
            description = "Replaces every field of the claim; its position stays. The rules of POST apply, and "
                    + "articleId must stay the claim's article.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public ClaimView replace(@PathParam("id") @Parameter(description = "The claim's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch, ClaimInput input) {
        return service.replace(Params.uuid("id", id), input, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchClaim", summary = "Change part of a claim",
            description = "Applies a JSON Merge Patch (RFC 7386) to the claim as PUT takes it; the rules of PUT "
                    + "apply. Lists (citations, studyIds, certaintyFactors) are replaced whole.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the PUT body; null removes one.")))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public ClaimView patch(@PathParam("id") @Parameter(description = "The claim's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return service.patch(Params.uuid("id", id), patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "deleteClaim", summary = "Delete a claim",
            description = "Removes the claim from its article; the claims after it move up one position. The "
                    + "article's revision history keeps it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The claim's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(Params.uuid("id", id), ifMatch);
    }
}
