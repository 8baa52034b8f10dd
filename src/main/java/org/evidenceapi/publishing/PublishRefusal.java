package org.evidenceapi.publishing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.article.PublishCheck;
import org.evidenceapi.common.problem.FieldError;

/**
 * The 409 problem detail of the write operations that can publish: a conflict with stored content (a slug that is
 * taken) as every Problem, or the publish gate's refusal, which lists the findings that block it.
 */
@Schema(name = "PublishRefusal", description = "RFC 9457 problem detail (application/problem+json) of a "
        + "write that can publish an article: a conflict with stored content (errors), or the publish gate's refusal "
        + "(findings: the ERROR findings of the integrity report that keep the article from being published).")
public record PublishRefusal(
        @Schema(examples = "about:blank") String type,
        @Schema(examples = "Conflict") String title,
        @Schema(examples = "409") int status,
        String detail,
        @Schema(examples = "/api/v1/articles/acupuncture-and-chronic-pain") String instance,
        @Schema(description = "Conflicting fields, when stored content is in the way (a taken slug); "
                + "absent otherwise.")
        List<FieldError> errors,
        @Schema(description = "The ERROR findings that block publishing, when the publish gate "
                + "refused; absent otherwise.")
        List<BlockingFinding> findings) {

    /** The component response the operations that can publish declare for 409. */
    public static final String RESPONSE = PublishCheck.REFUSAL_RESPONSE;
    public static final String DESCRIPTION = "The write conflicts with stored content (e.g. a slug that is "
            + "taken; errors names it), or it would publish an article whose integrity report has ERROR findings (findings "
            + "lists them: fix them, or have an admin publish with publishOverride=<reason>). Nothing was written.";
}
