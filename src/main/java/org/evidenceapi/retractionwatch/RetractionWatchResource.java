package org.evidenceapi.retractionwatch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.security.Viewer;

@Path(UploadLimit.PATH)
@Tag(name = "References")
public class RetractionWatchResource {
    static final String CSV = "text/csv";

    @Inject
    RetractionWatchService service;

    @POST
    @RolesAllowed(Viewer.ADMIN)
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReferenceStatuses", summary = "Update paper statuses from Retraction Watch",
            description = "Reads the Retraction Watch data set as Crossref publishes it (CSV, UTF-8, with its header "
                    + "row) and sets the update status of every stored paper it has a notice about, matched by "
                    + "OriginalPaperDOI (case-insensitively, as a bare DOI or doi.org URL), else by "
                    + "OriginalPaperPubMedID. RetractionNature gives the status: Retraction → RETRACTED, Expression "
                    + "of concern → EXPRESSION_OF_CONCERN, Correction → CORRECTED. Of several notices about one "
                    + "paper the most severe wins, the latest of equals; its RetractionDOI and RetractionDate "
                    + "(M/d/yyyy H:mm) become the paper's updateNoticeDoi and updateNoticeDate. A status is only "
                    + "raised, except by a Reinstatement: it withdraws the retractions dated on or before it, and "
                    + "when a notice (not an editor or an import) set the paper's status, the paper takes the "
                    + "status of the notices still standing, or NONE. "
                    + "The body is streamed, up to evidence.retraction-watch.max-upload-size (200 MiB by default), "
                    + "else 413; no other route takes more than evidence.max-body-size. Only the header's "
                    + "OriginalPaperDOI, OriginalPaperPubMedID, RetractionNature, RetractionDate and RetractionDOI "
                    + "columns are read; a header lacking any is a 400 naming them. A row with an unknown nature, a "
                    + "date that is not one, identifiers that are not, or broken quoting is left out and listed by "
                    + "line; 'unavailable', 0 and empty mean an identifier is not known. All changes are made in "
                    + "one transaction once the whole body has arrived, recorded in each paper's revision history: "
                    + "a body cut off (the connection lost, shorter than its Content-Length) or refused changes "
                    + "nothing. Uploading the same file again changes nothing. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            description = "The Retraction Watch CSV: a header row, then one row per notice; quoted fields may "
                    + "hold commas, quotes (doubled) and line breaks.")))
    @APIResponse(responseCode = "200", description = "Applied; what the upload read, matched and changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusUpdateReport.class)))
    public StatusUpdateReport upload(InputStream body, @Context HttpHeaders headers) {
        return service.update(body, declaredLength(headers.getHeaderString(HttpHeaders.CONTENT_LENGTH)));
    }

    private static OptionalLong declaredLength(String header) {
        return header != null && header.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(header))
                : OptionalLong.empty();
    }
}
