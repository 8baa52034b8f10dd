package org.evidenceapi.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.evidenceapi.article.ArticleStatus;
import org.evidenceapi.article.Level;
import org.evidenceapi.article.Section;
import org.evidenceapi.common.Slugs;

/** The article itself; {@code authors} and {@code topics} are slugs of the document's authors and topics. */
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
