package org.evidenceapi.integrity;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.paging.PageRequest;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
@Path(ApiPaths.V1 + "/integrity/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity")
public class FindingWorklistResource {
    @Inject
    FindingWorklist worklist;

    @GET
    @Operation(operationId = "listIntegrityFindings", summary = "List the library's integrity findings",
            description = "The editors' worklist: the findings of every article's integrity report, article by "
                    + "article, filtered by rule, severity and article status; for instance every published article "
                    + "resting on a retracted paper (code=RETRACTED_REFERENCE&articleStatus=PUBLISHED). Each item "
                    + "names its article and carries the finding as the article's report shows it. Editors see "
                    + "every article's findings, anyone else those of published articles. To keep every request "
                    + "bounded, a page checks at most 200 articles: it may then hold fewer findings than limit, "
                    + "even none, with a nextCursor to go on from; the worklist is complete once a page has no "
                    + "nextCursor. Pages go forward only (no prevCursor).")
    public RestResponse<ArticleFindingPage> list(
            @QueryParam("code") @Parameter(description = "Only findings of these rules (repeat the parameter for "
                    + "several).", schema = @Schema(type = SchemaType.ARRAY, implementation = FindingCode.class))
            List<String> codes,
            @QueryParam("severity") @Parameter(description = "Only findings of this severity.",
                    schema = @Schema(implementation = Severity.class)) String severity,
            @QueryParam("articleStatus") @Parameter(description = "Only findings of articles in this status.",
                    schema = @Schema(implementation = ArticleStatus.class)) String articleStatus,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        FindingFilter filter = FindingFilter.of(codes, severity, articleStatus);
        return PageLinks.ok(uri, worklist.page(filter, PageRequest.limit(paging.limit),
                FindingWorklist.Position.of(paging.cursor)));
    }
}
