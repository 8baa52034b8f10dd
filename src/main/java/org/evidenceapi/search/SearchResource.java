package org.evidenceapi.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.StudyDesign;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
@Path(ApiPaths.V1 + "/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search across articles, claims and study summaries.")
public class SearchResource {
    private static final String Q = "Words to find, in any form of the same English stem (\"needles\" finds "
            + "\"needle\"), case and accents ignored; all must occur. \"Quoted words\" must occur together in that "
            + "order; a word ending in * is a prefix (acup*). Stop words such as 'the' are ignored. At most 200 "
            + "characters (EVIDENCE_SEARCH_MAX_QUERY_LENGTH).";
    private static final int MAX_SUGGESTIONS = 20;
    private static final String REBUILDING = "The embedded search index (H2 only) is being rebuilt or is catching up "
            + "with the database after a start; see Retry-After. Every other endpoint answers meanwhile.";
    private static final String RETRY_AFTER = "Seconds to wait before searching again.";
    private static final String REBUILDING_EXAMPLE = """
            {"type": "about:blank", "title": "Service Unavailable", "status": 503,
             "detail": "The search index is being rebuilt; try again in a few seconds.",
             "instance": "/api/v1/search"}
            """;

    @Inject
    SearchService service;

    @GET
    @Operation(operationId = "searchContent", summary = "Search articles, claims and study summaries",
            description = "Hits of every kind in one list, most relevant first: the article's or study's title or "
                    + "the claim's statement weigh most, then subtitle, summary or section heading, then the rest. "
                    + "Each hit names the article it belongs to and shows the matching passage with the matched "
                    + "words marked. Anonymous callers find published articles, the claims of published articles and "
                    + "the study summaries those cite or link; editors find everything, and may filter by status. "
                    + "Pages follow page.nextCursor (or the Link header); the order is score, then kind, then id.")
    @APIResponse(responseCode = "200", description = "A page of hits.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "503", description = REBUILDING, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "rebuilding", value = REBUILDING_EXAMPLE)),
            headers = @Header(name = "Retry-After", description = RETRY_AFTER,
                    schema = @Schema(type = SchemaType.INTEGER)))
    public RestResponse<SearchPage> search(@BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = Q, required = true, example = "serotonin") String q,
            @QueryParam("kind") @Parameter(description = "Only hits of this kind.",
                    schema = @Schema(implementation = SearchKind.class)) String kind,
            @QueryParam("topic") @Parameter(description = "Only hits belonging to an article filed under this topic "
                    + "(id or slug). A topic that does not exist matches nothing.", example = "acupuncture")
            String topic,
            @QueryParam("design") @Parameter(description = "Only study summaries of this design.",
                    schema = @Schema(implementation = StudyDesign.class)) String design,
            @QueryParam("certainty") @Parameter(description = "Only claims and study summaries rated with this "
                    + "certainty.", schema = @Schema(implementation = Certainty.class)) String certainty,
            @QueryParam("status") @Parameter(description = "Only hits belonging to an article of this status. "
                    + "Values other than PUBLISHED need an editor's token (400 otherwise).",
                    schema = @Schema(implementation = ArticleStatus.class)) String status,
            @Context UriInfo uri) {
        SearchService.Criteria criteria = new SearchService.Criteria(
                Params.enumValue("kind", kind, SearchKind.class),
                Params.enumValue("status", status, ArticleStatus.class),
                topic == null ? null : Params.idOrSlug("topic", topic),
                Params.enumValue("design", design, StudyDesign.class),
                Params.enumValue("certainty", certainty, Certainty.class));
        return PageLinks.ok(uri, service.search(q, criteria, paging.request(null, SearchService.RELEVANCE)));
    }

    @GET
    @Path("/suggest")
    @Operation(operationId = "suggestSearchTerms", summary = "Complete a query as it is typed",
            description = "Completions of the query's last word (a prefix, * optional) from the words of the content "
                    + "the caller may read that matches, the most common first, each with the words before it. "
                    + "The same rules for q as searchContent.")
    @APIResponse(responseCode = "200", description = "The completions, most common first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchSuggestions.class)))
    @APIResponse(responseCode = "503", description = REBUILDING, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "rebuilding", value = REBUILDING_EXAMPLE)),
            headers = @Header(name = "Retry-After", description = RETRY_AFTER,
                    schema = @Schema(type = SchemaType.INTEGER)))
    public SearchSuggestions suggest(
            @QueryParam("q") @Parameter(description = "The query typed so far.", required = true,
                    example = "acup") String q,
            @QueryParam("limit") @Parameter(description = "At most this many suggestions, 1 to " + MAX_SUGGESTIONS
                    + ".", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20",
                            defaultValue = "10")) String limit) {
        Integer size = limit == null ? Integer.valueOf(10) : Params.integer("limit", limit);
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw ProblemException.badParameter("limit", "must be a whole number between 1 and " + MAX_SUGGESTIONS);
        }
        return service.suggest(q, size);
    }
}
