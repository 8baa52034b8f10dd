package org.evidenceapi.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.article.ArticleView;
import org.evidenceapi.common.ApiPaths;
import org.evidenceapi.common.ProblemException;
import org.evidenceapi.common.Viewer;
import org.evidenceapi.publishing.PublishGate;
import org.evidenceapi.publishing.PublishOverride;
import org.evidenceapi.publishing.PublishRefusal;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/imports")
@Tag(name = "Imports", description = "Whole articles with their claims, study summaries and references in one request.")
public class ImportResource {
    private static final String OVERRIDE_EXAMPLE = "Migrated as published in the old system; corrections follow";

    @Inject
    ArticleImporter importer;
    @Inject
    PublishGate gate;
    @ConfigProperty(name = "evidence.import.max-batch-documents")
    int maxBatchDocuments;

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
                    + "lists every problem found, each with its JSON path. Malformed values (identifiers, numbers, "
                    + "enums) are problems; what the integrity report exists to find (a claim citing [n] beyond "
                    + "the references, a paper listed twice) is stored as written and reported by "
                    + "getArticleIntegrity. A PUBLISHED document passes the publish gate: while its integrity "
                    + "report would have ERROR findings the answer is 409 listing them, unless an admin gives "
                    + "publishOverride. Import drafts (DRAFT, IN_REVIEW) to review them first.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocument.class)))
    @APIResponse(responseCode = "201", description = "Imported; Location names the new article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = PublishRefusal.RESPONSE)
    public RestResponse<ArticleView> importArticle(ArticleDocument document,
            @QueryParam(PublishGate.PARAMETER) @Parameter(description = PublishGate.PARAMETER_DESCRIPTION,
                    example = OVERRIDE_EXAMPLE) String publishOverride, @Context UriInfo uri) {
        PublishOverride override = gate.requested(publishOverride);
        if (document == null) {
            throw ProblemException.badBody("A JSON article document is required.");
        }
        ArticleView created = importer.importArticle(document, override);
        return RestResponse.ResponseBuilder.<ArticleView>created(location(uri, created.id())).entity(created).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importArticles", summary = "Import a batch of whole articles",
            description = "Writes a JSON array of article documents (each as importArticle takes it) in one "
                    + "transaction: all of them, or on any problem none. For moving a library in: one request and "
                    + "one revision per batch instead of one per article. Authors and topics are matched by slug, "
                    + "references by DOI, else PMID, else PMCID, against the library and against the batch's "
                    + "earlier documents, so a paper cited by several documents becomes one reference. A document "
                    + "names its own authors and topics or the library's. Problems name the document's index and "
                    + "the JSON path in it, e.g. [3].claims[2].statement; every problem of every document is "
                    + "listed (400), slugs taken by existing articles are a 409, and so are PUBLISHED documents "
                    + "whose integrity report would have ERROR findings (the publish gate, as in importArticle; "
                    + "one publishOverride covers the batch). A batch holds 1 to "
                    + "evidence.import.max-batch-documents (100 by default) documents, else 413, and its body is "
                    + "bound by the service's body size limit (evidence.max-body-size, 1 MiB by default), else 413.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = "Imported; the new articles in the batch's order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportedArticles.class)))
    @APIResponse(responseCode = "409", ref = PublishRefusal.RESPONSE)
    public ImportedArticles importArticles(@Schema(minItems = 1, maxItems = 100) List<ArticleDocument> documents,
            @QueryParam(PublishGate.PARAMETER) @Parameter(description = PublishGate.PARAMETER_DESCRIPTION,
                    example = OVERRIDE_EXAMPLE) String publishOverride, @Context UriInfo uri) {
        PublishOverride override = gate.requested(publishOverride);
        if (documents == null || documents.isEmpty()) {
            throw ProblemException.badBody("A JSON array of at least one article document is required.");
        }
        if (documents.size() > maxBatchDocuments) {
            throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, "The batch holds " + documents.size()
                    + " documents; at most " + maxBatchDocuments + " are accepted per request.", null);
        }
        List<ImportedArticle> imported = importer.importBatch(documents, override).stream()
                .map(a -> new ImportedArticle(a.id, a.slug, location(uri, a.id))).toList();
        return new ImportedArticles(imported.size(), imported);
    }

    private static URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path(ApiPaths.V1).path("articles").path(id.toString()).build();
    }
}
