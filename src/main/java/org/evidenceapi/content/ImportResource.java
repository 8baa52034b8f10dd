package org.evidenceapi.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.article.ArticleInclude;
import org.evidenceapi.article.ArticleService;
import org.evidenceapi.article.ArticleView;
import org.evidenceapi.common.ApiPaths;
import org.evidenceapi.common.Params;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.Viewer;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/imports")
@Tag(name = "Imports", description = "Whole articles with their claims, study summaries and references in one request.")
public class ImportResource {
    @Inject
    ArticleImporter importer;
    @Inject
    ArticleService articles;

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importArticle", summary = "Import a whole article",
            description = "Writes an article document (the format of the demo content: the article with its "
                    + "sections, authors, topics, references in citation order, study summaries and claims) in one "
                    + "transaction. Authors and topics are matched by slug, references by DOI, else PMID, else "
                    + "PMCID, and reused rather than duplicated. On any problem nothing is written and the answer "
                    + "lists every problem found, each with its JSON path.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocument.class)))
    @APIResponse(responseCode = "201", description = "Imported; Location names the new article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ArticleView> importArticle(ArticleDocument document, @Context UriInfo uri) {
        if (document == null) {
            throw ProblemException.badBody("A JSON article document is required.");
        }
        String slug = importer.importDocument(document).slug;
        ArticleView created = articles.get(Params.idOrSlug("slug", slug), EnumSet.noneOf(ArticleInclude.class));
        URI location = uri.getBaseUriBuilder().path(ApiPaths.V1).path("articles").path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<ArticleView>created(location).entity(created).build();
    }
}
