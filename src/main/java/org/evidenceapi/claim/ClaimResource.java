package org.evidenceapi.claim;

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
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending.",
                    schema = @Schema(enumeration = {"createdAt", "-createdAt"}, defaultValue = "createdAt"))
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
}
