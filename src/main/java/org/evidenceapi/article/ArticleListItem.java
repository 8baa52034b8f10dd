package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.author.AuthorRef;
import org.evidenceapi.topic.TopicRef;

@Schema(name = "ArticleSummary", description = "An article as a list shows it: everything but the body and the evidence.")
public record ArticleListItem(
        UUID id,
        @Schema(examples = "health-benefits-of-acupuncture-part-1") String slug,
        String title,
        @Schema(description = "Absent when the article has none.") String subtitle,
        @Schema(description = "The series the article is part of; absent when it stands alone.") String series,
        @Schema(description = "Its part in the series; absent when not numbered.") Integer seriesPart,
        @Schema(description = "Absent when the article has none.") String summary,
        Level level,
        List<String> labels,
        ArticleStatus status,
        @Schema(description = CREATED_AT) Instant createdAt,
        @Schema(description = "When it was (or is to be) published; absent when not set, as on most drafts.")
        Instant publishedAt,
        Instant updatedAt,
        long version,
        int readingTimeMinutes,
        List<AuthorRef> authors,
        List<TopicRef> topics) {
    /** The one description of createdAt, which list and article share. */
    static final String CREATED_AT = "When the article was created; the list's default order (sort=-createdAt).";
}
