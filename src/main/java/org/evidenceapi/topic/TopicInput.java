package org.evidenceapi.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evidenceapi.common.persistence.Slugs;

/** A topic as editors write one (POST, PUT, PATCH /topics, and in an import, where it is matched by slug). */
public record TopicInput(
        @NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description) {
}
