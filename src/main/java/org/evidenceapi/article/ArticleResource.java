package org.evidenceapi.article;

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
import org.evidenceapi.claim.ClaimPage;
import org.evidenceapi.claim.ClaimRepository;
import org.evidenceapi.common.ApiPaths;
import org.evidenceapi.common.PageLinks;
import org.evidenceapi.common.PageParams;
import org.evidenceapi.common.Params;
import org.evidenceapi.reference.CitedReferencePage;
import org.evidenceapi.reference.ReferenceRepository;
import org.evidenceapi.study.StudyPage;
import org.evidenceapi.study.StudyRepository;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Health articles, their body, and the evidence they rest on.")
public class ArticleResource {
    private static final String ID_OR_SLUG = "The article's id (UUID) or slug.";

    @Inject
    ArticleService service;

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
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending.",
                    schema = @Schema(enumeration = {"createdAt", "-createdAt", "updatedAt", "-updatedAt", "title",
                            "-title"}, defaultValue = "-createdAt")) String sort,
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
    @Operation(operationId = "getArticle", summary = "Read an article",
            description = "One article with its sections. With include=claims,studies,references,authors,topics "
                    + "the response holds everything a front end needs to render the article in one request; "
                    + "the number of database statements stays fixed whatever the article's size.")
    public ArticleView get(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG,
                    example = "health-benefits-of-acupuncture-part-1") String idOrSlug,
            @QueryParam("include") @Parameter(description = "Comma-separated related resources to embed: "
                    + ArticleInclude.ALLOWED + ".", example = "claims,studies,references,authors,topics")
            String include) {
        return service.get(Params.idOrSlug("idOrSlug", idOrSlug), ArticleInclude.parse(include));
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
    @Operation(operationId = "listArticleReferences", summary = "List an article's bibliography",
            description = "The article's references in citation order; each item's number is the [n] the text "
                    + "uses. A page at a time.")
    public RestResponse<CitedReferencePage> references(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, service.references(Params.idOrSlug("idOrSlug", idOrSlug),
                paging.request(null, ReferenceRepository.CITATION_ORDER)));
    }

    @GET
    @Path("/{idOrSlug}/studies")
    @Operation(operationId = "listArticleStudies", summary = "List an article's study summaries",
            description = "The studies behind the article: those its claims link and those reported by a paper "
                    + "in its bibliography. A page at a time.")
    public RestResponse<StudyPage> studies(
            @PathParam("idOrSlug") @Parameter(description = ID_OR_SLUG) String idOrSlug,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, service.studies(Params.idOrSlug("idOrSlug", idOrSlug),
                paging.request(null, StudyRepository.SORTS)));
    }
}
