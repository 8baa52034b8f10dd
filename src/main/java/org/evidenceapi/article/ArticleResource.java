package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.claim.ClaimPage;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Created;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.http.Negotiation;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.CitationFormatter;
import org.evidenceapi.reference.CitationMediaTypes;
import org.evidenceapi.reference.CitationRequest;
import org.evidenceapi.reference.CitedReferencePage;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyPage;
import org.evidenceapi.study.StudyRepository;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
@Path(ApiPaths.V1 + "/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Health articles, their body, and the evidence they rest on.")
public class ArticleResource {
    private static final String ID_OR_SLUG = "The article's id (UUID) or slug.";
    private static final String IF_MATCH = "The ETag of the article as last read (GET without include); "
            + "428 without it, 412 if the article has changed since.";
    private static final String OVERRIDE_EXAMPLE = "Corrections are on their way; the editor-in-chief approved";

    @Inject
    ArticleDocuments documents;
    @Inject
    ArticleJsonLd jsonLd;
    @Inject
    ArticleService service;
    @Inject
    Viewer viewer;
    @Inject
    CitationFormatter citations;
    @Inject
    PublishCheck gate;

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Create an article",
            description = "Creates a DRAFT article with its body, authors and topics (named by id or slug). "
                    + "Claims and references come with a whole-article import or through their own resources.")
    @APIResponse(responseCode = "201", description = "Created; Location names the article, ETag is its tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ArticleView> create(ArticleInput input, @Context UriInfo uri) {
        ArticleView created = service.create(input);
        return Created.under(uri, created.id(), created);
    }

    @PUT
    @Path("/{idOrSlug}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Replaces the article's fields, body, authors and topics. A status change must follow "
                    + "the workflow (DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, back to review or draft for "
                    + "corrections, ARCHIVED -> DRAFT); publishedAt is set by the server on first publication. Moving "
                    + "to PUBLISHED passes the publish gate: while the article's integrity report has ERROR "
                    + "findings the answer is 409 listing them, unless an admin gives publishOverride.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = PublishCheck.REFUSAL_RESPONSE)
    public ArticleView replace(@PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            @QueryParam(PublishCheck.PARAMETER) @Parameter(description = PublishCheck.PARAMETER_DESCRIPTION,
                    example = OVERRIDE_EXAMPLE) String publishOverride,
            ArticleInput input) {
        PublishOverride override = gate.requested(publishOverride);
        return service.replace(Params.idOrSlug("idOrSlug", idOrSlug), input, ifMatch, override);
    }

    @PATCH
    @Path("/{idOrSlug}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchArticle", summary = "Change part of an article",
            description = "Applies a JSON Merge Patch (RFC 7386) to the article as PUT takes it: members given "
                    + "replace, members set to null are removed, lists are replaced whole. The rules of PUT apply, "
                    + "the publish gate included: {\"status\": \"PUBLISHED\"} is 409 while the article's "
                    + "integrity report has ERROR findings, unless an admin gives publishOverride.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of ArticleInput, the body of PUT; "
                    + "a member set to null is removed."),
            examples = @ExampleObject(name = "submitForReview", value = "{\"status\": \"IN_REVIEW\"}")))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = PublishCheck.REFUSAL_RESPONSE)
    public ArticleView patch(@PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            @QueryParam(PublishCheck.PARAMETER) @Parameter(description = PublishCheck.PARAMETER_DESCRIPTION,
                    example = OVERRIDE_EXAMPLE) String publishOverride,
            JsonNode patch) throws JsonProcessingException {
        PublishOverride override = gate.requested(publishOverride);
        return service.patch(Params.idOrSlug("idOrSlug", idOrSlug), patch, ifMatch, override);
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "deleteArticle", summary = "Archive (or delete) an article",
            description = "Archives the article: it leaves public view but keeps its history and can be revived "
                    + "as a draft. With hard=true (admins only) the article and what it owns (body, claims, "
                    + "bibliography entries) are deleted; shared references and study summaries stay.")
    @APIResponse(responseCode = "200", description = "Archived; the archived article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "204", description = "Deleted for good (hard=true).")
    public RestResponse<ArticleView> delete(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            @QueryParam("hard") @Parameter(description = "Delete for good instead of archiving (admins only).")
            boolean hard) {
        if (hard && !viewer.isAdmin()) {
            throw new ForbiddenException("hard delete needs the admin role");
        }
        ArticleView archived = service.delete(Params.idOrSlug("idOrSlug", idOrSlug), ifMatch, hard);
        return archived == null ? RestResponse.noContent() : RestResponse.ok(archived);
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles",
            description = "Articles without their body, filtered and a page at a time (keyset pagination: "
                    + "follow page.nextCursor or the Link header). A topic or author that does not exist matches "
                    + "no article.")
    public RestResponse<ArticlePage> list(@BeanParam PageParams paging,
            @QueryParam("topic") @Parameter(description = "Only articles filed under this topic (id or slug).",
                    example = "acupuncture") String topic,
            @QueryParam("author") @Parameter(description = "Only articles by this author (id or slug).",
                    example = "margaux-loyer") String author,
            @QueryParam("level") @Parameter(description = "Only articles written for this reading level.",
                    schema = @Schema(implementation = Level.class)) String level,
            @QueryParam("status") @Parameter(description = "Only articles in this editorial status.",
                    schema = @Schema(implementation = ArticleStatus.class)) String status,
            @QueryParam("label") @Parameter(description = "Only articles carrying this label (exact match).",
                    example = "Evidence based") String label,
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending; -createdAt when none is "
                    + "given.", schema = @Schema(implementation = ArticleSort.class)) String sort,
            @Context UriInfo uri) {
        ArticleFilter filter = new ArticleFilter(
                topic == null ? null : Params.idOrSlug("topic", topic),
                author == null ? null : Params.idOrSlug("author", author),
                Params.enumValue("level", level, Level.class),
                Params.enumValue("status", status, ArticleStatus.class), label);
        return PageLinks.ok(uri, service.list(filter, paging.request(sort, ArticleRepository.SORTS)));
    }

    @GET
    @Path("/{idOrSlug}")
    @Produces({MediaType.APPLICATION_JSON, ArticleJsonLd.MEDIA_TYPE})
    @Operation(operationId = "getArticle", summary = "Read an article",
            description = "One article with its sections, authors and topics. With include=claims,studies,references "
                    + "the response holds everything a front end needs to render the article in one request; "
                    + "the number of database statements stays fixed whatever the article's size. With Accept: "
                    + "application/ld+json the article is schema.org JSON-LD instead, as getArticleLinkedData "
                    + "gives it; include does not apply to it.")
    @APIResponse(responseCode = "200", description = "The article.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)),
            @Content(mediaType = ArticleJsonLd.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "schema.org MedicalScholarlyArticle (https://schema.org/MedicalScholarlyArticle)."))})
    public RestResponse<Object> get(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG,
                    example = "health-benefits-of-acupuncture-part-1") String idOrSlug,
            @QueryParam("include") @Parameter(description = "Related resources to embed, comma-separated "
                    + "(include=claims,studies) or repeated (include=claims&include=studies). Authors and topics are "
                    + "always embedded; naming them changes nothing.",
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleInclude.class),
                    example = "[\"claims\", \"studies\", \"references\"]")
            List<String> include,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        IdOrSlug key = Params.idOrSlug("idOrSlug", idOrSlug);
        if (Negotiation.prefers(headers, ArticleJsonLd.MEDIA)) {
            return RestResponse.ResponseBuilder.ok((Object) jsonLd.document(key, uri), ArticleJsonLd.MEDIA).build();
        }
        return RestResponse.ResponseBuilder.ok((Object) documents.json(key, ArticleInclude.parse(include)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{idOrSlug}/claims")
    @Operation(operationId = "listArticleClaims", summary = "List an article's claims",
            description = "The article's claims in the order they appear in the text, a page at a time.")
    public RestResponse<ClaimPage> claims(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, service.claims(Params.idOrSlug("idOrSlug", idOrSlug),
                paging.request(null, ClaimRepository.ARTICLE_ORDER)));
    }

    @GET
    @Path("/{idOrSlug}/references")
    @Produces({MediaType.APPLICATION_JSON, CitationMediaTypes.CSL_JSON, CitationMediaTypes.BIBTEX,
            CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY, CitationMediaTypes.HTML})
    @Operation(operationId = "listArticleReferences", summary = "List an article's bibliography",
            description = "The article's references in citation order; each item's number is the [n] the text "
                    + "uses. A page at a time. As DOI resolvers do, the whole bibliography also comes in the "
                    + "formats citation tools read, chosen by Accept: CSL-JSON (an array of items), BibTeX, RIS, "
                    + "and formatted in any CSL style as text/x-bibliography (plain text, one entry a line) or "
                    + "text/html; those are never paged, and list each paper once. JSON is the default when "
                    + "Accept is absent or */*; exportArticleBibliography names the format in the URL instead. A "
                    + "formatted bibliography is rendered once per style, locale and content, then served from "
                    + "memory.")
    @APIResponse(responseCode = "200", description = "The bibliography, in the representation Accept asks for.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = CitedReferencePage.class)),
                @Content(mediaType = CitationMediaTypes.CSL_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = Map.class, description = "CSL-JSON items in citation order. " + CitationMediaTypes.CSL_ITEM)),
                @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING,
                        description = "BibTeX entries in citation order (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING,
                        description = "RIS records in citation order (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING,
                        description = "The bibliography in the CSL style asked for, ordered as the style orders "
                                + "it, as plain text.")),
                @Content(mediaType = CitationMediaTypes.HTML, schema = @Schema(type = SchemaType.STRING,
                        description = "The bibliography in the CSL style asked for, as an HTML fragment."))})
    public Response references(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @BeanParam PageParams paging,
            @QueryParam("style") @Parameter(description = CitationMediaTypes.STYLE, example = "vancouver") String style,
            @QueryParam("locale") @Parameter(description = CitationMediaTypes.LOCALE, example = "en-GB") String locale,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        IdOrSlug key = Params.idOrSlug("idOrSlug", idOrSlug);
        PageRequest<ArticleReference> page = paging.request(null, ReferenceRepository.CITATION_ORDER);
        CitationRequest citation = citations.negotiate(headers, style, locale);
        if (!citation.isJson()) {
            return citation.ok(citations.format(service.bibliography(key), citation));
        }
        return CitationRequest.json(PageLinks.ok(uri, service.references(key, page)).toResponse());
    }

    @GET
    @Path("/{idOrSlug}/studies")
    @Operation(operationId = "listArticleStudies", summary = "List an article's study summaries",
            description = "The studies behind the article: those its document or an edit attached to it and those "
                    + "its claims link; never another article's summaries of a paper it also cites. A page at a "
                    + "time.")
    public RestResponse<StudyPage> studies(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, service.studies(Params.idOrSlug("idOrSlug", idOrSlug),
                paging.request(null, StudyRepository.SORTS)));
    }

    @PUT
    @Path("/{idOrSlug}/studies/{studyId}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "attachArticleStudy", summary = "Attach a study summary to an article",
            description = "Makes the study summary one of the article's studies, as an import attaches its "
                    + "document's studies: it shows in the article's studies, evidence table, integrity report and "
                    + "search. Attaching one already attached changes nothing. No body.")
    @APIResponse(responseCode = "200", description = "Attached; the article, whose ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    public ArticleView attachStudy(@PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @PathParam("studyId") @Parameter(description = "The study summary's id.") String studyId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return service.attachStudy(Params.idOrSlug("idOrSlug", idOrSlug), Params.uuid("studyId", studyId), ifMatch);
    }

    @DELETE
    @Path("/{idOrSlug}/studies/{studyId}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "detachArticleStudy", summary = "Detach a study summary from an article",
            description = "Removes a study summary the article's document or an edit attached; the summary itself "
                    + "stays in the library. 404 when it is not attached; 409, naming the claims, while a claim of "
                    + "the article rests on it (a claim's studies are always the article's).")
    @APIResponse(responseCode = "200", description = "Detached; the article, whose ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ArticleView detachStudy(@PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @PathParam("studyId") @Parameter(description = "The study summary's id.") String studyId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return service.detachStudy(Params.idOrSlug("idOrSlug", idOrSlug), Params.uuid("studyId", studyId), ifMatch);
    }
}
