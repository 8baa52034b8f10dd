package org.evidenceapi.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.reference.BibliographyFormat;
import org.evidenceapi.reference.CitationFormatter;
import org.evidenceapi.reference.CitationMediaTypes;
import org.evidenceapi.reference.CitationRequest;

/**
 * listArticleReferences' citation formats named in the URL, for download links and generated clients (which type
 * an answer by its schema, so cannot take one chosen by Accept). Produces anything: the format alone decides.
 */
@VersionedContent
@Path(ApiPaths.V1 + "/articles/{idOrSlug}/bibliography")
@Tag(name = "Articles")
public class ArticleBibliographyResource {
    @Inject
    ArticleService service;
    @Inject
    CitationFormatter citations;

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportArticleBibliography", summary = "Export an article's bibliography",
            description = "The article's whole bibliography in the citation format named by format: CSL-JSON (an "
                    + "array of items), BibTeX, RIS, or formatted in any CSL style as plain text (one entry a line) "
                    + "or HTML. Never paged; citation order, each paper once. The same body and ETag as "
                    + "listArticleReferences gives for that format's media type; Accept plays no part.")
    @APIResponse(responseCode = "200", description = "The bibliography in the format named; Content-Type is its "
            + "media type.",
            content = {
                @Content(mediaType = CitationMediaTypes.CSL_JSON, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "CSL-JSON items in citation order (a JSON array, UTF-8). "
                                + CitationMediaTypes.CSL_ITEM)),
                @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "BibTeX entries in citation order (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "RIS records in citation order (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "The bibliography in the CSL style asked for, ordered as "
                                + "the style orders it, as plain text (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.HTML, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "The bibliography in the CSL style asked for, as an HTML "
                                + "fragment (UTF-8)."))})
    public Response export(
            @PathParam("idOrSlug") @Parameter(description = "The article's id (UUID) or slug.",
                    example = "health-benefits-of-acupuncture-part-1") String idOrSlug,
            @QueryParam(BibliographyFormat.PARAMETER) @Parameter(description = CitationMediaTypes.FORMAT,
                    required = true, example = "bibtex", schema = @Schema(implementation = BibliographyFormat.class))
            String format,
            @QueryParam("style") @Parameter(description = CitationMediaTypes.STYLE, example = "vancouver") String style,
            @QueryParam("locale") @Parameter(description = CitationMediaTypes.LOCALE, example = "en-GB") String locale) {
        IdOrSlug key = Params.idOrSlug("idOrSlug", idOrSlug);
        CitationRequest citation = citations.named(format, style, locale);
        return citation.ok(citations.format(service.bibliography(key), citation));
    }
}
