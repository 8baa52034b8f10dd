package org.evidenceapi.publishing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.integrity.Finding;

/** An ERROR finding of the integrity report that keeps an article from being published, and the article. */
@Schema(description = "An ERROR finding of an article's integrity report (getArticleIntegrity) that keeps it from "
        + "being published: the article, then the finding as the report gives it (rule, what is wrong, and where: "
        + "the claim, reference or study).")
public record BlockingFinding(
        @Schema(description = "The slug of the article that would be published.",
                examples = "acupuncture-and-chronic-pain") String article,
        @JsonUnwrapped Finding finding) {
}
