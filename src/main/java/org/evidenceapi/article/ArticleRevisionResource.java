package org.evidenceapi.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.revision.RevisionPage;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/articles/{idOrSlug}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
@Tag(name = "Articles")
public class ArticleRevisionResource {
    private static final String ARTICLE = "The article's id (UUID) or slug; archived and deleted articles keep their "
            + "history.";

    @Inject
    ArticleHistory history;

    @GET
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions",
            description = "Every committed change to the article or its parts (body, claims, bibliography), newest "
                    + "first, with who made it (the editor token's subject) and when, and for a publication over "
                    + "integrity errors the admin's reason (note). Editors only.")
    public RestResponse<RevisionPage> list(@PathParam("idOrSlug") @Parameter(description = ARTICLE) String idOrSlug,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, history.list(Params.idOrSlug("idOrSlug", idOrSlug),
                paging.request(null, ArticleHistory.ORDER)));
    }

    @GET
    @Path("/{revision}")
    @Operation(operationId = "getArticleRevision", summary = "Read an article as a revision left it",
            description = "The article with its body, authors, topics, claims and bibliography as they were after "
                    + "the given revision (one listed by listArticleRevisions). Editors only.")
    public ArticleRevision get(@PathParam("idOrSlug") @Parameter(description = ARTICLE) String idOrSlug,
            @PathParam("revision") @Parameter(description = "The revision number.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String revision) {
        return history.at(Params.idOrSlug("idOrSlug", idOrSlug), number(revision));
    }

    private static long number(String revision) {
        try {
            long number = Long.parseLong(revision);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badParameter("revision", "must be a revision number (a whole number from 1)");
    }
}
