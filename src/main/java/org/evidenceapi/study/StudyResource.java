package org.evidenceapi.study;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.ApiPaths;
import org.evidenceapi.common.PageLinks;
import org.evidenceapi.common.PageParams;
import org.evidenceapi.common.Params;
import org.evidenceapi.common.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies", description = "Structured summaries of the studies behind claims.")
public class StudyResource {
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
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending.",
                    schema = @Schema(enumeration = {"createdAt", "-createdAt", "title", "-title"},
                            defaultValue = "createdAt")) String sort,
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

    private static Integer positive(String name, String value) {
        Integer number = Params.integer(name, value);
        if (number != null && number < 1) {
            throw ProblemException.badParameter(name, "must be at least 1");
        }
        return number;
    }
}
