package org.evidenceapi.reference;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.ApiPaths;
import org.evidenceapi.common.Created;
import org.evidenceapi.common.MergePatch;
import org.evidenceapi.common.PageLinks;
import org.evidenceapi.common.PageParams;
import org.evidenceapi.common.Params;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.Viewer;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/references")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "References", description = "Bibliographic references, shared by every article that cites them.")
public class ReferenceResource {
    private static final String IF_MATCH = "The ETag of the reference as last read; 428 without it, 412 if it has "
            + "changed since.";

    @Inject
    ReferenceService service;
    @Inject
    ReferenceWriter writer;

    @GET
    @Operation(operationId = "listReferences", summary = "List references",
            description = "References across the library, filtered and a page at a time. Identifier filters "
                    + "are normalised like stored identifiers: a DOI matches case-insensitively and may be given "
                    + "as a doi.org URL.")
    public RestResponse<ReferencePage> list(@BeanParam PageParams paging,
            @QueryParam("doi") @Parameter(description = "Only the reference with this DOI.",
                    example = "10.1016/j.jpain.2017.11.005") String doi,
            @QueryParam("pmid") @Parameter(description = "Only the reference with this PubMed id.",
                    example = "29198932") String pmid,
            @QueryParam("pmcid") @Parameter(description = "Only the reference with this PubMed Central id.",
                    example = "PMC5927830") String pmcid,
            @QueryParam("year") @Parameter(description = "Only references published in this year.",
                    schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("type") @Parameter(description = "Only references of this type.",
                    schema = @Schema(implementation = ReferenceType.class)) String type,
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending.",
                    schema = @Schema(enumeration = {"createdAt", "-createdAt", "title", "-title"},
                            defaultValue = "createdAt")) String sort,
            @Context UriInfo uri) {
        ReferenceFilter filter = new ReferenceFilter(
                Identifiers.doiKey(identifier("doi", doi, Identifiers.doi(doi), "must be a DOI such as 10.1016/j.jpain.2017.11.005")),
                identifier("pmid", pmid, Identifiers.pmid(pmid), "must be digits only"),
                identifier("pmcid", pmcid, Identifiers.pmcid(pmcid), "must be PMC followed by digits"),
                Params.integer("year", year), Params.enumValue("type", type, ReferenceType.class));
        return PageLinks.ok(uri, service.list(filter, paging.request(sort, ReferenceRepository.SORTS)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReference", summary = "Read a reference",
            description = "One reference with its authors and every identifier.")
    public ReferenceView get(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id) {
        return service.get(Params.uuid("id", id));
    }

    private static String identifier(String name, String given, String normalised, String message) {
        if (given != null && normalised == null) {
            throw ProblemException.badParameter(name, message);
        }
        return normalised;
    }

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createReference", summary = "Create a reference",
            description = "Creates a reference. Identifiers are validated and normalised (a doi.org URL becomes the bare DOI); a DOI, PMID or PMCID another reference has is a 409, since a paper is one reference shared by every article citing it.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReferenceView> create(ReferenceInput input, @Context UriInfo uri) {
        ReferenceView created = writer.create(input);
        return Created.under(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceReference", summary = "Replace a reference",
            description = "Replaces every field of the reference. Identifiers are validated and normalised (a doi.org URL becomes the bare DOI); a DOI, PMID or PMCID another reference has is a 409, since a paper is one reference shared by every article citing it.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferenceView replace(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, ReferenceInput input) {
        return writer.replace(Params.uuid("id", id), input, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchReference", summary = "Change part of a reference",
            description = "Applies a JSON Merge Patch (RFC 7386) to the reference as PUT takes it; the rules of PUT apply.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the PUT body; null removes one.")))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferenceView patch(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return writer.patch(Params.uuid("id", id), patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteReference", summary = "Delete a reference",
            description = "Deletes the reference; refused with 409, naming them, while anything still uses it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        writer.delete(Params.uuid("id", id), ifMatch);
    }
}
