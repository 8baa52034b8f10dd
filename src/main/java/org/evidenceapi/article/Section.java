package org.evidenceapi.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A section of an article body; {@code heading} is null for the untitled introduction. */
public record Section(
        @Size(max = 300) String heading,
        @NotNull List<@Valid @NotNull Block> blocks) {
}
