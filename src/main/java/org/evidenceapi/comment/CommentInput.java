package org.evidenceapi.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reader's comment. The e-mail is required for moderation and is never published.")
public record CommentInput(
        @Schema(examples = "Sam") @NotBlank @Size(max = 100) String authorName,
        @Schema(examples = "sam@example.org") @NotBlank @Email @Size(max = 254) String email,
        @Schema(examples = "Helpful overview, thank you.") @NotBlank @Size(max = 5000) String body) {

    /** The e-mail never reaches a log line, even through a record's generated toString. */
    @Override
    public String toString() {
        return "CommentInput[authorName=" + authorName + "]";
    }
}
