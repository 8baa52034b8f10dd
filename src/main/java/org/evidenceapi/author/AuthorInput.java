package org.evidenceapi.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.evidenceapi.common.persistence.Slugs;

/** An author as editors write one (POST, PUT, PATCH /authors, and in an import, where it is matched by slug). */
public record AuthorInput(
        @NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 200) String name,
        List<@NotBlank @Size(max = 300) String> credentials,
        @Size(max = 10000) String bio) {
}
