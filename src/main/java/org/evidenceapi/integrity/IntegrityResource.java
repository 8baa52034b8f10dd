package org.evidenceapi.integrity;

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
@Path(ApiPaths.V1 + "/articles/{idOrSlug}/integrity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity", description = "What is wrong with an article's citations, references and evidence.")
public class IntegrityResource {
    @Inject
    IntegrityService service;

    @GET
    @Operation(operationId = "getArticleIntegrity", summary = "Check an article's integrity",
            description = "Runs every integrity rule over the article and lists what it finds, each finding with "
                    + "its rule code, severity, a message for editors and the claim, reference ([n]) or study it "
                    + "concerns, plus the number of findings per severity. The codes, their severities and rules "
                    + "are listed under the FindingCode schema. Editors may check any article; anyone may check a "
                    + "published one.")
    public IntegrityReport get(@PathParam("idOrSlug") @Parameter(description = "The article's id (UUID) or slug.")
            String idOrSlug) {
        return service.report(Params.idOrSlug("idOrSlug", idOrSlug));
    }
}
