package org.evidenceapi.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.article.PublishCheck;
import org.evidenceapi.article.PublishOverride;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.caching.EntityTags;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.publishing.PublishGate;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/imports")
@Tag(name = "Imports", description = "Whole articles with their claims, study summaries and references in one request.")
public class ImportResource {
    private static final String OVERRIDE_EXAMPLE = "Migrated as published in the old system; corrections follow";

    @Inject
    ArticleImporter importer;
    @Inject
    EntityTags entityTags;
    @Inject
    PublishGate gate;
    int maxBatchDocuments;

    @Inject
    void configure(EvidenceConfig config) {
        maxBatchDocuments = config.batchImport().maxBatchDocuments();
    }

    static final String APPLY_REFERENCE_CHANGES = "applyReferenceChanges";
    private static final String APPLY_DESCRIPTION = "When a reference entry names a stored paper (same DOI, else "
            + "PMID, else PMCID) but gives bibliographic fields (type, authors, year, title, containerTitle, volume, "
            + "issue, pages, articleNumber, pmid, pmcid, issn, url, language, peerReviewed, accessedAt, notes) "
            + "differently, or gives ones the stored paper lacks: false (the default) keeps the stored values and "
            + "lists each difference in import.warnings; true writes the document's values onto the stored paper "
            + "(a revision of the reference) and lists them in import.applied. A more severe updateStatus is "
            + "applied either way, a less severe one never. Only true or false.";

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
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
                    + "publishOverride. Import drafts (DRAFT, IN_REVIEW) to review them first. The 201 answers the "
                    + "article as GET does (its ETag is the article's), and in import what became of each study "
                    + "(summary REUSED or CREATED) and each reference entry (paper MATCHED, and by which "
                    + "identifier, or CREATED), with the differences from stored papers that were applied or, as "
                    + "warnings, kept (see applyReferenceChanges).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocument.class)))
    @APIResponse(responseCode = "201", description = "Imported; Location names the new article and ETag is its tag "
            + "(the one GET gives, for If-Match); the body is the article plus import.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportedArticleView.class)))
    @APIResponse(responseCode = "409", ref = PublishCheck.REFUSAL_RESPONSE)
    @Parameter(name = APPLY_REFERENCE_CHANGES, in = ParameterIn.QUERY, description = APPLY_DESCRIPTION,
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public RestResponse<ImportedArticleView> importArticle(ArticleDocument document,
            @QueryParam(PublishCheck.PARAMETER) @Parameter(description = PublishCheck.PARAMETER_DESCRIPTION,
                    example = OVERRIDE_EXAMPLE) String publishOverride, @Context UriInfo uri) {
        boolean apply = applyReferenceChanges(uri);
        PublishOverride override = gate.requested(publishOverride);
        if (document == null) {
            throw ProblemException.badBody("A JSON article document is required.");
        }
        ImportedArticleView created = importer.importArticle(document, override, apply);
        // the body tells more than the article, but the tag is the article's: what If-Match must name to change it
        return RestResponse.ResponseBuilder.<ImportedArticleView>created(location(uri, created.article().id()))
                .entity(created).header(HttpHeaders.ETAG, entityTags.tagOf(created.article())).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importArticleBatch", summary = "Import a batch of whole articles",
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
                    + "bound by the service's body size limit (evidence.max-body-size, 1 MiB by default), else 413. "
                    + "Each article of the answer carries import, as importArticle's answer does; "
                    + "applyReferenceChanges applies to every document of the batch.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = "Imported; the new articles in the batch's order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportedArticles.class)))
    @APIResponse(responseCode = "409", ref = PublishCheck.REFUSAL_RESPONSE)
    @Parameter(name = APPLY_REFERENCE_CHANGES, in = ParameterIn.QUERY, description = APPLY_DESCRIPTION,
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public ImportedArticles importArticleBatch(@Schema(minItems = 1, maxItems = 100) List<ArticleDocument> documents,
            @QueryParam(PublishCheck.PARAMETER) @Parameter(description = PublishCheck.PARAMETER_DESCRIPTION,
                    example = OVERRIDE_EXAMPLE) String publishOverride, @Context UriInfo uri) {
        boolean apply = applyReferenceChanges(uri);
        PublishOverride override = gate.requested(publishOverride);
        if (documents == null || documents.isEmpty()) {
            throw ProblemException.badBody("A JSON array of at least one article document is required.");
        }
        if (documents.size() > maxBatchDocuments) {
            throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, "The batch holds " + documents.size()
                    + " documents; at most " + maxBatchDocuments + " are accepted per request.", null);
        }
        List<ImportedArticle> imported = importer.importBatch(documents, override, apply).stream()
                .map(i -> new ImportedArticle(i.article().id, i.article().slug, location(uri, i.article().id),
                        i.report())).toList();
        return new ImportedArticles(imported.size(), imported);
    }

    /**
     * Read from the query itself: a @QueryParam hands an empty value ({@code ?applyReferenceChanges=}) over as
     * absent, which would be a silent false where the editor meant something.
     */
    private static boolean applyReferenceChanges(UriInfo uri) {
        List<String> given = uri.getQueryParameters().get(APPLY_REFERENCE_CHANGES);
        if (given != null && given.size() > 1) {
            throw ProblemException.badParameter(APPLY_REFERENCE_CHANGES, "must be given once");
        }
        return Params.flag(APPLY_REFERENCE_CHANGES, given == null ? null : Objects.requireNonNullElse(given.get(0), ""));
    }

    private static URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path(ApiPaths.V1).path("articles").path(id.toString()).build();
    }
}
