package org.evidenceapi.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Params;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * getArticle's JSON-LD at an address of its own, for clients that type an answer by its schema and so cannot take
 * one chosen by Accept. Produces anything: there is one representation, whatever Accept says.
 */
@VersionedContent
@Path(ApiPaths.V1 + "/articles/{idOrSlug}/linked-data")
@Tag(name = "Articles")
public class ArticleLinkedDataResource {

    @Inject
    ArticleJsonLd jsonLd;

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getArticleLinkedData", summary = "Read an article as linked data",
            description = "The article as schema.org JSON-LD: a MedicalScholarlyArticle with its authors, topics "
                    + "(about), bibliography (citation, with DOI and PubMed identifiers) and claims (hasPart, as "
                    + "Claim). The same body and ETag as getArticle gives for Accept: application/ld+json; Accept "
                    + "plays no part.")
    @APIResponse(responseCode = "200", description = "The article as JSON-LD.", content = @Content(
            mediaType = ArticleJsonLd.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "schema.org MedicalScholarlyArticle (https://schema.org/MedicalScholarlyArticle).")))
    public RestResponse<byte[]> get(
            @PathParam("idOrSlug") @Parameter(description = "The article's id (UUID) or slug.",
                    example = "health-benefits-of-acupuncture-part-1") String idOrSlug,
            @Context UriInfo uri) {
        byte[] body = jsonLd.document(Params.idOrSlug("idOrSlug", idOrSlug), uri);
        return RestResponse.ResponseBuilder.ok(body, ArticleJsonLd.MEDIA).build();
    }
}
