package org.evidenceapi.comment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A moderator's decision on a comment.")
public record Moderation(@NotNull @Schema(examples = "APPROVED") CommentStatus status) {
}
