package org.evidenceapi.webhook;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", description = "An endpoint to register, or (as a merge patch) the members to change.")
public record WebhookInput(
        @Schema(description = "Where deliveries are POSTed: an absolute https URL whose host resolves to a public "
                + "address.", examples = "https://hooks.example.org/evidence", maxLength = TargetGuard.MAX_URL_LENGTH)
        @NotNull String url,
        @Schema(description = "The events wanted, type.operation as the changes feed names them (article.upsert, "
                + "claim.delete, ...), or \"*\" for every event.", examples = "[\"article.upsert\", \"article.delete\"]")
        @NotNull List<String> events,
        @Schema(description = "The signing secret, \"whsec_\" followed by the base64 of 24 to 64 random bytes. "
                + "Leave it out on registration to have one generated and returned once.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
        @Schema(description = "false stops deliveries; true (re-)enables the endpoint and clears its failures. "
                + "Registration enables it unless false is given.", examples = "true")
        Boolean enabled) {

    /** The secret never reaches a log line. */
    @Override
    public String toString() {
        return "WebhookInput[url=" + url + ", events=" + events + "]";
    }
}
