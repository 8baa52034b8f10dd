package org.evidenceapi.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evidenceapi.common.Slugs;

/** A topic as the document describes it; matched to an existing topic by slug. */
public record TopicInput(
        @NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description) {
}
