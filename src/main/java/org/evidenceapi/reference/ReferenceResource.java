package org.evidenceapi.reference;

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

@Path(ApiPaths.V1 + "/references")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "References", description = "Bibliographic references, shared by every article that cites them.")
public class ReferenceResource {
    @Inject
    ReferenceService service;

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
}
