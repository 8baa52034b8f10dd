package org.evidenceapi.study;

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
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
@Path(ApiPaths.V1 + "/studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies", description = "Structured summaries of the studies behind claims.")
public class StudyResource {
    private static final String IF_MATCH = "The ETag of the study summary as last read; 428 without it, 412 if it "
            + "has changed since.";

    @Inject
    StudyService service;

    @GET
    @Operation(operationId = "listStudies", summary = "List study summaries",
            description = "Study summaries across the library, filtered and a page at a time.")
    public RestResponse<StudyPage> list(@BeanParam PageParams paging,
            @QueryParam("design") @Parameter(description = "Only studies of this design.",
                    schema = @Schema(implementation = StudyDesign.class)) String design,
            @QueryParam("minParticipants") @Parameter(description = "Only studies with at least this many participants.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String minParticipants,
            @QueryParam("referenceId") @Parameter(description = "Only studies reported by this reference (UUID).")
            String referenceId,
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending; createdAt when none is given.",
                    schema = @Schema(implementation = StudySort.class)) String sort,
            @Context UriInfo uri) {
        StudyFilter filter = new StudyFilter(Params.enumValue("design", design, StudyDesign.class),
                positive("minParticipants", minParticipants), Params.uuid("referenceId", referenceId));
        return PageLinks.ok(uri, service.list(filter, paging.request(sort, StudyRepository.SORTS)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStudy", summary = "Read a study summary",
            description = "One study summary with its population, sample size, comparator and outcomes.")
    public StudyView get(@PathParam("id") @Parameter(description = "The study summary's id (UUID).") String id) {
        return service.get(Params.uuid("id", id));
    }

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStudy", summary = "Create a study summary",
            description = "Creates a study summary of a paper the library holds: referenceId must name an existing "
                    + "reference (400 otherwise). Effects are checked (ciLower <= value <= ciUpper, 0 < ciLevel < 1, "
                    + "0 <= pValue <= 1), durations are ISO-8601, sample sizes positive.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyView.class)))
    public RestResponse<StudyView> create(StudyInput input, @Context UriInfo uri) {
        StudyView created = service.create(input);
        return Created.under(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceStudy", summary = "Replace a study summary",
            description = "Replaces every field of the study summary, its outcomes included; the rules of POST apply.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyView.class)))
    public StudyView replace(@PathParam("id") @Parameter(description = "The study summary's id (UUID).") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch, StudyInput input) {
        return service.replace(Params.uuid("id", id), input, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchStudy", summary = "Change part of a study summary",
            description = "Applies a JSON Merge Patch (RFC 7386) to the study summary as PUT takes it; the rules of "
                    + "PUT apply. Outcomes are a list: a patch replaces the whole list.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the PUT body; null removes one.")))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyView.class)))
    public StudyView patch(@PathParam("id") @Parameter(description = "The study summary's id (UUID).") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return service.patch(Params.uuid("id", id), patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "deleteStudy", summary = "Delete a study summary",
            description = "Deletes the study summary; refused with 409, naming their articles, while claims rest on it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("id") @Parameter(description = "The study summary's id (UUID).") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        service.delete(Params.uuid("id", id), ifMatch);
    }

    private static Integer positive(String name, String value) {
        Integer number = Params.integer(name, value);
        if (number != null && number < 1) {
            throw ProblemException.badParameter(name, "must be at least 1");
        }
        return number;
    }
}
