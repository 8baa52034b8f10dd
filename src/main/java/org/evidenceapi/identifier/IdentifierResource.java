package org.evidenceapi.identifier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;

@VersionedContent
@Path(ApiPaths.V1 + "/identifiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identifiers", description = "Validation and normalisation of paper identifiers, as every write applies it.")
public class IdentifierResource {
    @GET
    @Path("/normalize")
    @Operation(operationId = "normalizeIdentifier", summary = "Recognise and normalise an identifier",
            description = "Recognises a DOI (bare, doi: prefixed or as a doi.org URL), a PMCID (PMC + digits, or a "
                    + "PMC article URL), a PMID (digits, pmid: prefixed or a PubMed URL) or an ISSN (NNNN-NNNC, "
                    + "check digit verified), validates it and returns its type, the normalised form the API stores, "
                    + "and the address that resolves it. Plain digits are read as a PMID; write an ISSN with its "
                    + "hyphen. Anything else is a 400 that says why.")
    public RecognisedIdentifier normalize(@QueryParam("value") @Parameter(description = "The identifier as found "
            + "in a citation, a URL or a form field.", required = true,
            example = "https://doi.org/10.1016/J.JPAIN.2017.11.005") String value) {
        return RecognisedIdentifier.of(value);
    }
}
