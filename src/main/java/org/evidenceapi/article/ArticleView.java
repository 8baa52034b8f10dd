package org.evidenceapi.article;

import org.evidenceapi.visibility.ArticleStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.author.AuthorView;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.reference.CitedReference;
import org.evidenceapi.study.StudyView;
import org.evidenceapi.topic.TopicView;

@Schema(name = "Article", description = "An article with its body, authors and topics. claims, studies and "
        + "references are present only when named in the include parameter.")
public record ArticleView(
        UUID id,
        @Schema(examples = "health-benefits-of-acupuncture-part-1") String slug,
        @Schema(examples = "What are the health benefits of acupuncture?") String title,
        @Schema(description = "Absent when the article has none.") String subtitle,
        @Schema(description = "The series the article is part of; absent when it stands alone.",
                examples = "Health benefits of acupuncture") String series,
        @Schema(description = "Its part in the series; absent when not numbered.", examples = "1") Integer seriesPart,
        @Schema(description = "Absent when the article has none.") String summary,
        Level level,
        @Schema(examples = "[\"Evidence based\"]") List<String> labels,
        ArticleStatus status,
        @Schema(description = ArticleListItem.CREATED_AT) Instant createdAt,
        @Schema(description = "When it was (or is to be) published; absent when not set, as on most drafts.")
        Instant publishedAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change to the article.") long version,
        @Schema(description = "Computed from the body's word count at 200 words per minute.", examples = "6")
        int readingTimeMinutes,
        List<Section> sections,
        List<AuthorView> authors,
        List<TopicView> topics,
        @Schema(description = "Absent unless include names claims.") List<ClaimView> claims,
        @Schema(description = "Absent unless include names studies; an article as a revision kept it has none.")
        List<StudyView> studies,
        @Schema(description = "The bibliography in citation order; number is the [n] the text uses. Absent unless "
                + "include names references.")
        List<CitedReference> references) {
}
