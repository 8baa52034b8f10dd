package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.evidenceapi.common.persistence.Slugs;

/**
 * An article as editors write it: in an import document, and in POST, PUT and PATCH of /articles.
 * {@code authors} and {@code topics} are slugs (or ids) of existing ones or, in an import, of the document's.
 * {@code publishedAt} may be given only by an import; otherwise the server sets it on publication.
 */
public record ArticleInput(
        @NotBlank @Pattern(regexp = Slugs.PATTERN) @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String subtitle,
        @Size(max = 200) String series,
        @Positive Integer seriesPart,
        @Size(max = 2000) String summary,
        @NotNull Level level,
        List<@NotBlank @Size(max = 100) String> labels,
        @NotNull ArticleStatus status,
        Instant publishedAt,
        List<@NotBlank String> authors,
        List<@NotBlank String> topics,
        @NotNull List<@Valid @NotNull Section> sections) {
}
