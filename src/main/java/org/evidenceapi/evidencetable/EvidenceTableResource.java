package org.evidenceapi.evidencetable;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Params;

@VersionedContent
@Path(ApiPaths.V1 + "/articles/{idOrSlug}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence tables", description = "Summary-of-findings tables: each claim with the evidence behind it.")
public class EvidenceTableResource {
    @Inject
    EvidenceTableService service;

    @GET
    @Operation(operationId = "getArticleEvidence", summary = "Read an article's evidence table",
            description = "The article's summary-of-findings table, one row per claim in article order: the claim, "
                    + "its studies (design, participants and studies such as '20,827 (39 studies)', comparator), "
                    + "their outcomes with effect, confidence interval and p-value, the claim's certainty and "
                    + "direction, the consistency of its studies' directions, and a GRADE-style plain-language "
                    + "sentence ('reduces', 'probably reduces', 'may reduce', 'the evidence is very uncertain'). "
                    + "Each row's evidence is the summary GET /claims/{id} shows.")
    public EvidenceTable get(@PathParam("idOrSlug") @Parameter(description = "The article's id (UUID) or slug.")
            String idOrSlug) {
        return service.table(Params.idOrSlug("idOrSlug", idOrSlug));
    }
}
