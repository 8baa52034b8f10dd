package org.evidenceapi.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.caching.VersionedContent;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Created;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.identifier.Identifiers;
import org.jboss.resteasy.reactive.RestResponse;

@VersionedContent
@Path(ApiPaths.V1 + "/references")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "References", description = "Bibliographic references, shared by every article that cites them.")
public class ReferenceResource {
    @Inject
    ReferenceService service;
    @Inject
    CitationFormatter formatter;

    @GET
    @Operation(operationId = "listReferences", summary = "List references",
            description = "References across the library, filtered and a page at a time. Identifier filters "
                    + "are normalised like stored identifiers: a DOI matches case-insensitively and may be given "
                    + "as a doi.org URL.")
    public RestResponse<ReferencePage> list(@BeanParam PageParams paging,
            @QueryParam("doi") @Parameter(description = "Only the reference with this DOI.",
                    example = "10.1016/j.jpain.2017.11.005") String doi,
            @QueryParam("pmid") @Parameter(description = "Only the reference with this PubMed id.",
                    example = "29198932") String pmid,
            @QueryParam("pmcid") @Parameter(description = "Only the reference with this PubMed Central id.",
                    example = "PMC5927830") String pmcid,
            @QueryParam("year") @Parameter(description = "Only references published in this year.",
                    schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("type") @Parameter(description = "Only references of this type.",
                    schema = @Schema(implementation = ReferenceType.class)) String type,
            @QueryParam("sort") @Parameter(description = "Sort key, '-' for descending; createdAt when none is given.",
                    schema = @Schema(implementation = ReferenceSort.class)) String sort,
            @Context UriInfo uri) {
        ReferenceFilter filter = new ReferenceFilter(
                Identifiers.doiKey(identifier("doi", doi, Identifiers.doi(doi), "must be a DOI such as 10.1016/j.jpain.2017.11.005")),
                identifier("pmid", pmid, Identifiers.pmid(pmid), "must be digits only"),
                identifier("pmcid", pmcid, Identifiers.pmcid(pmcid), "must be PMC followed by digits"),
                Params.integer("year", year), Params.enumValue("type", type, ReferenceType.class));
        return PageLinks.ok(uri, service.list(filter, paging.request(sort, ReferenceRepository.SORTS)));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, CitationMediaTypes.CSL_JSON, CitationMediaTypes.BIBTEX,
            CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY, CitationMediaTypes.HTML})
    @Operation(operationId = "getReference", summary = "Read a reference",
            description = "One reference with its authors and every identifier. As DOI resolvers do, it also "
                    + "speaks the formats citation tools read, chosen by Accept: CSL-JSON (a single item), BibTeX, "
                    + "RIS, and a formatted citation in any CSL style as text/x-bibliography (plain text) or "
                    + "text/html. JSON is the default when Accept is absent or */*. exportReference names the "
                    + "format in the URL instead.")
    @APIResponse(responseCode = "200", description = "The reference, in the representation Accept asks for.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ReferenceView.class)),
                @Content(mediaType = CitationMediaTypes.CSL_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = CitationMediaTypes.CSL_ITEM)),
                @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING,
                        description = "One BibTeX entry (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING,
                        description = "One RIS record (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING,
                        description = "The reference formatted in the CSL style asked for, as plain text.")),
                @Content(mediaType = CitationMediaTypes.HTML, schema = @Schema(type = SchemaType.STRING,
                        description = "The reference formatted in the CSL style asked for, as an HTML fragment."))})
    public Response get(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @QueryParam("style") @Parameter(description = CitationMediaTypes.STYLE, example = "vancouver") String style,
            @QueryParam("locale") @Parameter(description = CitationMediaTypes.LOCALE, example = "en-GB") String locale,
            @Context HttpHeaders headers) {
        UUID key = Params.uuid("id", id);
        CitationRequest citation = formatter.negotiate(headers, style, locale);
        ReferenceView reference = service.get(key);
        return citation.isJson() ? CitationRequest.json(Response.ok(reference).build())
                : citation.ok(formatter.format(reference, citation));
    }

    /** getReference's citation formats named in the URL; any Accept is met, as the format alone decides. */
    @GET
    @Path("/{id}/citation")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportReference", summary = "Export a reference as a citation",
            description = "The reference in the citation format named by format, for download links and generated "
                    + "clients: CSL-JSON (a single item), BibTeX, RIS, or formatted in any CSL style as plain text "
                    + "or HTML. The same body and ETag as getReference gives for that format's media type; Accept "
                    + "plays no part.")
    @APIResponse(responseCode = "200", description = "The reference in the format named; Content-Type is its "
            + "media type.",
            content = {
                @Content(mediaType = CitationMediaTypes.CSL_JSON, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "One CSL-JSON item (UTF-8). " + CitationMediaTypes.CSL_ITEM)),
                @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "One BibTeX entry (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "One RIS record (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "The reference formatted in the CSL style asked for, as "
                                + "plain text (UTF-8).")),
                @Content(mediaType = CitationMediaTypes.HTML, schema = @Schema(type = SchemaType.STRING,
                        format = "binary", description = "The reference formatted in the CSL style asked for, as "
                                + "an HTML fragment (UTF-8)."))})
    public Response export(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @QueryParam(BibliographyFormat.PARAMETER) @Parameter(description = CitationMediaTypes.FORMAT,
                    required = true, example = "bibtex", schema = @Schema(implementation = BibliographyFormat.class))
            String format,
            @QueryParam("style") @Parameter(description = CitationMediaTypes.STYLE, example = "vancouver") String style,
            @QueryParam("locale") @Parameter(description = CitationMediaTypes.LOCALE, example = "en-GB") String locale) {
        UUID key = Params.uuid("id", id);
        CitationRequest citation = formatter.named(format, style, locale);
        return citation.ok(formatter.format(service.get(key), citation));
    }

    private static String identifier(String name, String given, String normalised, String message) {
        if (given != null && normalised == null) {
            throw ProblemException.badParameter(name, message);
        }
        return normalised;
    }

    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReference", summary = "Create a reference",
            description = "Creates a reference. Identifiers are validated and normalised (a doi.org URL becomes the bare DOI); a DOI, PMID or PMCID another reference has is a 409, since a paper is one reference shared by every article citing it. "
                    + "The body may also be one BibTeX entry (application/x-bibtex) or one RIS record "
                    + "(application/x-research-info-systems), as citation tools export them: it is read with "
                    + "citeproc-java and checked like JSON, so a 400 names the fields that are wrong. A body that "
                    + "cannot be read, or holds no entry or more than one, is a 400 too. " + ImportLimits.DESCRIPTION)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceInput.class)),
        @Content(mediaType = CitationMediaTypes.BIBTEX, schema = @Schema(type = SchemaType.STRING,
                description = "Exactly one BibTeX entry; eid (the article number), note or type (Review, Study "
                        + "protocol), a PubMed eprint (the PMID), a \"PMCID: PMC...\" addendum, and pmid and "
                        + "pmcid fields are read too.")),
        @Content(mediaType = CitationMediaTypes.RIS, schema = @Schema(type = SchemaType.STRING,
                description = "Exactly one RIS record; AN (a PMID) and C2 (a PMCID) are read too."))})
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReferenceView> create(ReferenceInput input, @Context UriInfo uri) {
        ReferenceView created = service.create(input);
        return Created.under(uri, created.id(), created);
    }

    /** createReference for a BibTeX or RIS body, documented with it. */
    @POST
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes({CitationMediaTypes.BIBTEX, CitationMediaTypes.RIS})
    @Operation(hidden = true)
    public RestResponse<ReferenceView> createFromCitation(String body, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String text = body == null ? "" : body;
        if (text.indexOf('\u0000') >= 0) {
            throw ProblemException.badBody("The body holds a NUL character (U+0000), which no field may contain.");
        }
        CSLItemData item = ReferenceFormat.BIBTEX.mediaType().isCompatible(headers.getMediaType())
                ? BibTeXFormat.read(text) : RisFormat.read(text);
        ReferenceView created = service.create(CslItems.toInput(item));
        return Created.under(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceReference", summary = "Replace a reference",
            description = "Replaces every field of the reference. Identifiers are validated and normalised (a doi.org URL becomes the bare DOI); a DOI, PMID or PMCID another reference has is a 409, since a paper is one reference shared by every article citing it.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferenceView replace(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch, ReferenceInput input) {
        return service.replace(Params.uuid("id", id), input, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchReference", summary = "Change part of a reference",
            description = "Applies a JSON Merge Patch (RFC 7386) to the reference as PUT takes it; the rules of PUT apply.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the PUT body; null removes one.")))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferenceView patch(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return service.patch(Params.uuid("id", id), patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "deleteReference", summary = "Delete a reference",
            description = "Deletes the reference; refused with 409, naming them, while anything still uses it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("id") @Parameter(description = "The reference's id (UUID).") String id,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(Params.uuid("id", id), ifMatch);
    }
}
